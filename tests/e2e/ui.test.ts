// The inline UI of the built extension in real Chromium and Firefox: the pill beside the name,
// badges on the entries findings concern, the panel by mouse and keyboard, in-app navigation,
// quiet mode, reviews, unreadable pages, profile text rendered as text, and axe-core on the
// injected UI. Runs on invented profiles (tests/fixtures-ui/) and on the real saved pages in
// ../shared/linkedin-pages/logged-in/ (skipped with a message when ../shared is absent).
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AUTHWALL_HTML,
  AUTHWALL_URL,
  CONTACT_OVERLAY_URL,
  contactOverlayHtml,
  DEMO_PROFILE_URL,
  IMPOSSIBLE_PHONE,
  markupNameHtml,
  SECOND_PROFILE_URL,
  secondProfileHtml,
  XSS_NAME,
} from '../fixtures-ui/profiles.ts';
import { parseHTML } from 'linkedom';
import type { Page } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { demoProfileHtml } from '../../demo/render.ts';
import { isSnapshot, readPage } from '../../src/extract/index.ts';
import { build } from 'vite';
import { scriptConfig } from '../../vite.config.ts';
import { chromeDist, firefoxDist, launchChromium, launchFirefox, root, type ChromiumSession, type FirefoxSession } from './harness.ts';
import { chromiumProbe, firefoxProbe, type RootOf, type UiProbe } from './closed-roots.ts';
import { chromiumReportPage, chromiumReportPages, firefoxReportPage, firefoxReportPages, reportTabId } from './report-page.ts';

/** A Telltale host's closed root, answered by the test's privileged access (closed-roots.ts) inside probe.run(). */
declare const rootOf: RootOf;

const XSS_URL = 'https://www.linkedin.com/in/markup-name-1a2b3c/';
const site = new Map([
  [DEMO_PROFILE_URL, demoProfileHtml()],
  [SECOND_PROFILE_URL, secondProfileHtml()],
  [CONTACT_OVERLAY_URL, contactOverlayHtml()],
  [XSS_URL, markupNameHtml().replaceAll('martin-kowalczyk-7b1a2c', 'markup-name-1a2b3c')],
  [AUTHWALL_URL, AUTHWALL_HTML],
]);

// ---- The real saved pages, served at their profile addresses --------------------------------------
const SHARED = join(root, '../shared/linkedin-pages');
const REAL_PAGES: { file: string; url: string }[] = [
  { file: 'scoutr-profile1.html', url: 'https://www.linkedin.com/in/eduardo-alvarez-nowak/' },
  { file: 'scoutr-profile2.html', url: 'https://www.linkedin.com/in/sri-lalitha-jeevanige-35520a61/' },
  { file: 'scoutr-profile4.html', url: 'https://www.linkedin.com/in/surendrathota/' },
  { file: 'scoutr-profile5.html', url: 'https://www.linkedin.com/in/vasileiosalevizos/' },
  { file: 'brocc-profile2.html', url: 'https://www.linkedin.com/in/eugenemann/' },
];
const haveShared = existsSync(join(SHARED, 'logged-in'));
if (!haveShared) console.log(`[ui.test] ${SHARED} is absent: the real-page tests are skipped`);
else for (const p of REAL_PAGES) site.set(p.url, readFileSync(join(SHARED, 'logged-in', p.file), 'utf8'));

beforeAll(() => {
  for (const dist of [chromeDist, firefoxDist]) {
    if (!existsSync(`${dist}/manifest.json`)) throw new Error(`${dist} is missing: run npm run build first`);
  }
});

// ---- What the tests read in the page (self-contained: they run inside the page) --------------------

/**
 * Installed before the page loads: how many pill hosts there are at every change, and every
 * distinct pill host in order (kept in window.__telltaleTestHosts so the probe can still read the
 * early pill's closed root after the full script replaced it).
 */
const PILL_HISTORY = `(() => {
  const counts = (window.__pillCounts = []);
  const hosts = (window.__telltaleTestHosts = []);
  const look = () => {
    const now = document.querySelectorAll('[data-telltale="pill"]');
    if (counts[counts.length - 1] !== now.length) counts.push(now.length);
    for (const h of now) if (!hosts.includes(h)) hosts.push(h);
  };
  new MutationObserver(look).observe(document, { childList: true, subtree: true });
  const frame = () => { look(); requestAnimationFrame(frame); };
  requestAnimationFrame(frame);
})();`;
/** Each pill host the page had, in order: "<pill hosts at most at once>|button or status|label". */
const pillHistory = () => {
  const w = window as unknown as { __pillCounts: number[]; __telltaleTestHosts: Element[] };
  const most = Math.max(0, ...w.__pillCounts);
  return w.__telltaleTestHosts.map((h) => {
    const r = rootOf(h);
    const label = r?.querySelector('[data-part~="pill"]');
    return `${most}|${r?.querySelector('button') ? 'button' : 'status'}|${label ? label.textContent : ''}`;
  });
};

interface UiState {
  pill: string | null;
  review: string | null;
  badges: { key: string; text: string; all: string[]; placement: string; beside: string }[];
  panel: boolean;
  hosts: number;
}

