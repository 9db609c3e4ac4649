// Toolbar popup: the current tab's profile (level, its findings strongest first, the kept
// comparison with the application, Report, Compare, Forget), recent flagged profiles, and the
// reports made: sent, pending (with the reason of the last failure) and failed. Each action's
// outcome is said beside its button. A report started here can carry a screenshot: opening the
// popup grants activeTab on this tab.
import { render } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { AnswerOf, Overview, PendingDelivery, ReportOptions, Review, TabState, UiRequest } from '../../src/messages.ts';
import type { StoredComparison } from '../../src/memory/store.ts';
import type { Assessment } from '../../src/model.ts';
import { webhookOriginPattern } from '../../src/settings.ts';
import { PAGE_CSS, POPUP_CSS } from '../../src/ui/page-styles.ts';
import { comparisonLine, EMPTY, pendingLine, pendingTarget, popupFindings, reportMadeLine, TONE_MARKS, toneClass } from '../../src/ui/popup-texts.ts';
import { ReportForm } from '../../src/ui/ReportForm.tsx';
import { reviewLineFull } from '../../src/ui/report-texts.ts';
import { clearedSummary, coverageText, LEVEL_WORDS, levelWords, pillState, SEVERITY_WORDS, severityCounts, type PillTone } from '../../src/ui/texts.ts';
import { isFromMemory } from '../../src/worker/page-assessment.ts';
import { consentToSend } from '../report/consent.ts';
import { t, tn, wordsLanguage } from '../../src/i18n.ts';
import { markInvisible } from '../../src/invisible.ts';

// The page's words are in the browser's language (_locales): so is its lang, for screen readers and hyphenation.
document.documentElement.lang = wordsLanguage();

async function ask<T extends UiRequest['type']>(request: UiRequest & { type: T }): Promise<AnswerOf[T]> {
  return (await browser.runtime.sendMessage(request)) as AnswerOf[T];
}

/**
 * A delivery that failed for want of the webhook's host permission (a webhook set by policy was
 * never saved in options, where it is otherwise asked): the popup offers to ask for it, in a click.
 */
const NO_ACCESS = /has no access to (https?:\/\/[^\s;]+)/;
async function allowAndRetry(origin: string, id: string, target: PendingDelivery['target']): Promise<void> {
  await browser.permissions.request({ origins: [webhookOriginPattern(origin)] }).catch(() => false);
  await ask({ type: 'ui/retry', id, target });
}

/** The popup's tab: the active one, or ?tab=<id> when the popup page is opened in a tab of its own. */
async function currentTab(): Promise<{ id: number; windowId: number | undefined } | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param !== null && /^\d+$/.test(param)) {
    const tab = await browser.tabs.get(Number(param));
    return { id: Number(param), windowId: tab.windowId };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, windowId: tab.windowId };
}

async function screenshot(windowId: number | undefined): Promise<string | null> {
  try {
    return await browser.tabs.captureVisibleTab(windowId ?? browser.windows.WINDOW_ID_CURRENT, { format: 'jpeg', quality: 70 });
  } catch {
    return null; // not allowed here (no activeTab grant, or a page the browser protects)
  }
}

/**
 * The photo's print, taken now that the toolbar click granted activeTab on the tab (the worker
 * captures what the screen shows: src/worker/photo-prints.ts). When it was taken, the tab's
 * content script reads the profile again and the worker compares the picture: the tab's state
 * once it has (at most 3 s of asking), else null.
 */
async function takePrint(tabId: number): Promise<TabState | null> {
  const answer = await ask({ type: 'ui/photo-print', tabId });
  if (!answer.ok || answer.outcome !== 'taken') return null;
  for (let i = 0; i < 20; i++) {
    await new Promise((resolve) => setTimeout(resolve, 150));
    const now = await ask({ type: 'ui/tab-state', tabId });
    if (now.ok && now.state.status === 'profile' && now.state.snapshot.photo?.print) return now.state;
  }
  return null;
}

