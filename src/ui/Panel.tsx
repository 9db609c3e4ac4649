// The explanation panel: a labelled dialog beside the page (not modal: the profile stays readable
// and scrollable). It leads with what to do (NextSteps.tsx), then every finding strongest first,
// what was not checked and why, how the score works, and the review and report actions.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Review, ReviewOutcome } from '../messages.ts';
import { t } from '../i18n.ts';
import type { Assessment } from '../model.ts';
import { activate, onlyTrusted, trusted } from './activate.ts';
import type { Explain } from '../explanation.ts';
import { FindingItem } from './FindingItem.tsx';
import { NextSteps } from './NextSteps.tsx';
import { NotCheckedList, type MissingGroup } from './NotCheckedList.tsx';
import { ReviewForm } from './ReviewForm.tsx';
import { SaveStructure } from './SaveStructure.tsx';
import { bySeverity, CATEGORY_NAMES, countedFindings, findingsCount, levelWords, notAVerdict, scoreLine, scoreMeaning } from './texts.ts';

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
  /** "Show on the page" for a finding whose entry is on the page (its id is in `showable`): scrolls there and highlights its badge. */
  onShow?: (findingId: string) => void;
  showable?: ReadonlySet<string>;
}

export function Panel({ content, explain, focusFinding, focusToken, onClose, onReview, onReport, onForget, onCompare, onSaveStructure, onShow, showable }: PanelProps) {
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
              ? `${levelWords(content.assessment)} · ${findingsCount(countedFindings(content.assessment.findings).length)}`
              : t('panel_unreadable_sub')}
          </span>
        </h2>
        <button type="button" class="close" aria-label={t('panel_close')} onClick={activate(onClose)}>
          ×
        </button>
      </div>
      <div class="body">
        {content.kind === 'unreadable' ? (
          <Unreadable reason={content.reason} />
        ) : (
          <AssessmentBody content={content} explain={explain} onReview={onReview} onReport={onReport} onForget={onForget} onCompare={onCompare} onShow={onShow} showable={showable} />
        )}
        <p class="note">{notAVerdict()}</p>
        {onSaveStructure && <SaveStructure onSave={onSaveStructure} />}
      </div>
    </div>
  );
}

function Unreadable({ reason }: { reason: string }) {
  return (
    <>
      <p>{t('unreadable_reason', reason)}</p>
      <p>{t('unreadable_advice')}</p>
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
  onShow,
  showable,
}: {
  content: Extract<PanelContent, { kind: 'assessment' }>;
  explain: Explain;
  onShow?: PanelProps['onShow'];
  showable?: PanelProps['showable'];
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
  const findings = bySeverity(assessment.findings);
  /** The first finding to give each source text: later ones point back to it instead of repeating it. */
  const sourceFirst = new Map<string, string>();
  const own = findings.filter((f) => f.category !== 'team');
  const team = findings.filter((f) => f.category === 'team');
  const item = (f: (typeof findings)[number]) => {
    const source = explain(f.signal)?.source;
    const above = source ? sourceFirst.get(source) : undefined;
    if (source && !above) sourceFirst.set(source, f.title);
    return <FindingItem key={f.id} finding={f} explain={explain} sourceAbove={above} onShow={onShow && showable?.has(f.id) ? () => onShow(f.id) : undefined} />;
  };
  return (
    <>
      <NextSteps assessment={assessment} findings={findings} missing={content.missing} />

      <h3>{findings.length === 0 ? t('findings_heading') : t('findings_heading_count', findings.length)}</h3>
      {findings.length === 0 && <p>{t('no_findings')}</p>}
      {own.map(item)}
      {/* What the team knows, apart from what this browser saw (issue 27). */}
      {team.length > 0 && (
        <section class="team" aria-labelledby="tt-team">
          <h3 id="tt-team">{CATEGORY_NAMES.team}</h3>
          {team.map(item)}
        </section>
      )}

      <h3>{t('not_checked_heading')}</h3>
      <NotCheckedList groups={content.missing} explain={explain} />

      <details class="score">
        <summary>
          {t('score_summary', scoreLine(assessment))}
        </summary>
        <p>{scoreMeaning()}</p>
      </details>

      {onReview && <ReviewForm review={content.review} onSave={onReview} />}
      {(onReport || onForget) && (
        <div class="actions">
          {onReport && (
            <button
              type="button"
              class="btn"
              onClick={activate(() => {
                setReportStatus(t('report_opening'));
                onReport()
                  .then(() => setReportStatus(t('report_opened')))
                  .catch((e: unknown) => setReportStatus(t('report_failed', e instanceof Error ? e.message : String(e))));
              })}
            >
              {t('report_button')}
            </button>
          )}
          {onCompare && (
            <button type="button" class="btn" onClick={activate(() => onCompare().catch((e: unknown) => setReportStatus(String(e))))}>
              {t('compare_button')}
            </button>
          )}
          {onForget && !confirmingForget && (
            <button type="button" class="btn quiet" onClick={activate(() => {
              setForgetStatus('');
              setConfirmingForget(true);
            })}>
              {t('forget_button')}
            </button>
          )}
          {onForget && confirmingForget && (
            <span class="confirm" role="group" aria-label={t('forget_confirm_label')}>
              <span>{t('forget_question')}</span>{' '}
              <label>
                <input type="checkbox" name="tt-forget-reports" checked={forgetReports} onClick={onlyTrusted} onChange={() => setForgetReports(!forgetReports)} />
                {t('forget_reports_too')}
              </label>{' '}
              <button
                type="button"
                class="btn primary"
                onClick={activate(() => {
                  setConfirmingForget(false);
                  setForgetStatus(t('forgetting'));
                  onForget(forgetReports)
                    .then((done) => setForgetStatus(done ? t('forgot') : t('forgot_nothing')))
                    .catch(() => setForgetStatus(t('forget_failed')));
                })}
              >
                {t('forget_yes')}
              </button>{' '}
              <button type="button" class="btn" onClick={activate(() => setConfirmingForget(false))}>
                {t('forget_keep')}
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
