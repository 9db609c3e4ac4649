// A profile of the 2026 server-driven structure whose Experience and Education render only when
// the user scrolls to them (tests/extract/lazy-sdui.ts, from an invented person): before, the
// panel says they have not loaded yet; after it the page watcher reads them and the overlapping
// roles get their badges, in the built extension in Chromium and Firefox.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LAZY_SDUI_URL, lazySduiPage } from '../extract/lazy-sdui.ts';
import { chromiumProbe, firefoxProbe, type RootOf, type UiProbe } from './closed-roots.ts';
import { chromeDist, firefoxDist, launchChromium, launchFirefox, type ChromiumSession, type FirefoxSession } from './harness.ts';

declare const rootOf: RootOf;

const site = new Map([[LAZY_SDUI_URL, lazySduiPage()]]);
const EXPERIENCE_SLOT = 'profileCardsExperienceOnlylena-okafor-example';

/** The real pill's text (a button), not the early "reading the page" status. */
const pillText = () => {
  const root = rootOf(document.querySelector('[data-telltale="pill"]'));
  return root?.querySelector('button') ? (root.querySelector('[data-part~="pill"]')?.textContent?.trim() ?? null) : null;
};

const panelText = () => rootOf(document.querySelector('[data-telltale="panel"]'))?.textContent ?? null;

/** Badges drawn inside the Experience card: which entry each sits in, and what it says. */
const experienceBadges = (slot: string) =>
  [...document.querySelectorAll(`#${slot} [data-telltale="badge"]`)].map((host) => ({
    entry: host.closest('li')?.querySelector('p')?.textContent ?? null,
    text: rootOf(host)?.textContent ?? '',
  }));

async function scenario(probe: UiProbe, scroll: () => Promise<unknown>): Promise<void> {
  // Before the scroll: the placeholders are empty, so the checks that need Experience wait.
  const before = await probe.waitFor(pillText, undefined, 20_000);
  expect(before).toMatch(/checks ran$/);
  expect(await probe.run(experienceBadges, EXPERIENCE_SLOT)).toEqual([]);
  await probe.click('pill', 'button');
  const panel = await probe.waitFor(() => {
    const t = rootOf(document.querySelector('[data-telltale="panel"]'))?.querySelector('[role="dialog"]')?.textContent ?? '';
    return t.length > 0 ? t : null;
  });
  expect(panel).toMatch(/Experience has not loaded yet/);
  expect(panel).not.toMatch(/no Experience section/);

  // The user scrolls to them: the page renders the cards, the watcher reads them, the badges follow.
  await scroll();
  const badges = await probe.waitFor((slot: string) => {
    const found = [...document.querySelectorAll(`#${slot} [data-telltale="badge"]`)].map((host) => ({
      entry: host.closest('li')?.querySelector('p')?.textContent ?? null,
      text: rootOf(host)?.querySelector('[data-part~="badge"]')?.textContent ?? '',
    }));
    return found.length >= 2 && found.every((b) => b.text !== '') ? found : null;
  }, EXPERIENCE_SLOT, 20_000);
  expect(badges?.map((b) => b.entry).sort()).toEqual(['Data Engineer', 'Senior Data Engineer']);
  for (const b of badges ?? []) expect(b.text).toMatch(/full-time/i);
  expect(await probe.run(panelText)).not.toMatch(/Experience has not loaded yet/);
}

beforeAll(() => {
  for (const dist of [chromeDist, firefoxDist]) if (!existsSync(`${dist}/manifest.json`)) throw new Error(`${dist} is missing: run npm run build first`);
});

describe('Chromium: a 2026 profile whose Experience renders on scroll', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium(site);
  });
  afterAll(async () => session?.close());

  it('says Experience has not loaded yet, then badges its entries once rendered', async () => {
    const page = await session.open(LAZY_SDUI_URL);
    await scenario(await chromiumProbe(page), () => page.evaluate(() => window.dispatchEvent(new Event('lazy-render'))));
    await page.close();
  });
});

describe('Firefox: a 2026 profile whose Experience renders on scroll', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchFirefox(site);
  });
  afterAll(async () => session?.close());

  it('says Experience has not loaded yet, then badges its entries once rendered', async () => {
    const page = await session.open(LAZY_SDUI_URL);
    await scenario(firefoxProbe(session.browser, page), () => page.evaluate(() => window.dispatchEvent(new Event('lazy-render'))));
    await page.close();
  });
});
