// The toolbar popup and the options page in real Chromium and Firefox: the popup's empty states
// (no profile, no flagged profile, no report, no webhook set up, said as such), the findings of the
// demo profile strongest first with the level as a chip with a mark, the kept comparison with the
// application, buttons apart, each action's status beside its control, one date format; the
// options page's technical terms under a closed "Advanced"; axe-core finds nothing on either page,
// light and dark (dark in Chromium only: WebDriver BiDi cannot emulate prefers-color-scheme).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PROFILE_URL, demoProfileHtml } from '../../demo/render.ts';
import { chromeDist, firefoxDist, launchChromium, launchFirefox, root, type ChromiumSession, type FirefoxSession } from './harness.ts';

const site = new Map([[DEMO_PROFILE_URL, demoProfileHtml()]]);
const AXE = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');

async function axeViolations(page: { evaluate(f: string): Promise<unknown> }): Promise<string[]> {
  await page.evaluate(AXE);
  return (await page.evaluate(`(async () => (await axe.run(document, { resultTypes: ['violations'] })).violations.map((v) => v.id + ' ' + v.nodes.map((n) => JSON.stringify(n.target)).join(' ')))()`)) as string[];
}

/** What the popup says in its empty states, by data-empty. */
const EMPTIES = () => Object.fromEntries([...document.querySelectorAll('[data-empty]')].map((e) => [e.getAttribute('data-empty'), e.textContent?.trim() ?? '']));

/** Pairs of buttons in one container that touch or overlap (less than 4 px apart on one row). */
const TOUCHING = (selector: string) => {
  const boxes = [...document.querySelectorAll(selector)].map((b) => ({ name: b.textContent?.trim() ?? '', r: b.getBoundingClientRect() }));
  const out: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i]!, boxes[j]!];
      const sameRow = a.r.top < b.r.bottom && b.r.top < a.r.bottom;
      const gapX = Math.max(b.r.left - a.r.right, a.r.left - b.r.right);
      const gapY = Math.max(b.r.top - a.r.bottom, a.r.top - b.r.bottom);
      if (sameRow ? gapX < 4 : gapY < 4 && gapX < 4) out.push(`${a.name} / ${b.name}`);
    }
  return out;
};

/** The text of the options page outside any closed <details> (what a reader sees first). */
const VISIBLE_TEXT = () => {
  const copy = document.querySelector('main')!.cloneNode(true) as HTMLElement;
  for (const d of copy.querySelectorAll('details:not([open])')) for (const c of [...d.childNodes]) if (!(c instanceof HTMLElement && c.tagName === 'SUMMARY')) c.remove();
  return copy.textContent ?? '';
};

/** Each status region and the controls beside it (its parent's buttons, inputs and selects). */
const STATUS_NEIGHBOURS = () =>
  Object.fromEntries(
    [...document.querySelectorAll('[role=status]')].map((s) => [
      s.id || s.getAttribute('data-status'),
      [...(s.parentElement?.querySelectorAll('button, input, select') ?? [])].map((c) => c.getAttribute('name') ?? c.textContent?.trim()),
    ]),
  );

const COMPARISON = {
  source: 'pdf',
  fileName: 'cv.pdf',
  text: null,
  notChecked: [],
  findings: [
    { id: 'application-linkedin-url', signal: 'application-linkedin-url', severity: 'alert', title: 'The application links another profile', evidence: 'linkedin.com/in/someone-else' },
    { id: 'application-employment', signal: 'application-employment', severity: 'warn', title: 'An employer’s dates differ', evidence: 'Fabrikam: 2019 on the application, 2021 on the profile' },
  ],
};

beforeAll(() => {
  for (const dist of [chromeDist, firefoxDist]) if (!existsSync(`${dist}/popup.html`)) throw new Error(`${dist} has no popup: run npm run build first`);
});

