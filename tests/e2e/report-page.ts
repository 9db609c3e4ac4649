// The report page (report.html#tab=<id>) that the in-page panel's "Report this profile…" has the
// worker open in a tab of its own: found among the browser's pages, filled in and sent there, as
// a user would. The form is an ordinary extension page, so plain selectors reach it.
import type { BrowserContext, Page } from 'playwright-core';
import type { Browser as PuppeteerBrowser, Page as PuppeteerPage } from 'puppeteer-core';

const isReportPage = (url: string) => /^(chrome|moz)-extension:\/\/[^/]+\/report\.html#tab=\d+$/.test(url);

/** The tab id a report page's address names. */
export const reportTabId = (url: string) => Number(/#tab=(\d+)$/.exec(url)?.[1] ?? NaN);

async function poll<T>(find: () => Promise<T | undefined> | T | undefined, timeoutMs: number, what: string): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const found = await find();
    if (found !== undefined) return found;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Report pages open now (Chromium). */
export const chromiumReportPages = (context: BrowserContext) => context.pages().filter((p) => isReportPage(p.url()));

/** The report page opened after `before` were there (Chromium). */
export async function chromiumReportPage(context: BrowserContext, before: readonly Page[] = [], timeoutMs = 10_000): Promise<Page> {
  const page = await poll(() => chromiumReportPages(context).find((p) => !before.includes(p)), timeoutMs, 'the report page');
  await page.waitForSelector('[data-telltale-report="form"], [role="alert"]', { timeout: timeoutMs });
  return page;
}

/**
 * Report pages open now (Firefox). WebDriver BiDi names an extension page's address about:blank to
 * the test, so each page is asked its own.
 */
export async function firefoxReportPages(browser: PuppeteerBrowser): Promise<PuppeteerPage[]> {
  const pages = await browser.pages();
  const where = await Promise.all(pages.map((p) => (isReportPage(p.url()) ? p.url() : p.evaluate(() => location.href).catch(() => ''))));
  return pages.filter((_p, i) => isReportPage(where[i]!));
}

/** A Firefox page's own address (see above). */
export const firefoxPageUrl = (page: PuppeteerPage) => page.evaluate(() => location.href);

export async function firefoxReportPage(browser: PuppeteerBrowser, before: readonly PuppeteerPage[] = [], timeoutMs = 10_000): Promise<PuppeteerPage> {
  const page = await poll(async () => (await firefoxReportPages(browser)).find((p) => !before.includes(p)), timeoutMs, 'the report page');
  await page.waitForSelector('[data-telltale-report="form"], [role="alert"]', { timeout: timeoutMs });
  return page;
}

/** What the form says it did, once sent: the destinations of its "Report made" list. */
export const SENT_DESTINATIONS = () => {
  const sent = document.querySelector('[data-telltale-report="sent"]');
  return sent ? [...sent.querySelectorAll('li[data-destination]')].map((li) => li.getAttribute('data-destination')) : null;
};

/** Each destination's box: ticked, and whether it can be ticked at all. */
export const DESTINATION_BOXES = () =>
  Object.fromEntries([...document.querySelectorAll<HTMLInputElement>('input[name^="tt-dest-"]')].map((b) => [b.name.slice('tt-dest-'.length), { checked: b.checked, disabled: b.disabled }]));
