// Toolbar popup: the current tab's profile (level, top findings, Report, Forget), recent flagged
// profiles, and the reports made: sent, pending (with the reason of the last failure) and failed.
// A report started here can carry a screenshot: opening the popup grants activeTab on this tab.
import { render } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { AnswerOf, Overview, ReportOptions, TabState, UiRequest } from '../../src/messages.ts';
import { webhookOriginPattern } from '../../src/settings.ts';
import { ReportForm } from '../../src/ui/ReportForm.tsx';
import { pillLine } from '../../src/ui/texts.ts';
import { isFromMemory } from '../../src/worker/page-assessment.ts';
import { consentToSend } from '../report/consent.ts';

async function ask<T extends UiRequest['type']>(request: UiRequest & { type: T }): Promise<AnswerOf[T]> {
  return (await browser.runtime.sendMessage(request)) as AnswerOf[T];
}


/**
 * A delivery that failed for want of the webhook's host permission (a webhook set by policy was
 * never saved in options, where it is otherwise asked): the popup offers to ask for it, in a click.
 */
const NO_ACCESS = /has no access to (https?:\/\/[^\s;]+)/;
async function allowAndRetry(origin: string, id: string): Promise<void> {
  await browser.permissions.request({ origins: [webhookOriginPattern(origin)] }).catch(() => false);
  await ask({ type: 'ui/retry', id });
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

const when = (iso: string) => new Date(iso).toLocaleString();

function CurrentTab({ state, tabId, windowId, onChanged }: { state: TabState; tabId: number | null; windowId: number | undefined; onChanged(): void }) {
  const [reporting, setReporting] = useState<ReportOptions | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const said = message && <p role="status">{message}</p>;
  if (state.status === 'none') return <>{said}<p>Open a LinkedIn profile to see what Telltale finds on it.</p></>;
  if (state.status === 'not-a-profile') return <p>Telltale could not check this page: {state.reason}</p>;
  const { assessment, snapshot, profileKey } = state;
  // Findings from memory (another profile with the same phone, earlier versions) are always listed
  // here in full: the in-page panel only says that they exist and sends the user to this popup.
  const fromMemory = assessment.findings.filter(isFromMemory);
  const top = [...new Set([...assessment.findings.filter((f) => f.severity !== 'info').slice(0, 5), ...fromMemory])];

  const openReport = async () => {
    const answer = await ask({ type: 'ui/report-options', profileKey });
    if (answer.ok) setReporting(answer.options);
    else setMessage(answer.error);
  };
  const forget = async () => {
    // Forget asks first; the reports made of the profile stay in the log unless the user says so.
    if (!window.confirm('Forget what Telltale remembers about this profile (its snapshots and review)? The reports made of it stay in your report log.')) return;
    const answer = await ask({ type: 'ui/forget', profileKey });
    setMessage(answer.ok ? 'Telltale forgot this profile: its snapshots and review are deleted; its reports stay in your report log.' : answer.error);
    onChanged();
  };

  return (
    <section aria-labelledby="tt-current">
      <h1 id="tt-current">{snapshot.name ?? 'This profile'}</h1>
      <p data-level={assessment.level}>{pillLine(assessment)}</p>
      <ul>
        {(top.length > 0 ? top : assessment.findings.slice(0, 3)).map((f) => (
          <li key={f.id}>
            <strong>{f.title}</strong>: {f.evidence}
          </li>
        ))}
      </ul>
      <p class="muted">These are signs for a person to review, not a verdict. The account's owner is often a victim.</p>
      {reporting ? (
        <ReportForm
          context="popup"
          profileName={snapshot.name}
          options={reporting}
          beforeSend={consentToSend}
          send={async ({ destinations, note }) => ask({ type: 'ui/report', profileKey, destinations, note, screenshot: await screenshot(windowId), from: 'popup' })}
          openTab={(url) => browser.tabs.create({ url })}
          onClose={() => {
            setReporting(null);
            onChanged();
          }}
        />
      ) : (
        <p>
          <button type="button" onClick={() => void openReport()}>
            Report…
          </button>{' '}
          <button type="button" onClick={() => void forget()}>
            Forget this profile
          </button>{' '}
          <button type="button" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL(`compare/compare.html#tab=${tabId}`) })}>
            Compare with the application…
          </button>
        </p>
      )}
      {said}
    </section>
  );
}