/** A level in words with its mark (▲ ◆ ● ○), coloured as the pill: never colour alone. */
function LevelChip({ tone, words, cleared = false }: { tone: PillTone; words: string; cleared?: boolean }) {
  return (
    <span class={`chip ${cleared ? 'cleared' : toneClass(tone)}`} data-tone={cleared ? 'cleared' : tone}>
      <span class="mark" aria-hidden="true">
        {cleared ? '✓' : TONE_MARKS[tone]}
      </span>
      {words}
    </span>
  );
}

/** The status of one action, said beside its control (a live region, so it is read out too). */
function Status({ text, error, name }: { text: string | null; error?: boolean; name: string }) {
  return (
    <span role="status" class={`status${error ? ' error' : ''}`} data-status={name}>
      {text ?? ''}
    </span>
  );
}

/** The level, as the pill shows it: muted beside "Cleared by you on …" once the user cleared the profile. */
function LevelLine({ assessment, review }: { assessment: Assessment; review: Review | null }) {
  const { tone } = pillState(assessment);
  const cleared = review?.outcome === 'cleared';
  const words = cleared ? clearedSummary(assessment, review, wordsLanguage()) : assessment.layoutNew ? t('popup_layout_new') : levelWords(assessment);
  return (
    <p class="level" data-level={assessment.level} data-cleared={cleared ? 'true' : undefined}>
      <LevelChip tone={tone} words={words} cleared={cleared} />
      <span>
        {severityCounts(assessment.findings) || t('popup_no_findings')} · {coverageText(assessment)}
      </span>
    </p>
  );
}

function CurrentTab({ state, tabId, windowId, onChanged }: { state: TabState; tabId: number | null; windowId: number | undefined; onChanged(): void }) {
  const [reporting, setReporting] = useState<ReportOptions | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [comparison, setComparison] = useState<StoredComparison | null>(null);
  const profileKey = state.status === 'profile' ? state.profileKey : null;
  useEffect(() => {
    setComparison(null);
    if (profileKey) void ask({ type: 'ui/kept-comparison', profileKey }).then((a) => a.ok && setComparison(a.comparison));
  }, [profileKey]);

  if (state.status === 'none') {
    return (
      <section aria-labelledby="tt-current">
        <h1 id="tt-current">{t('popup_no_profile')}</h1>
        <p data-empty="tab">{EMPTY.none}</p>
        {/* After Forget the tab's state is gone too: what was done is still said here. */}
        {message && <Status name="current" text={message.text} error={message.error} />}
      </section>
    );
  }
  if (state.status === 'not-a-profile') {
    return (
      <section aria-labelledby="tt-current">
        <h1 id="tt-current">{t('not_checked_heading')}</h1>
        <p data-empty="tab">{t('popup_not_checked_reason', state.reason)}</p>
      </section>
    );
  }
  const { assessment, snapshot, review } = state;
  const { shown, more } = popupFindings(assessment.findings, isFromMemory);

  const openReport = async () => {
    setMessage(null);
    const answer = await ask({ type: 'ui/report-options', profileKey: state.profileKey });
    if (answer.ok) setReporting(answer.options);
    else setMessage({ text: answer.error, error: true });
  };
  const forget = async () => {
    // Forget asks first; the reports made of the profile stay in the log unless the user says so.
    if (!window.confirm(t('popup_forget_confirm'))) return;
    const answer = await ask({ type: 'ui/forget', profileKey: state.profileKey });
    setMessage(answer.ok ? { text: t('popup_forgotten'), error: false } : { text: answer.error, error: true });
    onChanged();
  };

  return (
    <section aria-labelledby="tt-current">
      <h1 id="tt-current">{snapshot.name ? markInvisible(snapshot.name) : t('popup_this_profile')}</h1>
      <LevelLine assessment={assessment} review={review} />
      {review && review.outcome !== 'cleared' && <p class="muted" data-popup="review">{reviewLineFull(review, wordsLanguage())}</p>}
      {comparison && <p data-popup="comparison">{comparisonLine(comparison, wordsLanguage())}</p>}
      {shown.length > 0 ? (
        <ul class="findings" aria-label={t('popup_findings_label')}>
          {shown.map((f) => (
            <li key={f.id} data-severity={f.severity}>
              {/* What Telltale remembers of other profiles is shown only here: open. The rest is in the panel too. */}
              <details open={isFromMemory(f)}>
                <summary>
                  <span class={`sev ${f.severity}`}>{SEVERITY_WORDS[f.severity]}</span>
                  <strong>{markInvisible(f.title)}</strong>
                </summary>
                <p class="evidence">{markInvisible(f.evidence)}</p>
              </details>
            </li>
          ))}
        </ul>
      ) : (
        <p data-empty="findings">{t('popup_nothing_to_review')}</p>
      )}
      {more > 0 && <p class="note">{tn('popup_more_findings', more)}</p>}
      <p class="note">{t('popup_not_a_verdict')}</p>
      {reporting ? (
        <ReportForm
          context="popup"
          profileName={snapshot.name}
          options={reporting}
          beforeSend={consentToSend}
          send={async ({ destinations, note, clearContacts }) => ask({ type: 'ui/report', profileKey: state.profileKey, destinations, note, clearContacts, screenshot: await screenshot(windowId), from: 'popup' })}
          openTab={(url) => browser.tabs.create({ url })}
          onClose={() => {
            setReporting(null);
            onChanged();
          }}
        />
      ) : (
        <div class="actions" data-popup="actions">
          <button type="button" class="btn primary" onClick={() => void openReport()}>
            {t('popup_report')}
          </button>
          <button type="button" class="btn" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL(`compare/compare.html#tab=${tabId}`) })}>
            {t('compare_button')}
          </button>
          <button type="button" class="btn quiet" onClick={() => void forget()}>
            {t('forget_button')}
          </button>
          <Status name="current" text={message?.text ?? null} error={message?.error} />
        </div>
      )}
    </section>
  );
}

