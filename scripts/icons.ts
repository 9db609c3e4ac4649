// Renders icons/icon.svg to the PNG sizes the manifests name, in headless Chromium.
// Run after editing the SVG: tsx scripts/icons.ts (the PNGs are committed).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../tests/e2e/browsers.ts';

const root = resolve(import.meta.dirname, '..');
const svg = readFileSync(resolve(root, 'icons/icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
try {
  for (const size of [16, 32, 48, 128]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
    await page.screenshot({ path: resolve(root, `icons/icon-${size}.png`), omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
console.log('wrote icons/icon-{16,32,48,128}.png');
