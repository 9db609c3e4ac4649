// The example the welcome page offers ("See an example"): Telltale's demo person, an invented
// profile in LinkedIn's page structure (demo/profile.html, bundled), read and assessed here with
// the same readers, signals and in-page UI (badges, pill, panel) as on LinkedIn. Nothing is
// remembered or sent: the assessment runs in this page (no worker, no memory), and the panel has
// no review, report or forget buttons. The views the panel recommends (Contact info, About this
// profile) are the demo's own, drawn here in place of the page; nothing goes to LinkedIn.
import { render } from 'preact';
import browser from 'webextension-polyfill';
import template from '../../demo/profile.html?raw';
import { DEMO_PROFILE_URL, demoSiteFrom } from '../../demo/site.ts';
import { assess } from '../../src/assess.ts';
import { isSnapshot, readPageWithElements } from '../../src/extract/index.ts';
import { t, wordsLanguage } from '../../src/i18n.ts';
import { DISPOSABLE_DOMAINS_FILE } from '../../src/signals/common/disposable-domains.ts';
import { explainFromCatalogue } from '../../src/signals/catalogue-explain.ts';
import { createInlineUi } from '../../src/ui/inline.tsx';
import { fetchText, lazyDisposableDomains } from '../../src/worker/disposable-domains.ts';

document.documentElement.lang = wordsLanguage();
document.title = t('example_title');

const site = demoSiteFrom(template, new Date());
const disposableDomains = lazyDisposableDomains(() => fetchText(browser.runtime.getURL(DISPOSABLE_DOMAINS_FILE)));
const pageRoot = document.getElementById('tt-example-page')!;
const bannerRoot = document.getElementById('tt-example-banner')!;

function Banner({ url, elsewhere }: { url: string; elsewhere: string | null }) {
  return (
    <aside class="tt-example-banner" aria-labelledby="tt-example-heading">
      <h1 id="tt-example-heading">{t('example_heading')}</h1>
      <p>{t('example_intro')}</p>
      {url !== DEMO_PROFILE_URL && (
        <p>
          <button type="button" onClick={() => void show(DEMO_PROFILE_URL)}>
            {t('example_back')}
          </button>
        </p>
      )}
      {elsewhere && (
        <p role="status" data-example="elsewhere">
          {t('example_elsewhere', elsewhere)}
        </p>
      )}
    </aside>
  );
}

/** The demo address on screen (this page's own is the extension's). */
let shownUrl = DEMO_PROFILE_URL;

const ui = createInlineUi(document, {
  explain: explainFromCatalogue,
  currentUrl: () => shownUrl,
  // The views the panel sends the user to: the demo's own when it has them; never LinkedIn.
  navigate: (url) => void show(url),
});

/** Draws the demo's page at `url` (its profile, or the profile under one of its dialogs), reads it and shows the assessment. */
async function show(url: string): Promise<void> {
  const html = site.get(url);
  render(<Banner url={html ? url : DEMO_PROFILE_URL} elsewhere={html ? null : url} />, bannerRoot);
  if (!html) return;
  shownUrl = url;
  ui.removeAll();
  // The demo's own markup (invented, from this extension's package): its styles and its body.
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.getElementById('tt-example-style')?.remove();
  const style = document.createElement('style');
  style.id = 'tt-example-style';
  style.textContent = [...parsed.querySelectorAll('style')].map((s) => s.textContent ?? '').join('\n');
  document.head.append(style);
  pageRoot.replaceChildren(...[...parsed.body.childNodes].map((n) => document.importNode(n, true)));
  const { result, elements } = readPageWithElements(document, url, { now: new Date() });
  if (!isSnapshot(result)) {
    ui.showUnreadable(result.reason, document.querySelector('main h1'));
    return;
  }
  const hasEmail = (result.contact?.emails.length ?? 0) > 0;
  const assessment = assess(result, { now: new Date(), region: null, memory: null, disposableDomains: hasEmail ? await disposableDomains() : null });
  ui.showAssessment({ url, profileKey: `example:${result.slug ?? 'demo'}`, assessment, review: null, elements, name: result.name });
  pageRoot.setAttribute('data-example-read', url);
}

// The demo's own links (its Contact info, a company, a post) never leave this page: a view the
// demo has is drawn here; any other address is named in the banner, not opened.
pageRoot.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest?.('a[href]');
  if (!link) return;
  event.preventDefault();
  let url: string;
  try {
    url = new URL(link.getAttribute('href') ?? '', shownUrl).href;
  } catch {
    return;
  }
  if (site.has(url)) void show(url);
  else render(<Banner url={shownUrl} elsewhere={url} />, bannerRoot);
});

const pageStyle = document.createElement('style');
// The banner only: the demo's page keeps its own styles (LinkedIn's look, light).
pageStyle.textContent = `
.tt-example-banner{color-scheme:light;max-width:60rem;margin:12px auto;padding:12px 16px;border-radius:8px;border:2px solid #0a66c2;background:#eef3f8;color:#1d2226;font:400 14px/1.5 system-ui,sans-serif}
.tt-example-banner h1{font-size:16px;margin:0 0 4px}
.tt-example-banner p{margin:4px 0}
#tt-example-page img{color:transparent;background:#c9d3dd}
.tt-example-banner button{font:inherit;padding:4px 12px;border-radius:16px;border:1px solid #0a66c2;background:#fff;color:#0a66c2;cursor:pointer}`;
document.head.append(pageStyle);
void show(DEMO_PROFILE_URL);
