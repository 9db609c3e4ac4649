// The explanation panel: a labelled dialog beside the page (not modal: the profile stays readable
// and scrollable). Every finding grouped by category, the score explained as weight of evidence,
// what was not checked and how to see it, and the review and report actions.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Review, ReviewOutcome } from '../messages.ts';
import type { Assessment, Finding } from '../model.ts';
import { activate, onlyTrusted, trusted } from './activate.ts';
import type { Explain } from './explanation.ts';
import { FindingItem } from './FindingItem.tsx';
import { NotCheckedList, type MissingGroup } from './NotCheckedList.tsx';
import { ReviewForm } from './ReviewForm.tsx';
import { SaveStructure } from './SaveStructure.tsx';
import { CATEGORY_NAMES, CATEGORY_ORDER, countedFindings, coverageText, levelWords, NOT_A_VERDICT, plural, SCORE_MEANING } from './texts.ts';

export type PanelContent =
  | { kind: 'assessment'; assessment: Assessment; review: Review | null; missing: readonly MissingGroup[] }
  | { kind: 'unreadable'; reason: string };

export interface PanelProps {
  content: PanelContent;
  explain: Explain;
  /** The finding to bring into view and focus (a badge was pressed); null: focus the dialog. */
  focusFinding: string | null;
  /** Changes on every request to open, so pressing another badge moves focus again. */
  focusToken: number;
  onClose(): void;
  /** Absent: no review form (the page has no profile key to file it under). */
  onReview?: (outcome: ReviewOutcome | null) => Promise<void>;
  /** Opens the extension's report page (a tab of its own, never a form in the page); rejects with why it could not. Absent: no Report button. */
  onReport?: () => Promise<void>;
  /** Opens the extension's compare page for this profile (a tab of its own: the application is never read in the page). Absent: no Compare button. */
  onCompare?: () => Promise<void>;
  /** Absent: no "Forget this profile" button. Resolves true when the worker forgot it. */
  onForget?: (reports: boolean) => Promise<boolean>;
  /** Present when the page's layout was not understood: "Save the page structure" (save-structure.ts). */
  onSaveStructure?: (event: Event) => string | null;
}

const SEVERITY_RANK = { alert: 0, warn: 1, info: 2 } as const;

export function groupByCategory(findings: readonly Finding[]): { category: Finding['category']; findings: Finding[] }[] {
  return CATEGORY_ORDER.map((category) => ({
    category,
    findings: findings.filter((f) => f.category === category).sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]),
  })).filter((g) => g.findings.length > 0);
}

export function Panel({ content, explain, focusFinding, focusToken, onClose, onReview, onReport, onForget, onCompare, onSaveStructure }: PanelProps) {
  const dialog = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    const root = dialog.current;
    if (!root) return;
    const target = focusFinding
      ? [...root.querySelectorAll<HTMLElement>('[data-finding]')].find((el) => el.getAttribute('data-finding') === focusFinding)
      : undefined;
    (target ?? root).focus?.({ preventScroll: true });
    target?.scrollIntoView?.({ block: 'nearest' });
  }, [focusFinding, focusToken]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      if (trusted(event)) onClose();
    }
  };

  return (
    <div ref={dialog} class="dialog" role="dialog" aria-labelledby="tt-title" tabindex={-1} onKeyDown={onKeyDown}>
      <div class="head">
        <h2 id="tt-title">
          Telltale
          <span class="sub">
            {content.kind === 'assessment'
              ? `${levelWords(content.assessment)} · ${plural(countedFindings(content.assessment.findings).length, 'finding')}`
              : 'This page could not be checked'}
          </span>
        </h2>
        <button type="button" class="close" aria-label="Close Telltale panel" onClick={activate(onClose)}>
          ×
        </button>
      </div>
      <div class="body">
        <p class="note">{NOT_A_VERDICT}</p>
        {content.kind === 'unreadable' ? (
          <Unreadable reason={content.reason} />
        ) : (
          <AssessmentBody content={content} explain={explain} onReview={onReview} onReport={onReport} onForget={onForget} onCompare={onCompare} />
        )}
        {onSaveStructure && <SaveStructure onSave={onSaveStructure} />}
      </div>
    </div>
  );
}

