// Issue 25, item 3, in the built extension, in Chromium and Firefox: one truth per profile on every
// screen. Each transition (Cleared from the in-page panel, its undo from another screen, a report,
// its undo, Forget) is followed by a read of the pill, the toolbar button (text and title), the
// popup, the side panel and the report page (the last two in Chromium), which must all say the same.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PROFILE_URL, demoProfileHtml } from '../../demo/render.ts';
import { chromiumProbe, firefoxProbe, type RootOf, type UiProbe } from './closed-roots.ts';
import { launchChromium, launchFirefox, poll, type ChromiumSession, type FirefoxSession } from './harness.ts';

declare const rootOf: RootOf;

const site = new Map([[DEMO_PROFILE_URL, demoProfileHtml()]]);

interface Driver {
  probe: UiProbe;
  /** Whether the side panel and the report page are read too (their code is the same in both browsers). */
  allPages: boolean;
  /** Runs in an extension page (with the extension's API as `chrome`). */
  ext<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /**
   * The text of an extension page (path after the extension's origin), read afresh: opened, then
   * `opened()` awaited (the side panel follows the window's active tab, which a new page may be),
   * then read once `ready` matches in it.
   */
  pageText(path: string, ready: () => boolean, opened?: () => Promise<void>): Promise<string>;
}

interface Screens {
  pill: string;
  review: string;
  badge: string;
  title: string;
  popup: string;
  /** null: not read in this browser. */
  side: string | null;
  report: string | null;
}

/** A screen not read in this browser says nothing against the others. */
const says = (text: string | null, re: RegExp) => text === null || re.test(text);
const saysNot = (text: string | null, re: RegExp) => text === null || !re.test(text);

/** An expression true once the page at `path` (not the one before it) is there and `ready()` holds in it. */
const readyOn = (path: string, ready: () => boolean) => `location.href.endsWith(${JSON.stringify('/' + path)}) && (${ready.toString()})()`;


const pillOf = () => rootOf(document.querySelector('[data-telltale="pill"]'))?.querySelector('[data-part~="pill"]')?.textContent ?? '';
const reviewOf = () => rootOf(document.querySelector('[data-telltale="pill"]'))?.querySelector('[data-part~="review"]')?.textContent ?? '';

async function flow(d: Driver): Promise<void> {
  const tabId = await poll(() => d.ext(async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id ?? null, DEMO_PROFILE_URL), (id) => id !== null, 'the profile tab');
  const windowId = await d.ext(async (id) => (await chrome.tabs.get(id!)).windowId, tabId);
  const activate = () => d.ext(async (id) => void (await chrome.tabs.update(id!, { active: true })), tabId);
  await activate();
  await poll(() => d.probe.run(pillOf), (p) => /^Telltale: High risk · /.test(p), 'the pill with the level', 30_000);
  const state = await d.ext(async (id) => (await chrome.runtime.sendMessage({ type: 'ui/tab-state', tabId: id })) as { state: { profileKey: string } }, tabId);
  const profileKey = state.state.profileKey;

  // (Each predicate below names every screen it relies on: a read is one moment, and a screen read
  // early in it may not have caught up yet.)
  // Each read of a page has an address of its own (`&read=n`, which the pages ignore): the one read
  // before, still on screen while the next loads, must never pass for it.
  let reads = 0;
  const read = async (): Promise<Screens> => ({
    pill: await d.probe.run(pillOf),
    review: await d.probe.run(reviewOf),
    badge: await d.ext((id) => chrome.action.getBadgeText({ tabId: id! }), tabId),
    title: await d.ext((id) => chrome.action.getTitle({ tabId: id! }), tabId),
    popup: await d.pageText(`popup.html?tab=${tabId}&read=${++reads}`, () => !!document.querySelector('#tt-current')),
    side: d.allPages ? await d.pageText(`sidepanel.html?window=${windowId}&read=${++reads}`, () => !!document.querySelector('[data-telltale-side="panel"]')?.shadowRoot?.textContent, activate) : null,
    report: d.allPages ? await d.pageText(`report.html#tab=${tabId}`, () => !!document.querySelector('h1')) : null,
  });
  const until = (what: string, done: (s: Screens) => boolean) => poll(read, done, what, 30_000);
  const ask = (message: Record<string, unknown>) => d.ext((m) => chrome.runtime.sendMessage(m), message);

  // Before any review: the level everywhere, no decision anywhere.
  let s = await until('the first look', (x) => x.badge === 'H' && says(x.side, /High risk/));
  expect(s.review).toBe('');
  expect(s.title).toMatch(/^Telltale: High risk · \d+ findings/);
  expect(s.popup).toMatch(/High risk/);
  for (const text of [s.popup, s.side, s.report]) expect(saysNot(text, /Cleared by you|Reported by you/)).toBe(true);

  // Cleared in the in-page panel: the level stays everywhere, muted, beside the decision.
  await d.probe.click('pill', 'button');
  await d.probe.click('panel', 'label', 'Cleared');
  await d.probe.click('panel', 'button', 'Save review');
  s = await until('after Cleared', (x) => / · Cleared by you on /.test(x.pill) && / · Cleared by you on /.test(x.title) && says(x.side, /Cleared by you on/));
  expect(s.pill).toMatch(/^Telltale: High risk · Cleared by you on /);
  expect(s.review).toBe('');
  expect(s.badge).toBe('H');
  expect(s.title).toMatch(/^Telltale: High risk · Cleared by you on /);
  expect(s.popup).toMatch(/High risk · Cleared by you on /);
  expect(await d.probe.run(() => rootOf(document.querySelector('[data-telltale="pill"]'))?.querySelector('button')?.getAttribute('data-tone'))).toBe('cleared');

  // Its undo, from another screen (as the popup and the side panel send it): the page follows.
  await ask({ type: 'ui/review', profileKey, outcome: null });
  s = await until('after the review is removed', (x) => /^Telltale: High risk · \d+ findings/.test(x.pill) && /^Telltale: High risk · \d+ findings/.test(x.title) && !/Cleared by you/.test(x.popup) && saysNot(x.side, /Cleared by you/));
  expect(s.review).toBe('');
  for (const text of [s.popup, s.side]) expect(saysNot(text, /Cleared by you/)).toBe(true);

  // A report: every screen says it was reported.
  const sent = (await ask({ type: 'ui/report', profileKey, destinations: ['download'], note: '', screenshot: null, from: 'popup' })) as { ok: boolean };
  expect(sent.ok).toBe(true);
  s = await until('after a report', (x) => /Reported by you on/.test(x.review) && /Reported by you on/.test(x.popup) && says(x.side, /Reported by you on/) && says(x.report, /reported/i));
  expect(s.pill).toMatch(/^Telltale: High risk · /);
  expect(s.badge).toBe('H');
  expect(says(s.report, /already reported/i)).toBe(true);

  // Its undo: the decision goes from every screen (the report itself stays in the log).
  await ask({ type: 'ui/review', profileKey, outcome: null });
  await until('after the report\'s review is removed', (x) => x.review === '' && !/Reported by you/.test(x.popup) && saysNot(x.side, /Reported by you/));

  // Reported again, then forgotten: nothing of the decision is left on any screen, and the page is
  // read again (nothing remembered), so the popup has the profile, not "No profile in this tab".
  await ask({ type: 'ui/report', profileKey, destinations: ['download'], note: '', screenshot: null, from: 'popup' });
  await until('after the second report', (x) => /Reported by you on/.test(x.review));
  const forgot = (await ask({ type: 'ui/forget', profileKey })) as { ok: boolean; forgotten: boolean };
  expect(forgot).toMatchObject({ ok: true, forgotten: true });
  s = await until('after Forget', (x) => x.review === '' && x.badge === 'H' && /High risk/.test(x.popup) && !/Reported by you/.test(x.popup) && saysNot(x.side, /Reported by you/));
  expect(s.pill).toMatch(/^Telltale: High risk · /);
  expect(s.popup).not.toMatch(/No profile in this tab/);
}

