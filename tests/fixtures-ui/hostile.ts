// Invented pages for the hostile-page tests (issue 11), made from the demo profile (an invented
// person) so they keep its LinkedIn 2024 structure:
// - the demo with a link its owner wrote in the top card (LinkedIn's custom "Visit my website"
//   button) whose path looks like the profile's contact-info overlay but leads off LinkedIn;
// - a profile whose slug is all regular-expression flags, with a javascript: link of that shape
//   (valid JavaScript once the names in its path exist in the page, as section anchors' ids do);
// - the second invented person with the contact overlay open, sharing the demo's email address;
// - the XSS corpus: markup, javascript:/data: URLs, bidi overrides, zero-width characters and
//   100 KB texts: every payload and 100 KB more in every text field of the profile, and
//   javascript:/data:/off-site addresses in its links.
import { parseHTML } from 'linkedom';
import { DEMO_PROFILE_URL, demoProfileHtml } from '../../demo/render.ts';
import { contactOverlayHtml, SECOND_PROFILE_URL } from './profiles.ts';

const DEMO_SLUG = 'martin-kowalczyk-7b1a2c';
const CONTACT_LINK = `<a href="/in/${DEMO_SLUG}/overlay/contact-info/" id="top-card-text-details-contact-info"`;

/** Where the owner's look-alike link points. */
export const EVIL_VIEW_URL = `https://evil.example/in/${DEMO_SLUG}/overlay/contact-info/`;

export function evilLinkHtml(now = new Date()): string {
  const html = demoProfileHtml(now);
  if (!html.includes(CONTACT_LINK)) throw new Error('the demo has no contact link where expected');
  return html.replace(CONTACT_LINK, `<a href="${EVIL_VIEW_URL}" class="pv-top-card--website">Visit my website</a> ${CONTACT_LINK}`);
}

export const FLAGS_SLUG = 'dgimsuy-42';
export const FLAGS_PROFILE_URL = `https://www.linkedin.com/in/${FLAGS_SLUG}/`;
/** `/in/dgimsuy-42/overlay/contact-info?0:(…)` is a regex, arithmetic and a ternary: it runs the assignment. */
export const JS_VIEW_LINK = `javascript:/in/${FLAGS_SLUG}/overlay/contact-info?0:(window.__ttOwnerRan=1)`;

export function javascriptLinkHtml(now = new Date()): string {
  // Its own member id: sharing the demo's, an earlier test's view of the demo (its contact details) was merged into this page.
  const html = demoProfileHtml(now).replaceAll(DEMO_SLUG, FLAGS_SLUG).replaceAll('918273645', '918273646');
  const contact = CONTACT_LINK.replaceAll(DEMO_SLUG, FLAGS_SLUG);
  if (!html.includes(contact)) throw new Error('the demo has no contact link where expected');
  // The names the link's path uses, as a page defines them (ids of its anchors become window properties).
  const names = '<span id="overlay" hidden></span><span id="contact" hidden></span><span id="info" hidden></span>';
  return html.replace(contact, `<a href="${JS_VIEW_LINK}" class="pv-top-card--website">Visit my website</a> ${contact}`).replace('</body>', `${names}</body>`);
}

export const SECOND_OVERLAY_URL = `${SECOND_PROFILE_URL}overlay/contact-info/`;
/** The second person's contact overlay, with the demo's own email address on it. */
export function secondOverlaySameEmailHtml(now = new Date()): string {
  return contactOverlayHtml(now)
    .replaceAll(DEMO_SLUG, 'priya-natarajan-4c2d1e')
    .replaceAll('Jordan Ellis', 'Priya Natarajan')
    .replaceAll('Jordan', 'Priya')
    .replaceAll('918273645', '918273646');
}
export { DEMO_PROFILE_URL };

// ---- The XSS corpus -----------------------------------------------------------------------------

export const XSS_SLUG = 'corpus-profile-5e6f7a';
export const XSS_CORPUS_URL = `https://www.linkedin.com/in/${XSS_SLUG}/`;

/** Texts that must stay text. Each one, if ever parsed or run, sets window.__ttXss or opens a dialog. */
export const XSS_TEXTS = [
  '<img src=x onerror="window.__ttXss=(window.__ttXss||0)+1;alert(1)">',
  '<script>window.__ttXss=1;alert(1)</script>',
  'javascript:window.__ttXss=1;alert(1)//',
  'data:text/html,<script>alert(document.domain)</script>',
  '"><svg onload="window.__ttXss=1;alert(1)">',
  '\u202Egnp.exe\u202C Reversed \u2067isolate\u2069 \u200Fmark',
  'Ze\u200Bro\u200Cwi\u200Ddth\uFEFF\u2060 text',
  "{{constructor.constructor('window.__ttXss=1')()}} ${alert(1)}",
  '<a href="https://evil.example/steal">https://evil.example/steal</a>',
];
/** URLs put in the profile's links (other than the company and school links the readers group by). */
export const XSS_URLS = ['javascript:window.__ttXss=1;alert(1)', 'data:text/html,<script>alert(1)</script>', 'https://evil.example/followed'];
/** 100 KB of text. */
export const LONG_TEXT = `${'All work and no play. '.repeat(4_546)}`.slice(0, 100_000);

/** A date line, a duration, a degree year: text the readers parse by its shape, kept so entries stay entries. */
const KEEP = /\d|Present|^\s*·\s*$|^(Experience|Education|Activity|About|Skills|Licenses & certifications|Contact info|Show all.*|Full-time|Part-time|Message|Connect|More)$/i;

export function xssCorpusHtml(now = new Date()): string {
  const source = demoProfileHtml(now).replaceAll(DEMO_SLUG, XSS_SLUG);
  const { document } = parseHTML(source);
  const main = document.querySelector('main');
  if (!main) throw new Error('the demo has no <main>');
  let i = 0;
  const walker: Node[] = [];
  const collect = (n: Node) => {
    for (const c of n.childNodes) {
      if (c.nodeType === 3) walker.push(c);
      else if (c.nodeType === 1 && !/^(SCRIPT|STYLE)$/.test((c as Element).tagName)) collect(c);
    }
  };
  collect(main);
  for (const node of walker) {
    const text = (node.textContent ?? '').trim();
    if (!text || KEEP.test(text)) continue;
    // Every field carries every payload, the original words, and 100 KB more.
    node.textContent = `${XSS_TEXTS[i % XSS_TEXTS.length]} ${text} ${XSS_TEXTS.join(' ')} ${LONG_TEXT}`;
    i++;
  }
  let j = 0;
  for (const a of main.querySelectorAll('a[href]')) {
    const href = a.getAttribute('href') ?? '';
    if (/\/(company|school)\/|\/overlay\/|\/in\//.test(href)) continue;
    a.setAttribute('href', XSS_URLS[j++ % XSS_URLS.length]!);
  }
  for (const img of main.querySelectorAll('img')) img.setAttribute('alt', `${XSS_TEXTS[0]} ${img.getAttribute('alt') ?? ''}`);
  document.title = `${XSS_TEXTS[0]} | LinkedIn`;
  return `<!DOCTYPE html>${document.documentElement.outerHTML}`;
}
