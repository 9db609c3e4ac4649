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
import { t, wordsLanguage } from '../../src/i18n.ts';
import { markInvisible } from '../../src/invisible.ts';
import { PAGE_CSS, REPORT_PAGE_CSS } from '../../src/ui/page-styles.ts';

// The page's words are in the browser's language (_locales): so is its lang, for screen readers and hyphenation.
document.documentElement.lang = wordsLanguage();
document.title = t('rpage_doc_title');

async function ask<T extends UiRequest['type']>(request: UiRequest & { type: T }): Promise<AnswerOf[T]> {
  return (await browser.runtime.sendMessage(request)) as AnswerOf[T];
}

type Loaded =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | { kind: 'ready'; tabId: number; state: Extract<TabState, { status: 'profile' }>; options: ReportOptions };

function ReportPage() {
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const [closed, setClosed] = useState(false);
  useEffect(() => {
    void (async () => {
      const tabId = tabIdFrom(location.hash);
      if (tabId === null) return setLoaded({ kind: 'failed', message: t('rpage_no_tab', t('report_button')) });
      const tab = await ask({ type: 'ui/tab-state', tabId });
      if (!tab.ok) return setLoaded({ kind: 'failed', message: tab.error });
      // With the profile: the form says so when it was reported before.
      const options = await ask({ type: 'ui/report-options', profileKey: tab.state.status === 'profile' ? tab.state.profileKey : undefined });
      if (!options.ok) return setLoaded({ kind: 'failed', message: options.error });
      if (tab.state.status !== 'profile') return setLoaded({ kind: 'failed', message: t('rpage_tab_left', t('report_button')) });
      const { name } = tab.state.snapshot;
      document.title = name === null ? t('rpage_doc_title_unnamed') : t('rpage_doc_title_named', markInvisible(name));
      setLoaded({ kind: 'ready', tabId, state: tab.state, options: options.options });
    })().catch((e: unknown) => setLoaded({ kind: 'failed', message: String(e) }));
  }, []);

  if (loaded.kind === 'loading') return <p>{t('popup_loading')}</p>;
  if (loaded.kind === 'failed') return <main><h1>{t('rpage_heading')}</h1><p role="alert">{loaded.message}</p></main>;
  const { state, options, tabId } = loaded;
  const name = state.snapshot.name ? markInvisible(state.snapshot.name) : t('rpage_unnamed');
  if (closed) return <p>{t('rpage_closed')}</p>;
  return (
    <main>
      <h1>{t('rpage_heading')}</h1>
      <p class="muted">{state.snapshot.url ? t('rpage_profile_url', [name, markInvisible(state.snapshot.url)]) : t('rep_text_profile', name)}</p>
      <ReportForm
        context="report-page"
        profileName={state.snapshot.name}
        options={options}
        beforeSend={consentToSend}
        send={async ({ destinations, note, clearContacts }) => {
          // The tab this page was opened for must still show this profile: a tab that moved on is
          // no ground for a report made here (the toolbar button reports what a tab shows now).
          if (!stillShowsProfile(await ask({ type: 'ui/tab-state', tabId }), state.profileKey)) return { ok: false, error: t('rpage_left_profile', t('report_button')) };
          return ask({ type: 'ui/report', profileKey: state.profileKey, destinations, note, clearContacts, screenshot: null, from: 'report-page' });
        }}
        openTab={(url) => browser.tabs.create({ url })}
        onClose={() => setClosed(true)}
      />
    </main>
  );
}

const app = document.getElementById('app');
// The panel's visual language, light and dark (src/ui/page-styles.ts), as on the popup and options.
const style = document.createElement('style');
style.textContent = PAGE_CSS + REPORT_PAGE_CSS;
document.head.append(style);
if (app) render(<ReportPage />, app);