describe('Chromium: popup and options', () => {
  let session: ChromiumSession;
  let ext: Page;
  beforeAll(async () => {
    session = await launchChromium(site);
    ext = await session.context.newPage();
    await ext.goto(`chrome-extension://${session.extensionId}/options.html`);
  });
  afterAll(async () => session?.close());
  const popupFor = async (tabId: number) => {
    const popup = await session.context.newPage();
    await popup.setViewportSize({ width: 400, height: 700 });
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('#tt-reports');
    return popup;
  };
  /** Waits for the worker's state of a tab's profile (the popup reads it once, when it opens). */
  const profileKeyOf = async (tabId: number): Promise<string> => {
    const read = () => ext.evaluate(async (id) => ((await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] as { profileKey?: string } | undefined)?.profileKey ?? null, tabId);
    await expect.poll(read, { timeout: 20_000 }).toBeTypeOf('string');
    return (await read())!;
  };
  const tabIdOf = (url: string) => ext.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id ?? null, url);

  it('popup with nothing yet: says there is no profile, no flagged profile, no report, and no webhook set up (not "all accepted"); axe light and dark', async () => {
    const blank = await session.context.newPage();
    await blank.goto('about:blank');
    const popup = await popupFor((await tabIdOf('about:blank'))!);
    const empties = await popup.evaluate(EMPTIES);
    expect(empties).toEqual({
      tab: 'Open a LinkedIn profile in this tab to see what Telltale finds on it.',
      recent: expect.stringMatching(/^No flagged profiles yet/),
      pending: expect.stringMatching(/^No team webhook is set up, so no report waits to be delivered\. Set one up in Options$/),
      reports: expect.stringMatching(/^No reports yet/),
    });
    expect(await popup.textContent('main')).not.toMatch(/accepted/);
    expect(await popup.getAttribute('[data-empty="pending"] a', 'href')).toBe('options.html#webhook');
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(popup), scheme).toEqual([]);
    }
    await Promise.all([popup.close(), blank.close()]);
  });

  it('popup on the demo: level chip with a mark, findings strongest first, the kept comparison, buttons apart, one date format, status beside Forget; axe light and dark', async () => {
    const profile = await session.open(DEMO_PROFILE_URL);
    const tabId = (await tabIdOf(DEMO_PROFILE_URL))!;
    const profileKey = await profileKeyOf(tabId);
    // The tab's state is written before the profile is remembered: kept once the profile is.
    const keep = () => ext.evaluate(([key, comparison]) => chrome.runtime.sendMessage({ type: 'ui/keep-comparison', profileKey: key, comparison, phones: [], emails: [] }), [profileKey, COMPARISON] as const);
    await expect.poll(keep, { timeout: 10_000 }).toMatchObject({ ok: true, kept: true });
    const made = (await ext.evaluate((key) => chrome.runtime.sendMessage({ type: 'ui/report', profileKey: key, destinations: [], note: '', screenshot: null }), profileKey)) as { ok: boolean; report: { bundle: { createdAt: string } } };
    expect(made.ok).toBe(true);

    const popup = await popupFor(tabId);
    await popup.waitForSelector('[data-popup="comparison"]');
    // The level: colour and a mark and words, as the pill.
    const chip = popup.locator('.level .chip');
    expect(await chip.getAttribute('class')).toBe('chip high');
    expect((await chip.textContent())?.trim()).toBe('▲High risk');
    expect(await popup.textContent('.level')).toMatch(/1 alert, \d+ warnings? and \d+ notes? · \d+ of \d+ checks ran/);
    // Strongest first.
    const severities = await popup.$$eval('.findings > li', (els) => els.map((e) => e.getAttribute('data-severity')));
    const rank = { alert: 0, warn: 1, info: 2 } as Record<string, number>;
    expect(severities[0]).toBe('alert');
    expect(severities.length).toBeGreaterThan(3);
    expect(severities.map((s) => rank[s!])).toEqual([...severities.map((s) => rank[s!]!)].sort((a, b) => a - b));
    // Issue 13's line, in the popup's one date format.
    const day = await popup.evaluate(() => new Date().toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }));
    expect(await popup.textContent('[data-popup="comparison"]')).toBe(`Compared with the application on ${day}: 2 disagreements`);
    const reportLine = (await popup.textContent('#tt-reports + ul > li'))!;
    const when = await popup.evaluate((iso) => new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(new Date(iso)), made.report.bundle.createdAt);
    expect(reportLine).toBe(`Jordan Ellis, ${when}: sent to your report log.`);
    for (const text of [reportLine, await popup.textContent('[data-popup="review"]'), await popup.textContent('[data-popup="comparison"]')]) expect(text).not.toMatch(/\d{4}-\d\d-\d\d|\d+\/\d+\/\d{4}|:\d\d:\d\d/);
    expect(await popup.evaluate(EMPTIES)).toEqual({ pending: expect.stringMatching(/^No team webhook is set up/) });
    // Styled buttons, apart from each other, with a focus ring from the keyboard.
    expect(await popup.evaluate(TOUCHING, '[data-popup="actions"] button')).toEqual([]);
    expect(await popup.$$eval('[data-popup="actions"] button', (bs) => bs.map((b) => b.className))).toEqual(['btn primary', 'btn', 'btn quiet']);
    await popup.focus('[data-popup="actions"] .btn.primary');
    await popup.keyboard.press('Tab');
    await popup.keyboard.press('Shift+Tab');
    expect(await popup.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid');
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(popup), scheme).toEqual([]);
    }
    // The profile's actions say what they did beside their buttons; Forget then takes the tab's
    // state away (the popup must not show what was forgotten) and still says what it did.
    expect(await popup.evaluate(STATUS_NEIGHBOURS)).toEqual({ current: ['Report…', 'Compare with the application…', 'Forget this profile'] });
    popup.once('dialog', (d) => void d.accept());
    await popup.getByRole('button', { name: 'Forget this profile' }).click();
    await expect.poll(() => popup.textContent('section[aria-labelledby="tt-current"] [data-status="current"]'), { timeout: 10_000 }).toMatch(/^Forgotten: /);
    await Promise.all([popup.close(), profile.close()]);
  });

  it('popup after a report with a file: the file links readable in dark (axe colour contrast)', async () => {
    const profile = await session.open(DEMO_PROFILE_URL);
    const tabId = (await tabIdOf(DEMO_PROFILE_URL))!;
    await profileKeyOf(tabId);
    const popup = await popupFor(tabId);
    await popup.getByRole('button', { name: 'Report…' }).click();
    await popup.waitForSelector('input[name="tt-dest-download"]');
    for (const d of ['clipboard', 'download']) if (await popup.isChecked(`input[name="tt-dest-${d}"]`)) await popup.click(`input[name="tt-dest-${d}"]`);
    await popup.click('input[name="tt-dest-download"]');
    expect(await popup.evaluate(TOUCHING, '.tt-report button')).toEqual([]);
    await popup.getByRole('button', { name: 'Send report' }).click();
    await popup.waitForSelector('[data-telltale-report="sent"] a[download]');
    await popup.emulateMedia({ colorScheme: 'dark' });
    expect(await popup.evaluate(() => getComputedStyle(document.querySelector('[data-telltale-report="sent"] a')!).color)).toBe('rgb(113, 183, 251)');
    expect(await axeViolations(popup)).toEqual([]);
    await Promise.all([popup.close(), profile.close()]);
  });

  it('report and compare pages: the panel\'s visual language (its buttons, fields that follow dark), axe light and dark', async () => {
    const profile = await session.open(DEMO_PROFILE_URL);
    const tabId = (await tabIdOf(DEMO_PROFILE_URL))!;
    await profileKeyOf(tabId);
    /** What a page's primary button and its text field look like, in the page's scheme. */
    const looks = () => {
      const button = document.querySelector('button.btn.primary');
      const field = document.querySelector('textarea');
      const css = (e: Element | null) => (e ? getComputedStyle(e) : null);
      return {
        buttonRadius: css(button)?.borderTopLeftRadius ?? null,
        buttonBg: css(button)?.backgroundColor ?? null,
        fieldBg: css(field)?.backgroundColor ?? null,
        bodyBg: css(document.body)?.backgroundColor ?? null,
        unstyledButtons: [...document.querySelectorAll('button')].filter((b) => !b.classList.contains('btn')).map((b) => b.textContent?.trim()),
      };
    };
    for (const [path, ready] of [
      [`report.html#tab=${tabId}`, 'textarea'],
      [`compare/compare.html#tab=${tabId}`, 'textarea'],
    ] as const) {
      const page = await session.context.newPage();
      await page.goto(`chrome-extension://${session.extensionId}/${path}`);
      await page.waitForSelector(ready);
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        const l = await page.evaluate(looks);
        // A rounded accent button (the panel's), not the browser's grey one; no button left without the panel's style.
        expect(l.buttonRadius, `${path} ${scheme}`).toBe('16px');
        expect(l.buttonBg, `${path} ${scheme}`).not.toMatch(/^rgba?\(2[0-4]\d, 2[0-4]\d, 2[0-4]\d/);
        expect(l.unstyledButtons, `${path} ${scheme}`).toEqual([]);
        // The text field follows the page: dark on dark, never a white box.
        expect(l.fieldBg, `${path} ${scheme}`).toBe(l.bodyBg);
        if (scheme === 'dark') expect(l.bodyBg, path).not.toBe('rgb(255, 255, 255)');
        expect(await axeViolations(page), `${path} ${scheme}`).toEqual([]);
      }
      await page.close();
    }
    await profile.close();
  });

  it('options: "Advanced" closed with the technical terms in it, plain words outside, each status beside its control; axe light and dark', async () => {
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.waitForSelector('button[name="export"]');
    const advanced = options.locator('details[data-options="advanced"]');
    expect(await advanced.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect((await advanced.locator('summary').textContent())?.trim()).toMatch(/^Advanced/);
    expect(await advanced.textContent()).toMatch(/POST.*Idempotency-Key.*Authorization: Bearer/s);
    const visible = await options.evaluate(VISIBLE_TEXT);
    expect(visible).toMatch(/Team webhook/);
    expect(visible).not.toMatch(/POST|Idempotency|Authorization|Bearer/);
    expect(await options.textContent('[data-empty="webhook"]')).toMatch(/^No team webhook is set up yet/);
    // No status at the top of the page: each one sits with its own controls.
    expect(await options.evaluate(STATUS_NEIGHBOURS)).toMatchObject({
      'status-region': ['region'],
      'status-webhook': ['webhookSubmit', 'webhookTest'],
      'status-data': ['export', 'importButton', 'import', 'deleteAll'],
    });
    await options.fill('input[name="region"]', 'gb');
    await options.press('input[name="region"]', 'Tab');
    await expect.poll(() => options.textContent('#status-region')).toBe('Saved: numbers without a country code are read as GB.');
    expect(await options.textContent('#status-webhook')).toBe('');
    await options.fill('input[name="webhookUrl"]', 'http://example.com/hook');
    await options.click('button[name="webhookSubmit"]');
    await expect.poll(() => options.textContent('#status-webhook')).toMatch(/must start with https:\/\//);
    expect(await options.getAttribute('#status-webhook', 'class')).toBe('status error');
    expect(await options.evaluate(TOUCHING, '#webhook .actions button')).toEqual([]);
    expect(await options.evaluate(TOUCHING, '#data .actions button')).toEqual([]);
    for (const open of [false, true]) {
      if (open) await advanced.locator('summary').click();
      for (const scheme of ['light', 'dark'] as const) {
        await options.emulateMedia({ colorScheme: scheme });
        expect(await axeViolations(options), `${scheme}${open ? ', Advanced open' : ''}`).toEqual([]);
      }
    }
    await options.close();
  });
});