function Reports({ overview, onChanged }: { overview: Overview; onChanged(): void }) {
  const retry = async (id: string | null) => {
    await ask({ type: 'ui/retry', id });
    onChanged();
  };
  const discard = async (id: string) => {
    await ask({ type: 'ui/discard', id });
    onChanged();
  };
  // A report queued for a webhook that has since changed goes to the new one only on this click.
  const move = async (id: string) => {
    await ask({ type: 'ui/move-queued', id });
    onChanged();
  };
  return (
    <>
      <section aria-labelledby="tt-pending">
        <h2 id="tt-pending">Reports waiting to be delivered ({overview.pending.length})</h2>
        {overview.pending.length === 0 ? (
          <p>None: every webhook report was accepted.</p>
        ) : (
          <ul>
            {overview.pending.map((p) => (
              <li key={p.id} data-report-id={p.id}>
                {p.profileName ?? 'A profile'}, made {when(p.createdAt)}: {p.attempts} attempt{p.attempts === 1 ? '' : 's'}
                {p.held ? <> · <span class="reason">{p.lastError}</span></> : p.lastError ? <> · failed: <span class="reason">{p.lastError}</span></> : ''}
                {p.held ? ' ' : <> · next try {when(p.nextAttemptAt)} </>}
                {p.held ? (
                  <button type="button" onClick={() => void move(p.id)}>
                    Send to the webhook now set
                  </button>
                ) : p.lastError && NO_ACCESS.test(p.lastError) ? (
                  <button type="button" onClick={() => void allowAndRetry(NO_ACCESS.exec(p.lastError!)![1]!, p.id).then(onChanged)}>
                    Allow access and retry
                  </button>
                ) : (
                  <button type="button" onClick={() => void retry(p.id)}>
                    Retry now
                  </button>
                )}{' '}
                <button type="button" onClick={() => void discard(p.id)}>
                  Discard
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="tt-reports">
        <h2 id="tt-reports">Reports made</h2>
        {overview.reports.length === 0 ? (
          <p>None yet.</p>
        ) : (
          <ul>
            {overview.reports.slice(0, 10).map((r) => (
              <li key={r.id}>
                {r.name ?? 'A profile'}, {when(r.createdAt)}: {['log', ...r.destinations].join(', ')}
                {r.webhook ? ` · webhook ${r.webhook.state === 'pending' ? `pending${r.webhook.lastError ? ` (${r.webhook.lastError})` : ''}` : r.webhook.state === 'failed' ? `failed (${r.webhook.lastError})` : r.webhook.state}` : ''}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function Popup() {
  const [state, setState] = useState<TabState | null>(null);
  const [windowId, setWindowId] = useState<number | undefined>(undefined);
  const [tabId, setTabId] = useState<number | null>(null);
  const [overview, setOverview] = useState<Overview | null>(null);
  const [error, setError] = useState<string | null>(null);

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
      }
      const o = await ask({ type: 'ui/overview' });
      if (o.ok) setOverview(o.overview);
    })().catch((e: unknown) => setError(String(e)));
  }, []);
  useEffect(load, [load]);

  if (error) return <p role="alert">Telltale could not load this tab's state: {error}</p>;
  if (!state) return <p>Loading…</p>;
  return (
    <main>
      <CurrentTab state={state} tabId={tabId} windowId={windowId} onChanged={load} />
      {overview && overview.recent.length > 0 && (
        <section aria-labelledby="tt-recent">
          <h2 id="tt-recent">Recently flagged profiles</h2>
          <ul>
            {overview.recent.map((p) => (
              <li key={p.profileKey}>
                {p.profileUrl ? (
                  <a href={p.profileUrl} target="_blank" rel="noreferrer">
                    {p.name ?? p.profileUrl}
                  </a>
                ) : (
                  (p.name ?? p.profileKey)
                )}{' '}
                · {p.level === 'high' ? 'High risk' : 'Some concerns'}
                {p.top.length > 0 ? `: ${p.top.join('; ')}` : ''}
              </li>
            ))}
          </ul>
        </section>
      )}
      {overview && <Reports overview={overview} onChanged={load} />}
      <p>
        <a href="options.html" target="_blank">
          Options and your data
        </a>
      </p>
    </main>
  );
}

const app = document.getElementById('app');
if (app) render(<Popup />, app);