/** The pill's text, the badges (key, text, what entry they sit on) and whether the panel is open. */
function uiState(): UiState {
  const hosts = [...document.querySelectorAll<HTMLElement>('[data-telltale]')];
  const pill = rootOf(document.querySelector('[data-telltale="pill"]'));
  const besideText = (h: HTMLElement) => {
    const placement = h.getAttribute('data-placement');
    let el: Element | null = placement === 'before' ? h.nextElementSibling : placement === 'prepend' ? h.parentElement : h.previousElementSibling;
    while (el?.hasAttribute('data-telltale')) el = placement === 'before' ? el.nextElementSibling : el.previousElementSibling;
    if (!el) return '';
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 300);
    return text || el.tagName.toLowerCase();
  };
  return {
    pill: pill?.querySelector('[data-part~="pill"]')?.textContent?.trim() ?? null,
    review: pill?.querySelector('[data-part~="review"]')?.textContent?.trim() ?? null,
    badges: hosts
      .filter((h) => h.getAttribute('data-telltale') === 'badge')
      .map((h) => ({
        key: h.getAttribute('data-telltale-key') ?? '',
        text: rootOf(h)?.querySelector('[data-part~="badge"]')?.textContent?.trim() ?? '',
        // Every finding the badge stands for (its tooltip lists their titles).
        all: (rootOf(h)?.querySelector('button')?.getAttribute('title') ?? '').split('\n'),
        placement: h.getAttribute('data-placement') ?? '',
        beside: besideText(h),
      })),
    panel: !!rootOf(document.querySelector('[data-telltale="panel"]'))?.querySelector('[role="dialog"]'),
    hosts: hosts.length,
  };
}

/** Where keyboard focus is, through our shadow roots: "pill", "badge:<key>", "panel", "panel:finding:<id>" or "page". */
function focusPlace(): string {
  const host = document.activeElement as HTMLElement | null;
  const role = host?.getAttribute('data-telltale');
  if (!host || !role) return 'page';
  const inner = rootOf(host)?.activeElement as HTMLElement | null;
  if (role === 'badge') return `badge:${host.getAttribute('data-telltale-key')}${inner?.tagName === 'BUTTON' ? '' : ':?'}`;
  if (role === 'panel') {
    const finding = inner?.closest?.('[data-finding]')?.getAttribute('data-finding');
    return finding ? `panel:finding:${finding}` : 'panel';
  }
  return inner?.tagName === 'BUTTON' ? role : `${role}:?`;
}

/** The title of the finding that has focus in the panel (without its severity word). */
function focusedFindingTitle(): string | null {
  const panel = rootOf(document.querySelector('[data-telltale="panel"]'));
  const article = (panel?.activeElement as HTMLElement | null)?.closest?.('[data-finding]');
  const h4 = article?.querySelector('h4');
  if (!h4) return null;
  return [...h4.childNodes].filter((n) => !(n instanceof Element && n.classList.contains('sev'))).map((n) => n.textContent).join('').trim();
}

function focusButton(sel: { role: string; key?: string }): boolean {
  const q = sel.key ? `[data-telltale="${sel.role}"][data-telltale-key="${sel.key}"]` : `[data-telltale="${sel.role}"]`;
  const button = rootOf(document.querySelector(q))?.querySelector('button');
  button?.focus();
  return !!button;
}

function panelText(): string {
  return rootOf(document.querySelector('[data-telltale="panel"]'))?.querySelector('[role="dialog"]')?.textContent ?? '';
}

function expandedStates(): string[] {
  return [...document.querySelectorAll('[data-telltale="pill"], [data-telltale="badge"]')].map(
    (h) => rootOf(h)?.querySelector('button')?.getAttribute('aria-expanded') ?? 'missing',
  );
}

/**
 * axe-core over every Telltale host, shadow roots included: axe walks `element.shadowRoot`, so for
 * the length of the run the page's getter answers our closed roots (through the test's access).
 */
async function axeOnHosts(): Promise<{ violations: { id: string; impact: string | null; nodes: string[] }[]; passes: number; inside: number }> {
  const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown }[] }[]; passes: unknown[] }> } }).axe;
  const own = Object.getOwnPropertyDescriptor(Element.prototype, 'shadowRoot')!;
  Object.defineProperty(Element.prototype, 'shadowRoot', {
    configurable: true,
    get(this: Element) {
      return rootOf(this) ?? own.get!.call(this);
    },
  });
  try {
  const include = [...document.querySelectorAll('[data-telltale]')].map((h) => [
    `${h.tagName.toLowerCase()}[data-telltale="${h.getAttribute('data-telltale')}"][data-telltale-key="${h.getAttribute('data-telltale-key')}"]`,
  ]);
  const result = await axe.run({ include }, { resultTypes: ['violations'] });
  return {
    violations: result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => JSON.stringify(n.target)) })),
    passes: result.passes.length,
    // Elements axe could see inside the roots (0 would mean it checked nothing of ours).
    inside: [...document.querySelectorAll('[data-telltale]')].reduce((n, h) => n + (h.shadowRoot?.querySelectorAll('button, [role]').length ?? 0), 0),
  };
  } finally {
    Object.defineProperty(Element.prototype, 'shadowRoot', own);
  }
}

/** In-app navigation as LinkedIn does it: a new history entry, then the main column swapped. */
function navigateInApp(arg: { url: string; html: string }): void {
  history.pushState({}, '', arg.url);
  const next = new DOMParser().parseFromString(arg.html, 'text/html');
  document.title = next.title;
  const canonical = next.querySelector('link[rel="canonical"]');
  if (canonical) document.querySelector('link[rel="canonical"]')?.setAttribute('href', canonical.getAttribute('href') ?? '');
  const main = next.querySelector('main');
  if (main) document.querySelector('main')?.replaceWith(document.importNode(main, true));
}

