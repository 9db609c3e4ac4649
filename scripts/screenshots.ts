// Screenshots of the demo profile with Telltale's badges and its open panel, in LinkedIn's light
// and dark themes, for docs/ui.md. Runs the built extension in headless Chromium.
// Usage: npm run build && tsx scripts/screenshots.ts
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DEMO_PROFILE_URL, demoProfileHtml } from '../demo/render.ts';
import { launchChromium, root } from '../tests/e2e/harness.ts';

const docs = join(root, 'docs');

/** LinkedIn's dark theme, roughly: the demo page has no dark styles of its own. */
const DARK_PAGE_CSS = `html.theme--mercado-dark body{background:#000;color:rgba(255,255,255,.9)}
html.theme--mercado-dark .artdeco-card{background:#1b1f23}
html.theme--mercado-dark a{color:#71b7fb}`;

const LIGHT_PAGE_CSS = `body{background:#f4f2ee;color:rgba(0,0,0,.9)} .artdeco-card{background:#fff;border-radius:8px;margin:8px 0;padding-bottom:8px}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)} ul{list-style:none;padding:0 24px;margin:0}
.pvs-header__container{padding:12px 24px 0} h2{margin:0;font-size:20px} li{padding:8px 0}
.display-flex{display:flex} .flex-column{flex-direction:column} .full-width{width:100%} img[width="48"]{margin-inline-end:8px;background:#ccd}`;

async function prepare(page: Page, dark: boolean): Promise<void> {
  await page.setViewportSize({ width: 1100, height: 1400 });
  await page.addStyleTag({ content: LIGHT_PAGE_CSS + DARK_PAGE_CSS });
  if (dark) await page.evaluate(() => document.documentElement.classList.replace('theme--mercado', 'theme--mercado-dark'));
  await page.waitForFunction(() => document.querySelectorAll('[data-telltale="badge"]').length > 0, undefined, { timeout: 20_000 });
}

async function main(): Promise<void> {
  mkdirSync(docs, { recursive: true });
  const session = await launchChromium(new Map([[DEMO_PROFILE_URL, demoProfileHtml()]]));
  try {
    for (const theme of ['light', 'dark'] as const) {
      const page = await session.open(DEMO_PROFILE_URL);
      await prepare(page, theme === 'dark');
      await page.screenshot({ path: join(docs, `ui-badges-${theme}.png`), fullPage: true });
      await page.locator('[data-telltale="pill"] button').click();
      await page.waitForSelector('[data-telltale="panel"]');
      await page.waitForTimeout(200);
      await page.screenshot({ path: join(docs, `ui-panel-${theme}.png`) });
      console.log(`docs/ui-badges-${theme}.png, docs/ui-panel-${theme}.png`);
      await page.close();
    }
  } finally {
    await session.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
