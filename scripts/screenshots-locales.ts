// Screenshots of every translated screen in German and French (issue 25, item 1): the demo profile
// with its pill, badges and open panel; the popup and the side panel for it; the welcome, options,
// report, compare and example pages. Chromium started in each language (Debian's chromium-l10n has its language packs).
// Usage: npm run build && tsx scripts/screenshots-locales.ts [de fr …] → docs/screenshots/<lang>/
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_PROFILE_URL, demoProfileHtml } from '../demo/render.ts';
import { chromiumProbe } from '../tests/e2e/closed-roots.ts';
import { launchChromium, poll, root } from '../tests/e2e/harness.ts';

const LANGS = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['de', 'fr'];

async function shoot(lang: string): Promise<string[]> {
  const dir = join(root, 'docs/screenshots', lang);
  mkdirSync(dir, { recursive: true });
  const saved: string[] = [];
  const session = await launchChromium(new Map([[DEMO_PROFILE_URL, demoProfileHtml()]]), { lang, keepWelcome: true });
  try {
    const base = `chrome-extension://${session.extensionId}`;
    const save = async (page: import('playwright-core').Page, name: string, fullPage = false) => {
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(dir, `${name}.png`), fullPage });
      saved.push(`docs/screenshots/${lang}/${name}.png`);
    };
    const profile = await session.open(DEMO_PROFILE_URL);
    await profile.setViewportSize({ width: 1100, height: 1300 });
    await profile.waitForFunction(() => document.querySelectorAll('[data-telltale="badge"]').length > 0, undefined, { timeout: 20_000 });
    await (await chromiumProbe(profile)).click('pill', 'button');
    await profile.waitForSelector('[data-telltale="panel"]');
    await save(profile, 'panel');

    const control = await session.context.newPage();
    await control.goto(`${base}/options.html`);
    const tabId = await poll(() => control.evaluate(async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id ?? null, DEMO_PROFILE_URL), (id) => id !== null, 'the profile tab');
    const windowId = await control.evaluate(async (id) => (await chrome.tabs.get(id!)).windowId, tabId);
    const open = async (path: string, ready: string, width: number, height: number) => {
      const page = await session.context.newPage();
      await page.setViewportSize({ width, height });
      await page.goto(`${base}/${path}`);
      await control.evaluate(async (id) => void (await chrome.tabs.update(id!, { active: true })), tabId);
      await poll(() => page.evaluate(ready).catch(() => false), (ok) => ok === true, `${path} ready`);
      return page;
    };
    await save(await open(`popup.html?tab=${tabId}`, `!!document.querySelector('#tt-current')`, 400, 700), 'popup', true);
    await save(await open(`sidepanel.html?window=${windowId}`, `!!document.querySelector('[data-telltale-side="panel"]')?.shadowRoot?.textContent`, 420, 1000), 'side-panel');
    await save(await open('welcome.html', `!!document.querySelector('[data-welcome="example"]')`, 900, 1000), 'welcome', true);
    await save(await open('options.html', `!!document.querySelector('main h2')`, 900, 1000), 'options', true);
    await save(await open(`report.html#tab=${tabId}`, `!!document.querySelector('textarea')`, 700, 800), 'report', true);
    await save(await open(`compare/compare.html#tab=${tabId}`, `!!document.querySelector('textarea')`, 900, 900), 'compare', true);
    const example = await open('example.html', `document.querySelectorAll('[data-telltale="badge"]').length > 0`, 1100, 1000);
    await save(example, 'example');
  } finally {
    await session.close();
  }
  return saved;
}

async function main(): Promise<void> {
  for (const lang of LANGS) console.log((await shoot(lang)).join('\n'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
