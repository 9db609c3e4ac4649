// The in-page UI in the browser's language: Chromium started in German shows the pill and the
// panel's headings from _locales/de (the extension's i18n API, no table in the content script).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PROFILE_URL } from '../fixtures-ui/profiles.ts';
import { demoProfileHtml } from '../../demo/render.ts';
import { launchChromium, poll, root, type ChromiumSession } from './harness.ts';
import { chromiumProbe, type RootOf } from './closed-roots.ts';

/** A Telltale host's closed root, answered by the test's privileged access (closed-roots.ts) inside probe.run(). */
declare const rootOf: RootOf;

const site = new Map([[DEMO_PROFILE_URL, demoProfileHtml()]]);

const table = (lang: string) => JSON.parse(readFileSync(join(root, '_locales', lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
const messagesOf = (lang: string) => Object.fromEntries(Object.entries(table(lang)).map(([k, v]) => [k, v.message])) as Record<string, string | undefined>;
const en = messagesOf('en');
const de = messagesOf('de');

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

  it('prepares the IC3 text in English when the option asks, the rest of the report in German', async () => {
    const page = await session.open(DEMO_PROFILE_URL);
    await page.waitForFunction(() => document.querySelectorAll('[data-telltale="badge"]').length > 0, undefined, { timeout: 20_000 });
    const ext = await session.context.newPage();
    await ext.goto(`chrome-extension://${session.extensionId}/options.html`);
    // The option as a recruiter ticks it: the options page's own checkbox.
    await ext.getByRole('checkbox', { name: de.opt_english_label! }).check();
    await ext.getByText(de.opt_english_on!, { exact: true }).waitFor({ timeout: 10_000 });
    const ui = (m: unknown) => ext.evaluate((msg) => chrome.runtime.sendMessage(msg), m) as Promise<Record<string, unknown>>;
    const key = await poll(
      async () => {
        const all = (await ext.evaluate(() => chrome.storage.session.get(null))) as Record<string, { profileKey?: string }>;
        return Object.entries(all).find(([k, v]) => k.startsWith('tab:') && v?.profileKey)?.[1]?.profileKey;
      },
      (k) => k !== undefined,
      'the profile key',
    );
    const made = (await ui({ type: 'ui/report', profileKey: key, destinations: ['ic3', 'clipboard'], note: '', screenshot: null })) as {
      ok: boolean;
      report: { text: string; ic3: { text: string } | null; bundle: { statement: string } };
    };
    expect(made.ok).toBe(true);
    // The worker read the packaged English words: the IC3 text is English, the report the user copies German.
    expect(made.report.ic3?.text).toContain(en.rep_ic3_signs!.slice(0, 40));
    expect(made.report.ic3?.text).not.toContain(de.rep_ic3_signs!.slice(0, 40));
    expect(made.report.bundle.statement).toBe(de.rep_statement);
    await ext.close();
    await page.close();
  });
});


/**
 * The families of keys whose English must not show on a translated screen: the catalogue, the
 * findings, not-checked reasons, and the words of every extension page.
 */
const CHECKED_KEYS = /^(sig|source|f|fa|cov|text|page|assess|popup|reptext|toolbar|repform|welcome|example|side|opt|rpage|cmp|app|read|err|phone|mem|rep)_/;

/**
 * The English sentences of those keys that `lang` writes differently: each message cut at its
 * placeholders, pieces of three words or more (a piece the translation keeps verbatim, such as
 * "Mandiant (UNC5267)", is no sign of English).
 */
function englishPieces(lang: string): Map<string, string> {
  const en = table('en');
  const other = table(lang);
  const pieces = new Map<string, string>();
  for (const [key, entry] of Object.entries(en)) {
    if (!CHECKED_KEYS.test(key)) continue;
    const theirs = other[key]?.message ?? '';
    for (const piece of entry.message.split(/\$[A-Za-z0-9_@]+\$|\$\d/)) {
      const text = piece.trim();
      if (text.split(/\s+/).length >= 3 && text.length >= 18 && !theirs.includes(text)) pieces.set(text, key);
    }
  }
  return pieces;
}

/** The whole text of the open panel, the pill, and every badge (titles included), in the page. */
function pageUiText(): string {
  return [...document.querySelectorAll('[data-telltale]')].map((h) => rootOf(h)?.textContent ?? '').join(' \n ');
}

for (const lang of ['de', 'fr'] as const) {
  describe.skipIf(!existsSync(`/usr/lib/chromium/locales/${lang}.pak`) && !process.env.TELLTALE_CHROMIUM)(`Chromium in ${lang}: no English sentence of the catalogue, the findings or any screen`, () => {
    let session: ChromiumSession;
    beforeAll(async () => {
      session = await launchChromium(site, { lang });
    });
    afterAll(async () => session?.close());

    it('in the pill, the badges, the panel, the side panel, the popup, and the options, report, compare, welcome and example pages', { timeout: 120_000 }, async () => {
      const pieces = englishPieces(lang);
      expect(pieces.size).toBeGreaterThan(300);
      const page = await session.open(DEMO_PROFILE_URL);
      await page.waitForFunction(() => document.querySelectorAll('[data-telltale="badge"]').length > 0, undefined, { timeout: 20_000 });
      const probe = await chromiumProbe(page);
      await probe.click('pill', 'button');
      await page.waitForFunction(() => !!document.querySelector('[data-telltale="panel"]'));
      // Every finding open, so its evidence, how to verify and the catalogue's texts are in the panel.
      await probe.run(() => {
        const panel = rootOf(document.querySelector('[data-telltale="panel"]'));
        for (const d of panel?.querySelectorAll('details') ?? []) (d as HTMLDetailsElement).open = true;
      });
      const inPage = await probe.run(pageUiText);

      const control = await session.context.newPage();
      await control.goto(`chrome-extension://${session.extensionId}/options.html`);
      const tabId = await poll(() => control.evaluate(async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id ?? null, DEMO_PROFILE_URL), (id) => id !== null, 'the profile tab');
      const windowId = await control.evaluate(async (id) => (await chrome.tabs.get(id!)).windowId, tabId);
      const readPage = async (path: string, ready: string) => {
        const reader = await session.context.newPage();
        await reader.goto(`chrome-extension://${session.extensionId}/${path}`);
        await control.evaluate(async (id) => void (await chrome.tabs.update(id!, { active: true })), tabId);
        await poll(() => reader.evaluate(ready).catch(() => false), (ok) => ok === true, `${path} ready`);
        await reader.evaluate(() => {
          const root = document.querySelector('[data-telltale-side="panel"]')?.shadowRoot ?? document;
          for (const d of root.querySelectorAll('details')) (d as HTMLDetailsElement).open = true;
        });
        await reader.waitForTimeout(300);
        // What a page marks as English on purpose (the options page's privacy notice, lang="en", which it says is in English) is not looked at.
        const text = await reader.evaluate(() => {
          for (const e of document.body.querySelectorAll('[lang="en"]')) e.remove();
          return `${document.body.innerText} ${document.querySelector('[data-telltale-side="panel"]')?.shadowRoot?.textContent ?? ''}`;
        });
        await reader.close();
        return text;
      };
      const popup = await readPage(`popup.html?tab=${tabId}`, `!!document.querySelector('#tt-current')`);
      const side = await readPage(`sidepanel.html?window=${windowId}`, `!!document.querySelector('[data-telltale-side="panel"]')?.shadowRoot?.textContent`);
      const options = await readPage('options.html', `!!document.querySelector('main h2')`);
      const report = await readPage(`report.html#tab=${tabId}`, `!!document.querySelector('textarea')`);
      const compare = await readPage(`compare/compare.html#tab=${tabId}`, `!!document.querySelector('textarea')`);
      const welcome = await readPage('welcome.html', `!!document.querySelector('[data-welcome="example"]')`);
      const example = await readPage('example.html', `document.querySelector('#tt-example-page')?.hasAttribute('data-example-read') === true`);

      const mine = table(lang);
      const screens = { 'the page': inPage, 'the popup': popup, 'the side panel': side, 'the options page': options, 'the report page': report, 'the compare page': compare, 'the welcome page': welcome, 'the example page': example };
      for (const [where, text] of Object.entries(screens)) {
        const english = [...pieces].filter(([piece]) => text.includes(piece)).map(([piece, key]) => `${key}: "${piece}"`);
        expect(english, `English on ${where} in ${lang}`).toEqual([]);
      }
      // And the translation is really there: the catalogue's "why it matters" of a finding on the page, in this language.
      const names = Object.entries(mine).filter(([key]) => /^sig_.*_why$/.test(key)).map(([, e]) => e.message);
      expect(names.filter((n) => inPage.includes(n)).length, `a ${lang} "why it matters" in the panel`).toBeGreaterThan(0);
      console.log(`[locale.test] ${lang}: ${pieces.size} English pieces looked for; ${Object.entries(screens).map(([where, text]) => `${where} ${text.length}`).join(', ')} characters read`);
      await control.close();
      await page.close();
    });
  });
}
