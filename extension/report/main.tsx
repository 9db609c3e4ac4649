// The report page: the Report form for the profile open in one tab, opened by the worker when the
// user presses "Report this profile…" in the in-page panel (page/open-report). It is an extension
// page, so the LinkedIn page cannot see the note typed here, and the evidence bundle the worker
// answers never passes through the content script. The tab it reports on is named in the address
// (report.html#tab=<id>); the page checks that number and reads that tab's state from the worker,
// never the active tab's (this page is the active tab).
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { AnswerOf, ReportOptions, TabState, UiRequest } from '../../src/messages.ts';
import { ReportForm } from '../../src/ui/ReportForm.tsx';
import { consentToSend } from './consent.ts';
import { stillShowsProfile, tabIdFrom } from './tab.ts';
import { englishOnly } from '../../src/i18n-english.ts';
import { markInvisible } from '../../src/invisible.ts';

// This page's own words are English still: so are the shared ones it shows (src/i18n-english.ts).
englishOnly();

async function ask<T extends UiRequest['type']>(request: UiRequest & { type: T }): Promise<AnswerOf[T]> {
  return (await browser.runtime.sendMessage(request)) as AnswerOf[T];
}

type Loaded =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | { kind: 'ready'; tabId: number; state: Extract<TabState, { status: 'profile' }>; options: ReportOptions };

const LEFT_PROFILE = 'Not sent: the tab this page was opened for no longer shows this profile. Open the profile again and use "Report this profile…" there.';

function ReportPage() {
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const [closed, setClosed] = useState(false);
  useEffect(() => {
    void (async () => {
      const tabId = tabIdFrom(location.hash);
      if (tabId === null) return setLoaded({ kind: 'failed', message: 'This page does not name a tab to report on. Use "Report this profile…" in the Telltale panel on the profile.' });
      const tab = await ask({ type: 'ui/tab-state', tabId });
      if (!tab.ok) return setLoaded({ kind: 'failed', message: tab.error });
      // With the profile: the form says so when it was reported before.
      const options = await ask({ type: 'ui/report-options', profileKey: tab.state.status === 'profile' ? tab.state.profileKey : undefined });
      if (!options.ok) return setLoaded({ kind: 'failed', message: options.error });
      if (tab.state.status !== 'profile') return setLoaded({ kind: 'failed', message: 'That tab no longer shows a profile Telltale read: open the profile again and use "Report this profile…".' });
      document.title = markInvisible(`Telltale: report ${tab.state.snapshot.name ?? 'this profile'}`);
      setLoaded({ kind: 'ready', tabId, state: tab.state, options: options.options });
    })().catch((e: unknown) => setLoaded({ kind: 'failed', message: String(e) }));
  }, []);

  if (loaded.kind === 'loading') return <p>Loading…</p>;
  if (loaded.kind === 'failed') return <main><h1>Telltale report</h1><p role="alert">{loaded.message}</p></main>;
  const { state, options, tabId } = loaded;
  if (closed) return <p>The report form is closed. You can close this tab.</p>;
  return (
    <main>
      <h1>Telltale report</h1>
      <p class="muted">
        Profile: {state.snapshot.name ? markInvisible(state.snapshot.name) : 'unnamed'}
        {state.snapshot.url ? markInvisible(` (${state.snapshot.url})`) : ''}
      </p>
      <ReportForm
        context="report-page"
        profileName={state.snapshot.name}
        options={options}
        beforeSend={consentToSend}
        send={async ({ destinations, note, clearContacts }) => {
          // The tab this page was opened for must still show this profile: a tab that moved on is
          // no ground for a report made here (the toolbar button reports what a tab shows now).
          if (!stillShowsProfile(await ask({ type: 'ui/tab-state', tabId }), state.profileKey)) return { ok: false, error: LEFT_PROFILE };
          return ask({ type: 'ui/report', profileKey: state.profileKey, destinations, note, clearContacts, screenshot: null, from: 'report-page' });
        }}
        openTab={(url) => browser.tabs.create({ url })}
        onClose={() => setClosed(true)}
      />
    </main>
  );
}

const app = document.getElementById('app');
if (app) render(<ReportPage />, app);