function PendingItem({ p, onChanged }: { p: PendingDelivery; onChanged(): void }) {
  const [status, setStatus] = useState<string | null>(null);
  const run = (working: string, action: () => Promise<unknown>) => {
    setStatus(working);
    void action().then(onChanged, (e: unknown) => setStatus(String(e)));
  };
  const origin = p.lastError ? NO_ACCESS.exec(p.lastError)?.[1] : undefined;
  const { id, target } = p;
  return (
    <li data-report-id={id} data-target={target}>
      <span class="reason">{t('popup_pending_to', [pendingTarget(p), pendingLine(p, wordsLanguage())])}</span>
      <div class="actions">
        {p.held && target === 'hub' && !p.movable ? (
          // Left the team, or its hub refused this member: what to do is in options → Team.
          <a class="btn" href="options.html#team" target="_blank">
            {t('popup_open_team')}
          </a>
        ) : p.held ? (
          <button type="button" class="btn" onClick={() => run(t('popup_sending'), () => ask({ type: 'ui/move-queued', id, target }))}>
            {target === 'hub' ? t('popup_send_held_hub') : t('popup_send_held')}
          </button>
        ) : origin ? (
          <button type="button" class="btn" onClick={() => run(t('popup_retrying'), () => allowAndRetry(origin, id, target))}>
            {t('popup_allow_retry')}
          </button>
        ) : (
          <button type="button" class="btn" onClick={() => run(t('popup_retrying'), () => ask({ type: 'ui/retry', id, target }))}>
            {t('popup_retry')}
          </button>
        )}
        <button type="button" class="btn quiet" onClick={() => run(t('popup_discarding'), () => ask({ type: 'ui/discard', id, target }))}>
          {t('popup_discard')}
        </button>
        <Status name="pending" text={status} />
      </div>
    </li>
  );
}

