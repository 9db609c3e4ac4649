// The in-page UI in the browser's language: Chromium started in German shows the pill and the
// panel's headings from _locales/de (the extension's i18n API, no table in the content script).
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PROFILE_URL } from '../fixtures-ui/profiles.ts';
import { demoProfileHtml } from '../../demo/render.ts';
import { launchChromium, type ChromiumSession } from './harness.ts';
import { chromiumProbe, type RootOf } from './closed-roots.ts';

/** A Telltale host's closed root, answered by the test's privileged access (closed-roots.ts) inside probe.run(). */
declare const rootOf: RootOf;

const site = new Map([[DEMO_PROFILE_URL, demoProfileHtml()]]);

/** Debian's chromium has its UI languages in chromium-l10n (scripts/ensure-browsers.sh installs it when it can). */
const chromiumHasGerman = !!process.env.TELLTALE_CHROMIUM || existsSync('/usr/lib/chromium/locales/de.pak');
if (!chromiumHasGerman) console.log('[locale.test] /usr/lib/chromium/locales/de.pak is absent (apt-get install chromium-l10n): skipped');

/** The pill's text, and the open panel's title line and headings. */
function germanState(): { pill: string | null; sub: string | null; headings: string[]; lead: string | null } {
  const pill = rootOf(document.querySelector('[data-telltale="pill"]'));
  const panel = rootOf(document.querySelector('[data-telltale="panel"]'));
  return {
    pill: pill?.querySelector('[data-part~="pill"]')?.textContent?.trim() ?? null,
    sub: panel?.querySelector('h2 .sub')?.textContent?.trim() ?? null,
    headings: [...(panel?.querySelectorAll('h3') ?? [])].map((h) => h.textContent?.trim() ?? ''),
    lead: panel?.querySelector('.lead')?.textContent?.trim() ?? null,
  };
}

describe.skipIf(!chromiumHasGerman)('Chromium in German', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium(site, { lang: 'de' });
  });
  afterAll(async () => session?.close());

  it('shows the pill and the panel in German', async () => {
    expect(await session.worker.evaluate(() => chrome.i18n.getUILanguage())).toMatch(/^de\b/);
    const page = await session.open(DEMO_PROFILE_URL);
    await page.waitForFunction(() => document.querySelectorAll('[data-telltale="badge"]').length > 0, undefined, { timeout: 20_000 });
    const probe = await chromiumProbe(page);
    await probe.click('pill', 'button');
    await page.waitForFunction(() => !!document.querySelector('[data-telltale="panel"]'));
    const state = await probe.run(germanState);
    console.log(`[locale.test] de: ${JSON.stringify(state)}`);
    expect(state.pill).toMatch(/^Telltale: Hohes Risiko · \d+ Befunde? · \d+ von \d+ Prüfungen gelaufen$/);
    expect(state.sub).toMatch(/^Hohes Risiko · \d+ Befunde?$/);
    expect(state.lead).toMatch(/^Deutliche Anzeichen zu prüfen: .*Alarm/);
    expect(state.headings).toContain('Was als Nächstes zu prüfen ist');
    expect(state.headings).toContain('Nicht geprüft');
    expect(state.headings.some((h) => /^Befunde und Hinweise, die deutlichsten zuerst \(\d+\)$/.test(h))).toBe(true);
    await page.close();
  });
});
