// The welcome page, opened once when Telltale is installed (extension/background.ts): what it
// checks, that nothing leaves the browser unless the user reports, where its findings show (badges
// in the page, or the side panel only: quiet mode off or on; the side panel can be opened beside
// either), how to try it, and where a team sets its webhook. The choice shown is the one saved: the
// radios wait for the saved value, and a late answer never replaces what the user chose meanwhile.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { AnswerOf, UiRequest } from '../../src/messages.ts';
import { SIDE_PANEL_KEY } from '../../scripts/manifest.ts';
import { PAGE_CSS } from '../../src/ui/page-styles.ts';

async function ask<T extends UiRequest['type']>(request: UiRequest & { type: T }): Promise<AnswerOf[T]> {
  return (await browser.runtime.sendMessage(request)) as AnswerOf[T];
}

/** What is saved (quiet mode off or on); the side panel itself is opened beside either, by its button. */
type Display = 'page' | 'panel';

const CHOICES: { value: Display; label: string; detail: string }[] = [
  { value: 'page', label: 'Badges in the page', detail: 'A risk pill beside the name and a badge on each entry a finding concerns; both open the full panel. The side panel can show the same beside it.' },
  { value: 'panel', label: 'Side panel only', detail: 'Nothing is added to LinkedIn’s page (quiet mode); the findings show in the side panel beside it.' },
];

const isFirefox = typeof (browser.runtime as { getBrowserInfo?: unknown }).getBrowserInfo === 'function';

/**
 * Opens the side panel (Chrome) or sidebar (Firefox). Both browsers allow it only within the user's
 * click, so it is called before anything is awaited.
 */
function openSidePanel(windowId: number | undefined): Promise<unknown> {
  const chromePanel = (globalThis as { chrome?: { sidePanel?: { open(o: { windowId: number }): Promise<void> } } }).chrome?.sidePanel;
  if (chromePanel && windowId !== undefined) return chromePanel.open({ windowId });
  const sidebar = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
  return sidebar ? sidebar.open() : Promise.reject(new Error('no side panel in this browser'));
}

function Welcome() {
  const [display, setDisplay] = useState<Display | null>(null);
  const [windowId, setWindowId] = useState<number | undefined>(undefined);
  const [status, setStatus] = useState('');

  useEffect(() => {
    // (Right after install the worker may take a moment to answer: a choice made meanwhile stands.)
    void ask({ type: 'ui/settings' }).then((a) => {
      if (a.ok) setDisplay((chosen) => chosen ?? (a.settings.quietMode ? 'panel' : 'page'));
    });
    void browser.windows.getCurrent().then((w) => setWindowId(w.id));
  }, []);

  const choose = (value: Display) => {
    setDisplay(value);
    const opened = value === 'page' ? Promise.resolve(true) : openSidePanel(windowId).then(() => true, () => false);
    void Promise.all([ask({ type: 'ui/settings-set', patch: { quietMode: value === 'panel' } }), opened]).then(([saved, panelOpened]) => {
      if (!saved.ok) return setStatus(`Could not save: ${saved.error}`);
      const where = value === 'page' ? 'Findings will show in the page.' : 'Nothing will be added to the page; findings show in the side panel.';
      setStatus(`Saved. ${where}${value === 'panel' && !panelOpened ? ` Open the side panel with ${SIDE_PANEL_KEY}.` : ''}`);
    });
  };

  return (
    <main>
      <h1>Welcome to Telltale</h1>
      <p>
        Telltale helps you spot <strong>hijacked dormant accounts and fake identities</strong> on LinkedIn profiles. A finding is evidence for you to review, never a
        verdict: an account that shows these signs is possibly compromised, and its owner is often a victim.
      </p>

      <section aria-labelledby="tt-checks">
        <h2 id="tt-checks">What it checks</h2>
        <ul>
          <li>An account that wakes after years of silence: new photo, new role, a burst of posts.</li>
          <li>A career that does not add up: overlapping full-time jobs, dates that disagree.</li>
          <li>An identity that does not match: a profile address that names someone else, an impossible phone number, a throwaway email.</li>
          <li>A network too thin for the seniority claimed, and the same phone, email or photo on another profile you saw.</li>
        </ul>
        <p class="muted">What could not be checked is listed with how to see it, never passed as clean.</p>
      </section>

      <section aria-labelledby="tt-privacy" class="card">
        <h2 id="tt-privacy">Nothing leaves your browser unless you report</h2>
        <p>
          Telltale reads the profile you are looking at and scores it in your browser. What it remembers stays in this browser, and you can export or delete it at any time. Only
          when you report a profile, and only to the places you choose (a file, the clipboard, an email, your team’s webhook), does its evidence go anywhere.
        </p>
      </section>

      <section aria-labelledby="tt-display">
        <h2 id="tt-display">Where findings show</h2>
        <fieldset>
          <legend>Show Telltale’s findings</legend>
          {CHOICES.map((c) => (
            <label class="choice" key={c.value}>
              <input type="radio" name="tt-display" value={c.value} checked={display === c.value} disabled={display === null} onChange={() => choose(c.value)} />
              <span>
                <strong>{c.label}</strong>
                <br />
                <span class="muted">{c.detail}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <p role="status" class="status">
          {display === null ? 'Reading your setting…' : status}
        </p>
        <p>
          <button
            type="button"
            class="btn"
            onClick={() => {
              void openSidePanel(windowId).then(
                () => setStatus('The side panel is open beside this tab.'),
                () => setStatus(`Open the side panel with ${SIDE_PANEL_KEY}.`),
              );
            }}
          >
            Open the side panel
          </button>
        </p>
        <p>
          The side panel opens with <kbd>{SIDE_PANEL_KEY}</kbd>
          {isFirefox ? ' or from the sidebar menu' : ' or from the browser’s side panel menu'}; it follows the tab you are on. The toolbar button shows each tab’s level: H, M or L,
          or ? when too little of the page could be checked.
        </p>
      </section>

      <section aria-labelledby="tt-try">
        <h2 id="tt-try">Try it</h2>
        <p>Open any LinkedIn profile: the level appears within a second.</p>
        <p>
          To see every kind of finding at once, Telltale’s source comes with an invented demo profile: in a copy of the source, run <code>npm install &amp;&amp; npm start</code>,
          which opens Chromium with Telltale on it.
        </p>
      </section>

      <section aria-labelledby="tt-team">
        <h2 id="tt-team">For teams</h2>
        <p>
          Reports can go to your team’s webhook (Slack-compatible or JSON): set it under Reports in{' '}
          <a href={browser.runtime.getURL('options.html')} target="_blank" rel="noreferrer">
            Telltale’s options
          </a>
          . An administrator can set it for everyone through the browser’s policies.
        </p>
      </section>
    </main>
  );
}

const style = document.createElement('style');
style.textContent = PAGE_CSS;
document.head.append(style);
const app = document.getElementById('app');
if (app) render(<Welcome />, app);