function Reports({ overview, webhookSet, onChanged }: { overview: Overview; webhookSet: boolean; onChanged(): void }) {
  return (
    <>
      <section aria-labelledby="tt-pending">
        <h2 id="tt-pending">{t('popup_pending_heading', overview.pending.length)}</h2>
        {overview.pending.length > 0 ? (
          <ul class="list">
            {overview.pending.map((p) => (
              <PendingItem key={`${p.id}:${p.target}`} p={p} onChanged={onChanged} />
            ))}
          </ul>
        ) : overview.team ? (
          <p data-empty="pending">{EMPTY.nothingWaiting}</p>
        ) : webhookSet ? (
          <p data-empty="pending">{EMPTY.allDelivered}</p>
        ) : (
          <p data-empty="pending">
            {EMPTY.noWebhook}{' '}
            <a href="options.html#webhook" target="_blank">
              {t('popup_set_up_webhook')}
            </a>
          </p>
        )}
      </section>
      <section aria-labelledby="tt-reports">
        <h2 id="tt-reports">{t('popup_reports_heading')}</h2>
        {overview.reports.length === 0 ? (
          <p data-empty="reports">{EMPTY.reports}</p>
        ) : (
          <ul class="list">
            {overview.reports.slice(0, 10).map((r) => (
              <li key={r.id}>{reportMadeLine(r, wordsLanguage())}</li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function Recent({ recent }: { recent: Overview['recent'] }) {
  return (
    <section aria-labelledby="tt-recent">
      <h2 id="tt-recent">{t('popup_recent_heading')}</h2>
      {recent.length === 0 ? (
        <p data-empty="recent">{EMPTY.recent}</p>
      ) : (
        <ul class="list">
          {recent.map((p) => (
            <li key={p.profileKey}>
              {p.level === 'high' || p.level === 'medium' ? <LevelChip tone={p.level} words={LEVEL_WORDS[p.level]} /> : null}{' '}
              {p.profileUrl ? (
                <a href={p.profileUrl} target="_blank" rel="noreferrer">
                  {markInvisible(p.name ?? p.profileUrl)}
                </a>
              ) : (
                markInvisible(p.name ?? p.profileKey)
              )}
              {p.top.length > 0 && <span class="muted">: {p.top.join('; ')}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Popup() {
  const [state, setState] = useState<TabState | null>(null);
  const [windowId, setWindowId] = useState<number | undefined>(undefined);
  const [tabId, setTabId] = useState<number | null>(null);
  const [overview, setOverview] = useState<Overview | null>(null);
  const [webhookSet, setWebhookSet] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const printAsked = useRef(false);

  const load = useCallback(() => {
    void (async () => {
      const tab = await currentTab();
      setWindowId(tab?.windowId);
      setTabId(tab?.id ?? null);
      if (tab === null) setState({ status: 'none' });
      else {
        const answer = await ask({ type: 'ui/tab-state', tabId: tab.id });
        if (answer.ok) setState(answer.state);
        else setError(answer.error);
        // Once per popup: the photo's print, then the state checked with it (the rest shows meanwhile).
        if (answer.ok && answer.state.status === 'profile' && !printAsked.current) {
          printAsked.current = true;
          void takePrint(tab.id).then((printed) => printed && load(), () => undefined);
        }
      }
      const [o, s] = await Promise.all([ask({ type: 'ui/overview' }), ask({ type: 'ui/settings' })]);
      if (s.ok) setWebhookSet(Boolean(s.settings.webhookUrl));
      if (o.ok) setOverview(o.overview);
    })().catch((e: unknown) => setError(String(e)));
  }, []);
  useEffect(load, [load]);

  if (error) return <p role="alert">{t('popup_load_failed', error)}</p>;
  if (!state) return <p>{t('popup_loading')}</p>;
  return (
    <main>
      <p class="brand">Telltale</p>
      <CurrentTab state={state} tabId={tabId} windowId={windowId} onChanged={load} />
      {overview && <Recent recent={overview.recent} />}
      {overview && <Reports overview={overview} webhookSet={webhookSet} onChanged={load} />}
      <footer>
        <a href="options.html" target="_blank">
          {t('popup_options_link')}
        </a>
      </footer>
    </main>
  );
}

const style = document.createElement('style');
style.textContent = `${PAGE_CSS}\n${POPUP_CSS}`;
document.head.append(style);
const app = document.getElementById('app');
if (app) render(<Popup />, app);
