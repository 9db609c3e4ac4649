// The built extension in real browsers: on a profile page the content script reads a snapshot,
// the worker validates and scores it, and the answer appears in the page.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PROFILE_URL, demoProfileHtml } from '../../demo/render.ts';
import { chromeDist, firefoxDist, launchChromium, launchFirefox, type ChromiumSession, type FirefoxSession } from './harness.ts';
import { chromiumProbe, firefoxProbe, type RootOf } from './closed-roots.ts';

declare const rootOf: RootOf;

const site = new Map([[DEMO_PROFILE_URL, demoProfileHtml()]]);

/** The pill's text, from inside its closed shadow root (the element marked data-part="pill"), reached through the test's privileged access (closed-roots.ts). */
const pillText = () => {
  // The real pill is a button; the early script's "reading the page" status is not the answer.
  const root = rootOf(document.querySelector('[data-telltale="pill"]'));
  return root?.querySelector('button') ? (root.querySelector('[data-part~="pill"]')?.textContent?.trim() ?? null) : null;
};

beforeAll(() => {
  for (const dist of [chromeDist, firefoxDist]) {
    if (!existsSync(`${dist}/manifest.json`)) throw new Error(`${dist} is missing: run npm run build first`);
  }
});

describe('Chromium', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium(site);
  });
  afterAll(async () => session?.close());

  it('shows the worker\'s answer beside the name on a profile page', async () => {
    const page = await session.open(DEMO_PROFILE_URL);
    const text = await (await chromiumProbe(page)).waitFor(pillText, undefined, 20_000);
    expect(text).toMatch(/^Telltale: ((High risk|Some concerns|Minor concerns|No concerns in what was checked) · \d+ findings? · |Partly checked: (\d+ findings? · )?|No signs so far · “About this profile” not opened · )\d+ of \d+ checks ran$/);
    // The pill sits right after the h1 that holds the name, not somewhere else on the page.
    const besideName = await page.evaluate(() => document.querySelector('h1')?.nextElementSibling?.getAttribute('data-telltale'));
    expect(besideName).toBe('pill');

    const stored = (await session.worker.evaluate(() => chrome.storage.session.get(null))) as Record<string, { status?: string; snapshot?: { name: string } }>;
    const tabState = Object.entries(stored).find(([key]) => key.startsWith('tab:'))?.[1];
    expect(tabState?.status).toBe('profile');
    expect(tabState?.snapshot?.name).toBe('Jordan Ellis');
    await page.close();
  });

  it('answers malformed and unknown messages with a clear error and stores nothing', async () => {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
    const storedNow = () =>
      page.evaluate(async () => ({ session: await chrome.storage.session.get(null), local: await chrome.storage.local.get(null) }));
    const before = await storedNow();
    const answers = await page.evaluate(async () => {
      const send = (m: unknown) => chrome.runtime.sendMessage(m);
      return {
        unknown: await send({ type: 'ui/launch-missiles' }),
        badField: await send({ type: 'ui/tab-state', tabId: 'seven' }),
        badOutcome: await send({ type: 'ui/review', profileKey: 'member:1', outcome: 'guilty' }),
        notAnObjectType: await send({ type: 'page/snapshot', snapshot: { name: 'x' } }),
      };
    });
    expect(await storedNow()).toEqual(before);
    expect(answers.unknown).toMatchObject({ ok: false });
    expect(String((answers.unknown as { error: string }).error)).toMatch(/invalid message|unknown/);
    expect(answers.badField).toMatchObject({ ok: false });
    expect(String((answers.badField as { error: string }).error)).toMatch(/tabId/);
    expect(answers.badOutcome).toMatchObject({ ok: false });
    expect(String((answers.badOutcome as { error: string }).error)).toMatch(/outcome/);
    // page/ messages are only taken from LinkedIn top frames: an extension page is refused.
    expect(answers.notAnObjectType).toEqual({ ok: false, error: 'refused: not a LinkedIn top frame' });
    await page.close();
  });
});

describe('Firefox', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchFirefox(site);
  });
  afterAll(async () => session?.close());

  it('shows the worker\'s answer beside the name on a profile page', async () => {
    const page = await session.open(DEMO_PROFILE_URL);
    const text = await firefoxProbe(session.browser, page).waitFor(pillText, undefined, 20_000);
    expect(text).toMatch(/^Telltale: ((High risk|Some concerns|Minor concerns|No concerns in what was checked) · \d+ findings? · |Partly checked: (\d+ findings? · )?|No signs so far · “About this profile” not opened · )\d+ of \d+ checks ran$/);
    const besideName = await page.evaluate(() => document.querySelector('h1')?.nextElementSibling?.getAttribute('data-telltale'));
    expect(besideName).toBe('pill');
    await page.close();
  });
});