/** A lazily loaded section arriving (LinkedIn adds sections as the user scrolls). */
function addLazySection(): void {
  const section = document.createElement('section');
  section.className = 'artdeco-card pv-profile-card';
  const h2 = document.createElement('h2');
  h2.textContent = 'Interests';
  section.append(h2);
  document.querySelector('main')?.append(section);
}

const AXE_PATH = join(root, 'node_modules/axe-core/axe.min.js');
const PILL_FORMAT = /^Telltale: ((High risk|Some concerns|Minor concerns|No concerns in what was checked) · \d+ findings? · |Partly checked: (\d+ findings? · )?|No signs so far · “About this profile” not opened · )\d+ of \d+ checks ran$/;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// ---- Chromium ------------------------------------------------------------------------------------------

describe('Chromium', () => {
  let session: ChromiumSession;
  const probes = new WeakMap<Page, UiProbe>();
  const probeOf = async (page: Page): Promise<UiProbe> => {
    let probe = probes.get(page);
    if (!probe) probes.set(page, (probe = await chromiumProbe(page)));
    return probe;
  };
  beforeAll(async () => {
    session = await launchChromium(site);
  });
  afterAll(async () => session?.close());

  const openWithBadges = async (url: string) => {
    const page = await session.open(url);
    await page.waitForFunction(() => document.querySelectorAll('[data-telltale="badge"]').length > 0, undefined, { timeout: 20_000 });
    return page;
  };

  it('puts the pill beside the name and a badge on each entry a finding concerns', async () => {
    const page = await openWithBadges(DEMO_PROFILE_URL);
    const state = await (await probeOf(page)).run(uiState);
    expect(state.pill).toMatch(PILL_FORMAT);
    expect(state.pill).toMatch(/^Telltale: High risk · /);
    const byKey = Object.fromEntries(state.badges.map((b) => [b.key, b]));
    // The two overlapping full-time roles, and only them, among the positions.
    expect(byKey['experience:0']?.all).toContain('Two full-time jobs at once');
    expect(byKey['experience:1']?.all).toContain('Two full-time jobs at once');
    expect(byKey['experience:0']?.beside).toContain('Senior Software Engineer');
    expect(byKey['experience:1']?.beside).toContain('Lead Backend Developer');
    const older = state.badges.filter((b) => b.key.startsWith('experience') && /Fabrikam|Tailspin/.test(b.beside));
    expect(older.flatMap((b) => b.all)).not.toContain('Two full-time jobs at once');
    // Reactivation on the activity section (one badge, not one per post); identity on the name; the photo.
    expect(byKey['activity']?.beside).toMatch(/^Activity/);
    expect(state.badges.filter((b) => b.key.startsWith('activity'))).toHaveLength(1);
    expect(byKey['name']?.text).toBeTruthy();
    expect(byKey['photo']?.text).toBeTruthy();
    // Every host is unique by key, and hosts are inserted beside the page's elements.
    expect(new Set(state.badges.map((b) => b.key)).size).toBe(state.badges.length);
    expect(await page.evaluate(() => document.querySelector('h1')?.nextElementSibling?.getAttribute('data-telltale'))).toBe('pill');
    await page.close();
  });

  it('opens the panel by mouse, Enter and Space; Escape closes it and focus returns', async () => {
    const page = await openWithBadges(DEMO_PROFILE_URL);
    // Mouse.
    await (await probeOf(page)).click('pill', 'button');
    await page.waitForFunction(() => !!document.querySelector('[data-telltale="panel"]'));
    expect(await (await probeOf(page)).run(expandedStates)).not.toContain('false');
    const text = await (await probeOf(page)).run(panelText);
    expect(text).toContain('not a verdict');
    expect(text).toContain('possibly compromised or misrepresented');
    expect(text).toMatch(/Score \d+ of 100 · \d+ of \d+ checks ran/);
    expect(text).toContain('What to check next');
    expect(text).toContain('Why it matters');
    expect(text).toContain('Innocent explanations to rule out');
    expect(text).toContain('How to verify');
    expect(text).toContain('Source');
    expect(text).toContain('Not checked');
    expect(text).not.toMatch(/fraudster|scammer/i);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('[data-telltale="panel"]'));
    expect(await (await probeOf(page)).run(focusPlace)).toBe('pill');
    expect(await (await probeOf(page)).run(expandedStates)).not.toContain('true');

    // Enter on the pill: focus goes into the dialog.
    await (await probeOf(page)).run(focusButton, { role: 'pill' });
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !!document.querySelector('[data-telltale="panel"]'));
    expect(await (await probeOf(page)).run(focusPlace)).toBe('panel');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('[data-telltale="panel"]'));
    expect(await (await probeOf(page)).run(focusPlace)).toBe('pill');

    // Space on a badge: the panel opens at that badge's finding, and Escape returns to the badge.
    await (await probeOf(page)).run(focusButton, { role: 'badge', key: 'experience:1' });
    await page.keyboard.press('Space');
    await page.waitForFunction(() => !!document.querySelector('[data-telltale="panel"]'));
    // Focus is on the finding the badge names.
    expect(await (await probeOf(page)).run(focusPlace)).toMatch(/^panel:finding:/);
    expect(await (await probeOf(page)).run(focusedFindingTitle)).toBe((await (await probeOf(page)).run(uiState)).badges.find((b) => b.key === 'experience:1')?.text);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('[data-telltale="panel"]'));
    expect(await (await probeOf(page)).run(focusPlace)).toBe('badge:experience:1');
    await page.close();
  });

  it('the panel leads with what to check next; "Show on the page" scrolls to the entry and highlights its badge', async () => {
    const page = await openWithBadges(DEMO_PROFILE_URL);
    await page.evaluate(() => window.scrollTo(0, 0));
    const probe = await probeOf(page);
    await probe.click('pill', 'button');
    await page.waitForFunction(() => !!document.querySelector('[data-telltale="panel"]'));
    // The summary comes first: the evidence in words, then the steps, before any finding.
    const order = await probe.run(() => {
      const root = rootOf(document.querySelector('[data-telltale="panel"]'))!;
      const body = root.querySelector('.body')!;
      return [...body.querySelectorAll('.next .lead, h3, .finding')].slice(0, 3).map((e) => (e.classList.contains('finding') ? 'finding' : e.textContent));
    });
    expect(order[0]).toMatch(/^Strong signs to review: /);
    expect(order[1]).toBe('What to check next');
    const before = await page.evaluate(() => window.scrollY);
    await probe.click('panel', '[data-finding^="overlapping-full-time-roles"] button', 'Show on the page');
    const flashed = await probe.waitFor(() => {
      const host = [...document.querySelectorAll('[data-telltale="badge"]')].find((h) => rootOf(h)?.querySelector('button.flash'));
      if (!host) return null;
      const r = host.getBoundingClientRect();
      // The scroll is smooth: the badge flashes at once and comes into view a few frames later.
      if (r.top < 0 || r.bottom > innerHeight) return null;
      return { key: host.getAttribute('data-telltale-key'), top: r.top, bottom: r.bottom, height: innerHeight };
    });
    if (!flashed) throw new Error('no badge flashed');
    expect(flashed.key).toMatch(/^experience:/);
    expect(flashed.top).toBeGreaterThanOrEqual(0);
    expect(flashed.bottom).toBeLessThanOrEqual(flashed.height);
    expect(await page.evaluate(() => window.scrollY)).not.toBe(before);
    expect(await page.evaluate(() => !!document.querySelector('[data-telltale="panel"]'))).toBe(true);
    await page.close();
  });

  it('axe-core finds no violations in the injected UI, panel closed and open, light and dark', async () => {
    const page = await openWithBadges(DEMO_PROFILE_URL);
    await page.addScriptTag({ path: AXE_PATH });
    const closed = await (await probeOf(page)).run(axeOnHosts);
    expect(closed.violations).toEqual([]);
    expect(closed.inside).toBeGreaterThan(0); // axe saw into the closed roots
    await (await probeOf(page)).click('pill', 'button');
    await page.waitForFunction(() => !!document.querySelector('[data-telltale="panel"]'));
    const open = await (await probeOf(page)).run(axeOnHosts);
    expect(open.violations).toEqual([]);
    await page.evaluate(() => document.documentElement.classList.add('theme--mercado-dark'));
    await page.waitForFunction(() => document.querySelector('[data-telltale="panel"]')?.getAttribute('data-theme') === 'dark');
    const dark = await (await probeOf(page)).run(axeOnHosts);
    expect(dark.violations).toEqual([]);
    console.log(`[ui.test] axe on the injected UI: ${closed.violations.length + open.violations.length + dark.violations.length} violations`);
    // On the whole page, the UI adds nothing to what the page itself has (our buttons sit inside its name link).
    const wholePage = () =>
      page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
        const result = await axe.run(document, { resultTypes: ['violations'] });
        return result.violations.map((v) => `${v.id} ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`).sort();
      });
    await page.keyboard.press('Escape');
    const withUi = await wholePage();
    await page.evaluate(() => document.querySelectorAll('[data-telltale]').forEach((h) => h.remove()));
    expect(withUi).toEqual(await wholePage());
    await page.close();
  });

  it('renders a name made of HTML markup as text and runs nothing', async () => {
    const page = await openWithBadges(XSS_URL);
    await (await probeOf(page)).click('pill', 'button');
    await page.waitForFunction(() => !!document.querySelector('[data-telltale="panel"]'));
    // The name shows in the report page's heading ("Report <name>"), as characters.
    const before = chromiumReportPages(session.context);
    await (await probeOf(page)).click('panel', 'button', 'Report this profile');
    const report = await chromiumReportPage(session.context, before);
    expect(await report.locator('[data-telltale-report="form"] h2').textContent()).toContain(XSS_NAME);
    expect(await report.evaluate(() => ({ flag: (window as unknown as { __telltaleXss?: number }).__telltaleXss ?? null, imgs: document.querySelectorAll('img').length }))).toEqual({ flag: null, imgs: 0 });
    await report.close();
    const ran = await (await probeOf(page)).run(() => ({
      flag: (window as unknown as { __telltaleXss?: number }).__telltaleXss ?? null,
      imgs: [...document.querySelectorAll('[data-telltale]')].reduce((n, h) => n + (rootOf(h)?.querySelectorAll('img').length ?? 0), 0),
    }));
    expect(ran).toEqual({ flag: null, imgs: 0 });
    await page.close();
  });

  it('after in-app navigation to another profile shows exactly that profile\'s badges, and re-runs add nothing', async () => {
    // Both profiles seen once first, so what the extension remembers is the same for both loads below.
    await (await openWithBadges(SECOND_PROFILE_URL)).close();
    const page = await openWithBadges(DEMO_PROFILE_URL);
    const before = await (await probeOf(page)).run(uiState);
    expect(before.pill).toMatch(PILL_FORMAT);
    await page.evaluate(navigateInApp, { url: SECOND_PROFILE_URL, html: secondProfileHtml() });
    await page.waitForFunction(
      () =>
        /Priya/.test(document.querySelector('h1')?.textContent ?? '') &&
        [...document.querySelectorAll('[data-telltale="badge"]')].some((h) => h.getAttribute('data-telltale-key')?.startsWith('experience')),
      undefined,
      { timeout: 10_000 },
    );
    await sleep(600);
    const after = await (await probeOf(page)).run(uiState);
    // The same as a fresh load of the second profile: nothing of the first one is left.
    const fresh = await openWithBadges(SECOND_PROFILE_URL);
    await sleep(600);
    const expected = await (await probeOf(fresh)).run(uiState);
    await fresh.close();
    // Where the badges are (titles can differ: the worker's memory of the two profiles grows with each view).
    const places = (st: UiState) => st.badges.map(({ key, placement, beside }) => ({ key, placement, beside }));
    expect(places(after)).toEqual(places(expected));
    expect(after.badges.every((b) => !/Jordan/.test(b.beside))).toBe(true);
    expect(after.pill).toMatch(PILL_FORMAT);
    expect(after.hosts).toBe(expected.hosts);
    // A lazily loaded section makes the script run again: the same hosts, no second copy.
    await page.evaluate(addLazySection);
    await sleep(600);
    expect(await (await probeOf(page)).run(uiState)).toEqual(after);
    // Leaving the profile for a page that is not one removes everything.
    await page.evaluate(() => {
      history.pushState({}, '', '/feed/');
      document.querySelector('main')?.replaceChildren();
    });
    await page.waitForFunction(() => document.querySelectorAll('[data-telltale]').length === 0, undefined, { timeout: 10_000 });
    await page.close();
  });

  it('offers the missing contact overlay, opens it only on click, and badges the phone number there', async () => {
    const page = await openWithBadges(DEMO_PROFILE_URL);
    const probe = await probeOf(page);
    await probe.click('pill', 'button');
    await probe.waitFor(() => [...(rootOf(document.querySelector('[data-telltale="panel"]'))?.querySelectorAll('button') ?? [])].some((b) => b.textContent === 'Open contact info'));
    expect(page.url()).toBe(DEMO_PROFILE_URL); // nothing was opened by itself
    await probe.click('panel', 'button', 'Open contact info');
    await page.waitForURL(CONTACT_OVERLAY_URL);
    await page.waitForFunction(() => !!document.querySelector('[data-telltale="badge"][data-telltale-key^="contact:phone"]'), undefined, {
      timeout: 20_000,
    });
    const phone = (await (await probeOf(page)).run(uiState)).badges.find((b) => b.key.startsWith('contact:phone'));
    expect(phone?.beside).toContain(IMPOSSIBLE_PHONE);
    await page.close();
  });

  it('keeps a review and shows it on the next visit', async () => {
    const page = await openWithBadges(DEMO_PROFILE_URL);
    await (await probeOf(page)).click('pill', 'button');
    await (await probeOf(page)).click('panel', 'label', 'Needs follow-up');
    await (await probeOf(page)).click('panel', 'button', 'Save review');
    await (await probeOf(page)).waitFor(() => /Needs follow-up/.test(rootOf(document.querySelector('[data-telltale="pill"]'))?.textContent ?? ''));
    await page.close();
    const again = await openWithBadges(DEMO_PROFILE_URL);
    expect((await (await probeOf(again)).run(uiState)).review).toMatch(/^Reviewed: Needs follow-up, /);
    // Clear it again so other tests see an unreviewed profile.
    await (await probeOf(again)).click('pill', 'button');
    await (await probeOf(again)).click('panel', 'button', 'Remove my review');
    await (await probeOf(again)).waitFor(() => !rootOf(document.querySelector('[data-telltale="pill"]'))?.querySelector('[data-part~="review"]'));
    await again.close();
  });

  it('opens the report page for this profile from the panel on a trusted click only (axe finds nothing in it), and forgets the profile on request', async () => {
    const page = await openWithBadges(DEMO_PROFILE_URL);
    const probe = await probeOf(page);
    await probe.click('pill', 'button');
    const before = chromiumReportPages(session.context);
    // A click the page's script makes opens nothing.
    await probe.run(() => [...(rootOf(document.querySelector('[data-telltale="panel"]'))?.querySelectorAll('button') ?? [])].find((b) => b.textContent === 'Report this profile…')?.click());
    await sleep(800);
    expect(chromiumReportPages(session.context)).toHaveLength(before.length);
    // The user's click opens the extension's report page for this tab's profile; the panel has no form.
    await probe.click('panel', 'button', 'Report this profile');
    const report = await chromiumReportPage(session.context, before);
    // It names this profile's tab (marked by its title: other tabs may show the same address).
    await page.evaluate(() => (document.title = 'the tab reported on'));
    await expect.poll(() => report.evaluate(async (id) => (await chrome.tabs.get(id)).title, reportTabId(report.url()))).toBe('the tab reported on');
    expect(await report.locator('[data-telltale-report="form"]').textContent()).toMatch(/may be compromised or misrepresented/);
    expect(await probe.run(() => !!rootOf(document.querySelector('[data-telltale="panel"]'))?.querySelector('form, textarea, [data-telltale-report]'))).toBe(false);
    expect(await probe.waitFor(() => /report form opened/.test(rootOf(document.querySelector('[data-telltale="panel"]'))?.textContent ?? ''))).toBe(true);
    // axe on the report page (evaluated through the protocol: the page's CSP admits no added script).
    await report.evaluate(readFileSync(AXE_PATH, 'utf8'));
    const violations = await report.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string }[] }> } }).axe;
      return (await axe.run(document, { resultTypes: ['violations'] })).violations.map((v) => v.id);
    });
    expect(violations).toEqual([]);
    // A report page whose address names no tab, or a tab with no profile, says so and offers no form.
    for (const hash of ['#tab=abc', '#tab=999999']) {
      await report.goto(`chrome-extension://${session.extensionId}/report.html${hash}`);
      await report.reload();
      await report.waitForSelector('[role="alert"]');
      expect(await report.locator('form').count()).toBe(0);
    }
    await report.close();
    // Forget asks first; the second click forgets.
    await probe.click('panel', 'button', 'Forget this profile');
    await probe.click('panel', 'button', 'Yes, forget it');
    await probe.waitFor(() => /no longer remembers|nothing stored/.test(rootOf(document.querySelector('[data-telltale="panel"]'))?.textContent ?? ''));
    await page.close();
  });

  it('on a fresh load shows a "reading the page" pill as soon as the top card is parsed, then the real pill in its place', async () => {
    const page = await session.open(DEMO_PROFILE_URL, { initScript: PILL_HISTORY });
    await page.waitForFunction(() => document.querySelectorAll('[data-telltale="badge"]').length > 0, undefined, { timeout: 20_000 });
    const history = await (await probeOf(page)).run(pillHistory);
    // First the early script's status (not a button: there is nothing to open yet), then the
    // full script's pill, drawn over it in the same host: never two pills at once.
    expect(history[0]).toBe('1|status|Telltale: reading the page…');
    expect(history.at(-1)).toMatch(/^1\|button\|Telltale: High risk · /);
    expect(history.every((s) => s.startsWith('1|'))).toBe(true);
    expect(await page.evaluate(() => document.querySelector('h1')?.nextElementSibling?.getAttribute('data-telltale'))).toBe('pill');
    await page.close();
  });

  it('the early pill says the page could not be checked when the full script never answers', async () => {
    // A copy of the extension whose full content script does nothing, and whose early script gives
    // up after 1 s instead of 15 s (its vite mode "e2e-fast-timers").
    const dir = mkdtempSync(join(tmpdir(), 'telltale-e2e-early-'));
    const out = mkdtempSync(join(tmpdir(), 'telltale-e2e-early-build-'));
    let broken: ChromiumSession | null = null;
    try {
      cpSync(chromeDist, dir, { recursive: true });
      const config = scriptConfig('early');
      await build({ ...config, mode: 'e2e-fast-timers', logLevel: 'error', build: { ...config.build, outDir: out, emptyOutDir: true } });
      cpSync(join(out, 'early.js'), join(dir, 'early.js'));
      writeFileSync(join(dir, 'content.js'), '/* a full content script that never runs its reader */\n');
      broken = await launchChromium(site, { dist: dir });
      const page = await broken.open(DEMO_PROFILE_URL);
      const probe = await chromiumProbe(page);
      const label = () => rootOf(document.querySelector('[data-telltale="pill"]'))?.querySelector('[data-part~="pill"]')?.textContent ?? null;
      expect(await probe.waitFor(label, undefined, 10_000)).toBe('Telltale: reading the page…');
      await probe.waitFor((l) => l !== rootOf(document.querySelector('[data-telltale="pill"]'))?.querySelector('[data-part~="pill"]')?.textContent, 'Telltale: reading the page…', 10_000);
      expect(await probe.run(label)).toBe('Telltale: could not check this page (no answer from the extension)');
    } finally {
      await broken?.close();
      rmSync(dir, { recursive: true, force: true });
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('says a page it cannot read could not be checked, never that it is clean', async () => {
    const page = await session.open(AUTHWALL_URL);
    await page.waitForFunction(() => !!document.querySelector('[data-telltale="pill"]'), undefined, { timeout: 20_000 });
    const state = await (await probeOf(page)).run(uiState);
    expect(state.pill).toMatch(/^Telltale: could not check this page \(.+\)$/);
    expect(state.pill).not.toMatch(/No concerns/);
    expect(state.badges).toEqual([]);
    await page.close();
  });

  it('in quiet mode puts nothing in the page, and reacts when the setting changes', async () => {
    const setQuiet = (quietMode: boolean) =>
      session.worker.evaluate(async (q) => {
        const got = await chrome.storage.local.get('settings');
        await chrome.storage.local.set({ settings: { ...(got.settings as object | undefined), quietMode: q } });
      }, quietMode);
    const page = await openWithBadges(DEMO_PROFILE_URL);
    await setQuiet(true);
    await page.waitForFunction(() => document.querySelectorAll('[data-telltale]').length === 0, undefined, { timeout: 10_000 });
    // A profile opened in quiet mode never gets any element (not even the early "reading the
    // page" pill), but the worker still has its findings.
    const quietPage = await session.open(SECOND_PROFILE_URL, { initScript: PILL_HISTORY });
    await sleep(1_500);
    expect(await quietPage.evaluate(() => document.querySelectorAll('[data-telltale]').length)).toBe(0);
    expect(await (await probeOf(quietPage)).run(pillHistory)).toEqual([]);
    const stored = (await session.worker.evaluate(() => chrome.storage.session.get(null))) as Record<string, { status?: string; snapshot?: { name?: string } }>;
    expect(Object.values(stored).some((s) => s?.status === 'profile' && s.snapshot?.name === 'Priya Natarajan')).toBe(true);
    await setQuiet(false);
    await quietPage.waitForFunction(() => document.querySelectorAll('[data-telltale="badge"]').length > 0, undefined, { timeout: 10_000 });
    await quietPage.close();
    await page.close();
  });

  describe.skipIf(!haveShared)('on the real saved pages', () => {
    for (const real of REAL_PAGES) {
      it(`${real.file}: the pill says the level in words; badges sit on their entries; axe finds nothing`, async () => {
        // Some saved pages require Trusted Types, which a script tag added later cannot pass: load axe first.
        const page = await session.context.newPage();
        await page.addInitScript({ path: AXE_PATH });
        await page.goto(real.url);
        // The real pill (a button), not the early "reading the page" status.
        await (await probeOf(page)).waitFor(() => !!rootOf(document.querySelector('[data-telltale="pill"]'))?.querySelector('button'), undefined, 30_000);
        await sleep(500);
        const state = await (await probeOf(page)).run(uiState);
        expect(state.pill).toMatch(PILL_FORMAT);
        // The pill is right after the top card's name.
        expect(await page.evaluate(() => document.querySelector('[data-telltale="pill"]')?.previousElementSibling?.tagName)).toBe('H1');
        // Each entry's badge sits on the entry the readers took that ref from (read here in Node).
        const snapshot = readPage(parseHTML(site.get(real.url)!).document as unknown as Document, real.url);
        for (const b of state.badges) {
          expect(b.text.length).toBeGreaterThan(0);
          expect(b.beside.length, `${b.key} sits beside nothing`).toBeGreaterThan(0);
          if (!isSnapshot(snapshot)) continue;
          const entry = snapshot.experience.find((p) => p.ref === b.key) ?? snapshot.education.find((e) => e.ref === b.key);
          if (entry) expect(b.beside).toContain('title' in entry ? entry.title : entry.school);
        }
        expect(new Set(state.badges.map((b) => b.key)).size).toBe(state.badges.length);
        await (await probeOf(page)).click('pill', 'button');
        await page.waitForFunction(() => !!document.querySelector('[data-telltale="panel"]'));
        const axe = await (await probeOf(page)).run(axeOnHosts);
        expect(axe.violations).toEqual([]);
        console.log(`[ui.test] ${real.file}: ${state.pill}; badges: ${state.badges.map((b) => `${b.key} "${b.text}"`).join(', ') || 'none'}`);
        await page.close();
      });
    }
  });
});

// ---- Firefox ---------------------------------------------------------------------------------------------

describe('Firefox', () => {
  let session: FirefoxSession;
  const probes = new WeakMap<PuppeteerPage, UiProbe>();
  // (async like Chromium's, so both describes read the same)
  const probeOf = async (page: PuppeteerPage): Promise<UiProbe> => {
    let probe = probes.get(page);
    if (!probe) probes.set(page, (probe = firefoxProbe(session.browser, page)));
    return probe;
  };
  beforeAll(async () => {
    // A fixed extension host, so the test may read the report page the panel opens (harness.ts).
    session = await launchFirefox(site, { extensionUuid: '0c6f2a9e-3b1d-4e7a-8f25-6d4c1b9a7e30' });
  });
  afterAll(async () => session?.close());

  const openWithBadges = async (url: string) => {
    const page = await session.open(url);
    await page.waitForFunction(() => document.querySelectorAll('[data-telltale="badge"]').length > 0, { timeout: 20_000 });
    return page;
  };

  it('shows the pill and the badges, opens and closes the panel by keyboard, and axe finds nothing', async () => {
    const page = await openWithBadges(DEMO_PROFILE_URL);
    const state = await (await probeOf(page)).run(uiState);
    expect(state.pill).toMatch(/^Telltale: High risk · /);
    const keys = state.badges.map((b) => b.key);
    expect(keys).toEqual(expect.arrayContaining(['experience:0', 'experience:1', 'activity', 'name']));
    expect(state.badges.find((b) => b.key === 'experience:1')?.beside).toContain('Lead Backend Developer');

    await (await probeOf(page)).run(focusButton, { role: 'pill' });
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !!document.querySelector('[data-telltale="panel"]'), { timeout: 10_000 });
    expect(await (await probeOf(page)).run(focusPlace)).toBe('panel');
    expect(await (await probeOf(page)).run(panelText)).toContain('not a verdict');
    await page.addScriptTag({ path: AXE_PATH });
    const axe = await (await probeOf(page)).run(axeOnHosts);
    expect(axe.violations).toEqual([]);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('[data-telltale="panel"]'), { timeout: 10_000 });
    expect(await (await probeOf(page)).run(focusPlace)).toBe('pill');

    await (await probeOf(page)).run(focusButton, { role: 'badge', key: 'experience:0' });
    await page.keyboard.press(' ');  // puppeteer's name for the space bar
    await page.waitForFunction(() => !!document.querySelector('[data-telltale="panel"]'), { timeout: 10_000 });
    // Focus is on the finding the badge names.
    expect(await (await probeOf(page)).run(focusPlace)).toMatch(/^panel:finding:/);
    expect(await (await probeOf(page)).run(focusedFindingTitle)).toBe((await (await probeOf(page)).run(uiState)).badges.find((b) => b.key === 'experience:0')?.text);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('[data-telltale="panel"]'), { timeout: 10_000 });
    expect(await (await probeOf(page)).run(focusPlace)).toBe('badge:experience:0');
    await page.close();
  });

  it('on a fresh load shows a "reading the page" pill first, then the real pill in its place', async () => {
    const page = await session.open(DEMO_PROFILE_URL, { initScript: PILL_HISTORY });
    await page.waitForFunction(() => document.querySelectorAll('[data-telltale="badge"]').length > 0, { timeout: 20_000 });
    const history = await (await probeOf(page)).run(pillHistory);
    expect(history[0]).toBe('1|status|Telltale: reading the page…');
    expect(history.at(-1)).toMatch(/^1\|button\|Telltale: High risk · /);
    expect(history.every((s) => s.startsWith('1|'))).toBe(true);
    await page.close();
  });

  it('renders a name made of HTML markup as text and runs nothing', async () => {
    const page = await openWithBadges(XSS_URL);
    await (await probeOf(page)).run(focusButton, { role: 'pill' });
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !!document.querySelector('[data-telltale="panel"]'), { timeout: 10_000 });
    // The name shows in the report page's heading ("Report <name>"), as characters.
    const before = await firefoxReportPages(session.browser);
    await (await probeOf(page)).click('panel', 'button', 'Report this profile');
    const report = await firefoxReportPage(session.browser, before);
    expect(await report.$eval('[data-telltale-report="form"] h2', (h) => h.textContent)).toContain(XSS_NAME);
    expect(await report.evaluate(() => document.querySelectorAll('img').length)).toBe(0);
    await report.close();
    expect(await page.evaluate(() => (window as unknown as { __telltaleXss?: number }).__telltaleXss ?? null)).toBeNull();
    await page.close();
  });

  it('after in-app navigation shows exactly the second profile\'s badges', async () => {
    const page = await openWithBadges(DEMO_PROFILE_URL);
    await page.evaluate(navigateInApp, { url: SECOND_PROFILE_URL, html: secondProfileHtml() });
    await page.waitForFunction(
      () => {
        const keys = [...document.querySelectorAll('[data-telltale="badge"]')].map((h) => h.getAttribute('data-telltale-key'));
        return keys.some((k) => k?.startsWith('experience')) && /Priya/.test(document.querySelector('h1')?.textContent ?? '');
      },
      { timeout: 10_000 },
    );
    await sleep(600);
    const state = await (await probeOf(page)).run(uiState);
    expect(new Set(state.badges.map((b) => b.key)).size).toBe(state.badges.length);
    expect(state.badges.map((b) => b.key)).toEqual(expect.arrayContaining(['experience:0', 'experience:1', 'activity']));
    expect(state.badges.every((b) => b.beside.length > 0 && !/Jordan/.test(b.beside))).toBe(true);
    // The same places as a fresh load of the second profile.
    const fresh = await openWithBadges(SECOND_PROFILE_URL);
    await sleep(600);
    const expected = await (await probeOf(fresh)).run(uiState);
    const places = (st: UiState) => st.badges.map(({ key, placement, beside }) => ({ key, placement, beside }));
    expect(places(state)).toEqual(places(expected));
    await fresh.close();
    await page.close();
  });

  describe.skipIf(!haveShared)('on the real saved pages', () => {
    for (const real of REAL_PAGES) {
      it(`${real.file}: the pill says the level in words, beside the name; axe finds nothing`, async () => {
        // Some saved pages require Trusted Types, which a script tag added later cannot pass: load axe first.
        const page = await session.open('about:blank');
        await page.evaluateOnNewDocument(readFileSync(AXE_PATH, 'utf8'));
        await page.goto(real.url);
        await (await probeOf(page)).waitFor(() => !!rootOf(document.querySelector('[data-telltale="pill"]'))?.querySelector('button'), undefined, 30_000);
        await sleep(500);
        const state = await (await probeOf(page)).run(uiState);
        expect(state.pill).toMatch(PILL_FORMAT);
        expect(await page.evaluate(() => document.querySelector('[data-telltale="pill"]')?.previousElementSibling?.tagName)).toBe('H1');
        expect(state.badges.every((b) => b.text.length > 0 && b.beside.length > 0)).toBe(true);
        await (await probeOf(page)).run(focusButton, { role: 'pill' });
        await page.keyboard.press('Enter');
        await page.waitForFunction(() => !!document.querySelector('[data-telltale="panel"]'), { timeout: 10_000 });
        expect((await (await probeOf(page)).run(axeOnHosts)).violations).toEqual([]);
        await page.close();
      });
    }
  });
});