describe('one truth on every screen, Chromium', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium(site);
  });
  afterAll(async () => session?.close());

  it('pill, toolbar, popup, side panel and report page agree after Cleared, Report, Forget and their undo', { timeout: 240_000 }, async () => {
    const profile = await session.open(DEMO_PROFILE_URL);
    const control = await session.context.newPage();
    await control.goto(`chrome-extension://${session.extensionId}/options.html`);
    const reader = await session.context.newPage();
    await flow({
      probe: await chromiumProbe(profile),
      allPages: true,
      ext: (fn, arg) => control.evaluate(fn as never, arg) as never,
      pageText: async (path, ready, opened) => {
        await reader.goto(`chrome-extension://${session.extensionId}/${path}`);
        await opened?.();
        await poll(() => reader.evaluate(readyOn(path, ready)).catch(() => false), (ok) => ok === true, `${path} ready`);
        await reader.waitForTimeout(300);
        return reader.evaluate(() => {
          const shadow = document.querySelector('[data-telltale-side="panel"]')?.shadowRoot?.textContent ?? '';
          return `${document.body.textContent ?? ''} ${shadow}`;
        });
      },
    });
    expect(session.strayRequests).toEqual([]);
  });
});

describe('one truth on every screen, Firefox', () => {
  const UUID = '3f1d2c4b-5a6e-4f70-8a9b-1c2d3e4f5a6b';
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchFirefox(site, { extensionUuid: UUID });
  });
  afterAll(async () => session?.close());

  it('pill, toolbar, popup, side panel and report page agree after Cleared, Report, Forget and their undo', { timeout: 240_000 }, async () => {
    const profile = await session.open(DEMO_PROFILE_URL);
    const go = async (page: Awaited<ReturnType<typeof session.browser.newPage>>, url: string, ready: string) => {
      // An extension page's load event can fail to reach WebDriver: wait for its content instead.
      await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 800 }).catch(() => undefined);
      await page.waitForSelector(ready, { timeout: 20_000 });
    };
    const control = await session.browser.newPage();
    await go(control, `moz-extension://${UUID}/options.html`, 'main');
    const reader = await session.browser.newPage();
    await flow({
      probe: firefoxProbe(session.browser, profile),
      // The popup is read here; the side panel and the report page are the same code as in Chromium
      // (a Firefox read of each takes seconds, and this file must stay within the suite's minutes).
      allPages: false,
      ext: (fn, arg) => control.evaluate(fn as never, arg) as never,
      pageText: async (path, ready, opened) => {
        // Not waited for (an extension page's load event can fail to reach WebDriver): its own address and content are.
        void reader.goto(`moz-extension://${UUID}/${path}`, { waitUntil: 'domcontentloaded', timeout: 5_000 }).catch(() => undefined);
        await opened?.();
        await poll(() => reader.evaluate(readyOn(path, ready)).catch(() => false), (ok) => ok === true, `${path} ready`);
        await new Promise((r) => setTimeout(r, 300));
        return reader.evaluate(() => {
          const shadow = document.querySelector('[data-telltale-side="panel"]')?.shadowRoot?.textContent ?? '';
          return `${document.body.textContent ?? ''} ${shadow}`;
        });
      },
    });
    expect(session.strayRequests).toEqual([]);
  });
});
