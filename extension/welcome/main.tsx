// The welcome page, opened once when Telltale is installed (extension/background.ts): what it
// checks, that nothing leaves the browser unless the user reports, where its findings show (badges
// in the page, or the side panel only: quiet mode off or on; the side panel can be opened beside
// either), how to try it, where a team sets its webhook, and what joining a team hub sends. The choice shown is the one saved: the
// radios wait for the saved value, and a late answer never replaces what the user chose meanwhile.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { AnswerOf, UiRequest } from '../../src/messages.ts';
import { SIDE_PANEL_KEY } from '../../scripts/manifest.ts';
import { PAGE_CSS } from '../../src/ui/page-styles.ts';
import { t, wordsLanguage } from '../../src/i18n.ts';
import { PART, withPart } from '../../src/ui/parts.ts';

// The page's words are in the browser's language (_locales): so is its lang, for screen readers and hyphenation.
document.documentElement.lang = wordsLanguage();

async function ask<T extends UiRequest['type']>(request: UiRequest & { type: T }): Promise<AnswerOf[T]> {
  return (await browser.runtime.sendMessage(request)) as AnswerOf[T];
}

/** What is saved (quiet mode off or on); the side panel itself is opened beside either, by its button. */
type Display = 'page' | 'panel';

/** The choices, in the UI language (read when shown). */
const choices = (): { value: Display; label: string; detail: string }[] => [
  { value: 'page', label: t('welcome_choice_page'), detail: t('welcome_choice_page_detail') },
  { value: 'panel', label: t('welcome_choice_panel'), detail: t('welcome_choice_panel_detail') },
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
  return sidebar ? sidebar.open() : Promise.reject(new Error('no-side-panel'));
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
      if (!saved.ok) return setStatus(t('welcome_save_failed', saved.error));
      if (value === 'page') return setStatus(t('welcome_saved_page'));
      setStatus(panelOpened ? t('welcome_saved_panel') : t('welcome_saved_panel_key', SIDE_PANEL_KEY));
    });
  };

  return (
    <main>
      <h1>{t('welcome_title')}</h1>
      <p>{withPart(t('welcome_intro', PART), <strong>{t('welcome_intro_emphasis')}</strong>)}</p>

      <section aria-labelledby="tt-checks">
        <h2 id="tt-checks">{t('welcome_checks_heading')}</h2>
        <ul>
          <li>{t('welcome_check_wakes')}</li>
          <li>{t('welcome_check_career')}</li>
          <li>{t('welcome_check_identity')}</li>
          <li>{t('welcome_check_network')}</li>
        </ul>
        <p class="muted">{t('welcome_checks_not_checked')}</p>
      </section>

      <section aria-labelledby="tt-privacy" class="card">
        <h2 id="tt-privacy">{t('welcome_privacy_heading')}</h2>
        <p>{t('welcome_privacy')}</p>
      </section>

      <section aria-labelledby="tt-display">
        <h2 id="tt-display">{t('welcome_display_heading')}</h2>
        <fieldset>
          <legend>{t('welcome_display_legend')}</legend>
          {choices().map((c) => (
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
          {display === null ? t('welcome_reading_setting') : status}
        </p>
        <p>
          <button
            type="button"
            class="btn"
            onClick={() => {
              void openSidePanel(windowId).then(
                () => setStatus(t('welcome_panel_opened')),
                () => setStatus(t('welcome_panel_key', SIDE_PANEL_KEY)),
              );
            }}
          >
            {t('welcome_open_panel')}
          </button>
        </p>
        <p>{withPart(isFirefox ? t('welcome_panel_how_firefox', PART) : t('welcome_panel_how', PART), <kbd>{SIDE_PANEL_KEY}</kbd>)}</p>
      </section>

      <section aria-labelledby="tt-try">
        <h2 id="tt-try">{t('welcome_try_heading')}</h2>
        <p>{t('welcome_try')}</p>
        <p>{t('welcome_example')}</p>
        <p>
          <a class="btn" data-welcome="example" href={browser.runtime.getURL('example.html')} target="_blank" rel="noreferrer">
            {t('welcome_example_button')}
          </a>
        </p>
      </section>

      <section aria-labelledby="tt-team">
        <h2 id="tt-team">{t('welcome_team_heading')}</h2>
        <p>
          {withPart(
            t('welcome_team', PART),
            <a href={browser.runtime.getURL('options.html')} target="_blank" rel="noreferrer">
              {t('welcome_options_link')}
            </a>,
          )}
        </p>
        <p data-welcome="team-hub">{t('welcome_team_hub')}</p>
      </section>
    </main>
  );
}

// The tab's title in the UI language (welcome.html's own is the English fallback).
document.title = t('welcome_title');
const style = document.createElement('style');
style.textContent = PAGE_CSS;
document.head.append(style);
const app = document.getElementById('app');
if (app) render(<Welcome />, app);
