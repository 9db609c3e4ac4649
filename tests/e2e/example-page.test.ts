// Issue 25, item 5: the welcome page's "See an example" opens the bundled example inside the
// extension (no command to run): the invented demo person read, assessed and shown with the real
// pill, badges and panel; its recommended views (Contact info) are the demo's own; nothing is
// remembered, and the page fetches nothing (the demo's LinkedIn image addresses are blocked by its CSP).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PHONE } from '../../demo/render.ts';
import { chromiumProbe, type RootOf } from './closed-roots.ts';
import { launchChromium, poll, type ChromiumSession } from './harness.ts';

declare const rootOf: RootOf;

const pillText = () => rootOf(document.querySelector('[data-telltale="pill"]'))?.querySelector('[data-part~="pill"]')?.textContent ?? '';
const panelText = () => rootOf(document.querySelector('[data-telltale="panel"]'))?.textContent ?? '';

describe('the example page, Chromium', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium(new Map());
  });
  afterAll(async () => session?.close());

  it('opens from the welcome page and shows the demo person with the real pill, badges and panel; remembers and fetches nothing', { timeout: 90_000 }, async () => {
    const welcome = await session.context.newPage();
    await welcome.goto(`chrome-extension://${session.extensionId}/welcome.html`);
    const link = welcome.locator('[data-welcome="example"]');
    await link.waitFor();
    expect(await welcome.locator('code').count()).toBe(0);
    const [page] = await Promise.all([session.context.waitForEvent('page'), link.click()]);
    // The page's Content-Security-Policy (img-src 'self' data:) stops the demo's image addresses before
    // any request leaves: Chromium reports each as failed with "csp". Anything else reached out.
    const requests: string[] = [];
    page.on('requestfinished', (r) => {
      if (/^https?:/.test(r.url())) requests.push(r.url());
    });
    page.on('requestfailed', (r) => {
      if (/^https?:/.test(r.url()) && r.failure()?.errorText !== 'csp') requests.push(`${r.url()} (${r.failure()?.errorText})`);
    });
    await page.waitForLoadState();
    expect(page.url()).toBe(`chrome-extension://${session.extensionId}/example.html`);
    await page.waitForFunction(() => document.querySelectorAll('[data-telltale="badge"]').length > 0, undefined, { timeout: 20_000 });
    expect(await page.locator('#tt-example-heading').textContent()).toMatch(/invented person/);
    const probe = await chromiumProbe(page);
    expect(await probe.run(pillText)).toMatch(/^Telltale: High risk · \d+ findings/);
    await probe.click('pill', 'button');
    await page.waitForFunction(() => !!document.querySelector('[data-telltale="panel"]'));
    const panel = await probe.run(panelText);
    expect(panel).toMatch(/Profile address names a different person/);
    // No review, report or forget here: nothing to keep.
    expect(panel).not.toMatch(/Report this profile|Forget this profile/);

    // The panel's first step opens Contact info: the demo's own view, read in place.
    await probe.click('panel', 'button', 'Open contact info');
    await poll(() => page.getAttribute('#tt-example-page', 'data-example-read'), (u) => /overlay\/contact-info\/$/.test(u ?? ''), 'the contact view read');
    await page.waitForFunction(() => document.querySelectorAll('[data-telltale="badge"]').length > 0, undefined, { timeout: 20_000 });
    expect(await page.locator('#tt-example-page').textContent()).toContain(DEMO_PHONE);
    await probe.click('pill', 'button');
    await page.waitForFunction(() => !!document.querySelector('[data-telltale="panel"]'));
    expect(await probe.run(panelText)).toContain(DEMO_PHONE);
    await page.getByRole('button', { name: 'Back to the profile' }).click();
    await poll(() => page.getAttribute('#tt-example-page', 'data-example-read'), (u) => /martin-kowalczyk-7b1a2c\/$/.test(u ?? ''), 'the profile again');
    // The demo's own links stay in the page: its "Contact info" link draws the demo's view here;
    // a company link is named, not opened.
    await page.locator('#tt-example-page a', { hasText: 'Contact info' }).first().click();
    await poll(() => page.getAttribute('#tt-example-page', 'data-example-read'), (u) => /overlay\/contact-info\/$/.test(u ?? ''), 'the contact view from the page link');
    await page.getByRole('button', { name: 'Back to the profile' }).click();
    await poll(() => page.getAttribute('#tt-example-page', 'data-example-read'), (u) => /martin-kowalczyk-7b1a2c\/$/.test(u ?? ''), 'the profile again');
    await page.locator('#tt-example-page a[href*="/company/"]').first().click();
    await page.waitForSelector('[data-example="elsewhere"]');
    expect(page.url()).toBe(`chrome-extension://${session.extensionId}/example.html`);

    // Nothing remembered, nothing fetched.
    const overview = (await welcome.evaluate(() => chrome.runtime.sendMessage({ type: 'ui/overview' }))) as { ok: boolean; overview: { recent: unknown[]; reports: unknown[] } };
    expect(overview.ok).toBe(true);
    expect(overview.overview.recent).toEqual([]);
    expect(overview.overview.reports).toEqual([]);
    expect(requests).toEqual([]);
    expect(session.strayRequests).toEqual([]);
  });
});
