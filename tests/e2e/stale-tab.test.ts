// Issue 23, item 4, in the built extension, in Chromium and Firefox: a tab's state ends with the
// profile. After an in-app navigation from the profile to the feed, the toolbar badge is gone and
// the tab's state is no profile's; the compare page opened for that tab earlier compares nothing and
// says why; opened now for that tab, for a tab that does not exist or for junk, it says so and picks
// no other tab; the report page opened for it says the tab shows no profile.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PROFILE_URL, demoProfileHtml } from '../../demo/render.ts';
import { launchChromium, launchFirefox, poll, type ChromiumSession, type FirefoxSession } from './harness.ts';

const site = new Map([[DEMO_PROFILE_URL, demoProfileHtml()]]);

/** What the flow needs of a browser. */
interface Driver {
  /** Runs in an extension page (with the extension's API). */
  ext<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Runs in the profile's page (the page's own world). */
  inProfile<R>(fn: () => R): Promise<R>;
  /** Opens an extension page (path after the extension's origin) in a new tab and returns its text once it has settled. */
  openExtensionPage(path: string, settled: string): Promise<{ text: () => Promise<string>; eval<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>; close(): Promise<void> }>;
}


async function flow(d: Driver): Promise<void> {
  const tabId = await poll(() => d.ext(async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id ?? null, DEMO_PROFILE_URL), (id) => id !== null, 'the profile tab');
  const badge = () => d.ext((id) => chrome.action.getBadgeText({ tabId: id! }), tabId);
  const status = () => d.ext(async (id) => ((await chrome.runtime.sendMessage({ type: 'ui/tab-state', tabId: id })) as { state?: { status: string } }).state?.status ?? 'error', tabId);
  await poll(badge, (b) => b === 'H', 'the badge on the profile', 30_000);

  // The compare page, opened for the tab while it shows the profile.
  const earlier = await d.openExtensionPage(`compare/compare.html#tab=${tabId}`, 'Jordan Ellis');

  // In-app navigation to the feed: the state and the badge go.
  await d.inProfile(() => history.pushState({}, '', '/feed/'));
  await poll(status, (s) => s !== 'profile', "the tab's state after leaving the profile");
  await poll(badge, (b) => b === '', 'the badge after leaving the profile');

  // The compare page opened earlier compares nothing now, and says why.
  await earlier.eval((text) => {
    const area = document.querySelector('textarea')!;
    area.value = text;
    area.dispatchEvent(new Event('input', { bubbles: true }));
  }, 'Ada Example\nExperience\nStaff Engineer, Examplesoft Inc.\n2019 – Present');
  await poll(() => earlier.eval(() => {
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Compare');
    if (button && !button.disabled) button.click();
    return document.querySelector('[role=alert]')?.textContent ?? '';
  }, null), (t) => t.includes('no longer shows it'), 'the earlier compare page');
  expect(await earlier.text()).not.toContain('The application as read');
  await earlier.close();

  // Opened now for that tab, for no such tab, for junk: said, and no other tab picked.
  for (const [hash, words] of [[`#tab=${tabId}`, 'no longer shows a LinkedIn profile'], ['#tab=999999', 'no longer shows a LinkedIn profile'], ['#tab=abc', 'names no tab']] as const) {
    const page = await d.openExtensionPage(`compare/compare.html${hash}`, words);
    expect(await page.eval(() => (document.querySelector('input[type=file]') as HTMLInputElement).disabled, null)).toBe(true);
    await page.close();
  }
  const report = await d.openExtensionPage(`report.html#tab=${tabId}`, 'no longer shows a profile');
  await report.close();
}

describe('stale tabs, Chromium', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium(site);
  });
  afterAll(async () => session?.close());

  it('a tab that leaves its profile loses its state and badge; the compare and report pages act on nothing and say so', { timeout: 120_000 }, async () => {
    const profile = await session.open(DEMO_PROFILE_URL);
    const control = await session.context.newPage();
    await control.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await flow({
      ext: (fn, arg) => control.evaluate(fn as never, arg) as never,
      inProfile: (fn) => profile.evaluate(fn),
      openExtensionPage: async (path, settled) => {
        const page = await session.context.newPage();
        await page.goto(`chrome-extension://${session.extensionId}/${path}`);
        await page.waitForFunction((words) => document.body.textContent?.includes(words), settled, { timeout: 20_000 });
        return { text: () => page.locator('body').innerText(), eval: (fn, arg) => page.evaluate(fn as never, arg) as never, close: () => page.close() };
      },
    });
    expect(session.strayRequests.filter((u) => !u.includes('/feed/'))).toEqual([]);
  });
});

describe('stale tabs, Firefox', () => {
  const UUID = '8c2e4f6a-1b3d-4e5f-9a7b-0c2d4e6f8a1b';
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchFirefox(site, { extensionUuid: UUID });
  });
  afterAll(async () => session?.close());

  it('a tab that leaves its profile loses its state and badge; the compare and report pages act on nothing and say so', { timeout: 120_000 }, async () => {
    const profile = await session.open(DEMO_PROFILE_URL);
    const go = async (page: Awaited<ReturnType<typeof session.browser.newPage>>, url: string) => {
      // An extension page's load event can fail to reach WebDriver: wait for its content instead.
      await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 3_000 }).catch(() => undefined);
      await page.waitForSelector('main, p', { timeout: 10_000 });
    };
    const control = await session.browser.newPage();
    await go(control, `moz-extension://${UUID}/popup.html`);
    await flow({
      ext: (fn, arg) => control.evaluate(fn as never, arg) as never,
      inProfile: (fn) => profile.evaluate(fn),
      openExtensionPage: async (path, settled) => {
        const page = await session.browser.newPage();
        await go(page, `moz-extension://${UUID}/${path}`);
        await page.waitForFunction((words: string) => document.body.textContent?.includes(words), { timeout: 20_000 }, settled);
        return { text: () => page.evaluate(() => document.body.textContent ?? ''), eval: (fn, arg) => page.evaluate(fn as never, arg) as never, close: () => page.close() };
      },
    });
  });
});
