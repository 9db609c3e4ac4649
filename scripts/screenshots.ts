// Screenshots of the demo profile with Telltale's badges and its open panel, in LinkedIn's light
// and dark themes, for docs/ui.md. Runs the built extension in headless Chromium.
// Usage: npm run build && tsx scripts/screenshots.ts
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DEMO_PROFILE_URL, demoProfileHtml } from '../demo/render.ts';
import { chromiumProbe } from '../tests/e2e/closed-roots.ts';
import { launchChromium, root } from '../tests/e2e/harness.ts';

const docs = join(root, 'docs');

async function prepare(page: Page, dark: boolean): Promise<void> {
  await page.setViewportSize({ width: 1100, height: 1300 });
  // LinkedIn's dark theme is a class on <html> (the demo page styles it, and Telltale follows it).
  if (dark) await page.evaluate(() => document.documentElement.classList.add('theme--dark'));
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
      await (await chromiumProbe(page)).click('pill', 'button');
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