describe('Firefox: popup and options', () => {
  const UUID = '3c1f6a2e-8b4d-4f7a-9e2c-5d6b7a8c9e01';
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchFirefox(site, { extensionUuid: UUID });
  });
  afterAll(async () => session?.close());
  const go = async (page: PuppeteerPage, url: string, selector: string) => {
    // An extension page's load event can fail to reach WebDriver: wait for its content instead.
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 5_000 }).catch(() => undefined);
    await page.waitForSelector(selector, { timeout: 10_000 });
  };
  type Api = typeof chrome;

  it('popup on the demo: findings strongest first, no webhook said as such; options: Advanced closed; axe finds nothing on either', async () => {
    const profile = await session.open(DEMO_PROFILE_URL);
    const popup = await session.browser.newPage();
    await go(popup, `moz-extension://${UUID}/popup.html`, 'main');
    const tabId = await popup.evaluate(async (u) => (await (globalThis as unknown as { browser: Api }).browser.tabs.query({})).find((t) => t.url === u)?.id, DEMO_PROFILE_URL);
    await expect
      .poll(async () => {
        await go(popup, `moz-extension://${UUID}/popup.html?tab=${tabId}`, '#tt-reports');
        return popup.$$eval('.findings > li', (els) => els.map((e) => e.getAttribute('data-severity')));
      }, { timeout: 30_000 })
      .toContain('alert');
    const severities = await popup.$$eval('.findings > li', (els) => els.map((e) => e.getAttribute('data-severity')));
    const rank = { alert: 0, warn: 1, info: 2 } as Record<string, number>;
    expect(severities[0]).toBe('alert');
    expect(severities.map((s) => rank[s!])).toEqual([...severities.map((s) => rank[s!]!)].sort((a, b) => a - b));
    expect(await popup.evaluate(EMPTIES)).toMatchObject({ pending: expect.stringMatching(/^No team webhook is set up/), reports: expect.stringMatching(/^No reports yet/) });
    expect(await popup.evaluate(TOUCHING, '[data-popup="actions"] button')).toEqual([]);
    expect(await axeViolations(popup)).toEqual([]);

    const options = await session.browser.newPage();
    await go(options, `moz-extension://${UUID}/options.html`, 'button[name="export"]');
    expect(await options.$eval('details[data-options="advanced"]', (d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await options.evaluate(VISIBLE_TEXT)).not.toMatch(/POST|Idempotency|Authorization|Bearer/);
    expect(await options.evaluate(STATUS_NEIGHBOURS)).toMatchObject({ 'status-webhook': ['webhookSubmit', 'webhookTest'] });
    expect(await axeViolations(options)).toEqual([]);
    await Promise.all([options.close(), popup.close(), profile.close()]);
  });
});