function Unreadable({ reason }: { reason: string }) {
  return (
    <>
      <p>Telltale could not read this page: {reason}.</p>
      <p>Nothing was checked, so nothing here says the profile is clean. Open the profile itself, signed in, to have it checked.</p>
    </>
  );
}

function AssessmentBody({
  content,
  explain,
  onReview,
  onReport,
  onForget,
  onCompare,
}: {
  content: Extract<PanelContent, { kind: 'assessment' }>;
  explain: Explain;
  onReview?: PanelProps['onReview'];
  onReport?: PanelProps['onReport'];
  onForget?: PanelProps['onForget'];
  onCompare?: PanelProps['onCompare'];
}) {
  const [forgetStatus, setForgetStatus] = useState('');
  const [reportStatus, setReportStatus] = useState('');
  /** Forget is destructive: a first click asks, a second (trusted) click on "Yes, forget it" does it. */
  const [confirmingForget, setConfirmingForget] = useState(false);
  const [forgetReports, setForgetReports] = useState(false);
  const { assessment } = content;
  const groups = groupByCategory(assessment.findings);
  return (
    <>
      <div class="score">
        <p>
          <strong>
            {levelWords(assessment)} · weight of evidence {assessment.score} of 100
          </strong>
        </p>
        <p>{coverageText(assessment)}.</p>
        <p class="note">{SCORE_MEANING}</p>
      </div>

      {groups.length === 0 && <p>Nothing was found in what was checked. What was not checked is listed below.</p>}
      {groups.map((g) => (
        <section key={g.category} aria-labelledby={`tt-c-${g.category}`}>
          <h3 id={`tt-c-${g.category}`}>{CATEGORY_NAMES[g.category]}</h3>
          {g.findings.map((f) => (
            <FindingItem key={f.id} finding={f} explain={explain} />
          ))}
        </section>
      ))}

      <h3>Not checked</h3>
      <NotCheckedList groups={content.missing} explain={explain} />

      {onReview && <ReviewForm review={content.review} onSave={onReview} />}
      {(onReport || onForget) && (
        <div class="actions">
          {onReport && (
            <button
              type="button"
              class="btn"
              onClick={activate(() => {
                setReportStatus('Opening the report form in a new tab…');
                onReport()
                  .then(() => setReportStatus('The report form opened in a Telltale tab beside this one.'))
                  .catch((e: unknown) => setReportStatus(`Could not open the report form: ${e instanceof Error ? e.message : String(e)}`));
              })}
            >
              Report this profile…
            </button>
          )}
          {onCompare && (
            <button type="button" class="btn" onClick={activate(() => onCompare().catch((e: unknown) => setReportStatus(String(e))))}>
              Compare with the application…
            </button>
          )}
          {onForget && !confirmingForget && (
            <button type="button" class="btn quiet" onClick={activate(() => {
              setForgetStatus('');
              setConfirmingForget(true);
            })}>
              Forget this profile
            </button>
          )}
          {onForget && confirmingForget && (
            <span class="confirm" role="group" aria-label="Forget this profile?">
              <span>Forget what Telltale remembers about this profile (its snapshots and review)?</span>{' '}
              <label>
                <input type="checkbox" name="tt-forget-reports" checked={forgetReports} onClick={onlyTrusted} onChange={() => setForgetReports(!forgetReports)} />
                also the reports made of it
              </label>{' '}
              <button
                type="button"
                class="btn primary"
                onClick={activate(() => {
                  setConfirmingForget(false);
                  setForgetStatus('Forgetting…');
                  onForget(forgetReports)
                    .then((done) => setForgetStatus(done ? 'Telltale no longer remembers this profile.' : 'Telltale had nothing stored for this profile.'))
                    .catch(() => setForgetStatus('Could not forget this profile; try again.'));
                })}
              >
                Yes, forget it
              </button>{' '}
              <button type="button" class="btn" onClick={activate(() => setConfirmingForget(false))}>
                Keep it
              </button>
            </span>
          )}
          <span role="status" class="note">
            {reportStatus}
            {reportStatus && forgetStatus ? ' ' : ''}
            {forgetStatus}
          </span>
        </div>
      )}
    </>
  );
}
