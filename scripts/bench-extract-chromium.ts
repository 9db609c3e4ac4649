// Median time of one extraction (readPage over the live DOM) per real saved page, in headless
// Chromium. The page's own scripts are removed (they would call LinkedIn); JSON-LD is kept.
// The readers are bundled the way the content script bundles them (one IIFE).
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { CHROMIUM_QUIET_FLAGS, chromiumPath } from '../tests/e2e/browsers.ts';

const root = resolve(import.meta.dirname, '..');
const shared = resolve(root, '../shared/linkedin-pages');
const RUNS = Number(process.env.TELLTALE_BENCH_RUNS ?? 50);

if (!existsSync(shared)) {
  console.log(`${shared} is absent: no real pages to measure`);
  process.exit(0);
}

const out = await build({
  configFile: false,
  logLevel: 'silent',
  build: {
    write: false,
    minify: true,
    lib: { entry: resolve(root, 'scripts/bench-extract-entry.ts'), formats: ['iife'], name: 'telltaleBench', fileName: () => 'bench.js' },
  },
});
const bundle = (Array.isArray(out) ? out[0] : out) as { output: { code?: string }[] };
const code = bundle.output[0]?.code ?? '';

const pages = readdirSync(shared, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.html') && !f.startsWith('expected'))
  .map((f) => join(shared, f))
  .sort();

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_QUIET_FLAGS });
const rows: { page: string; kb: number; first: number; median: number; p90: number; text: number }[] = [];
try {
  for (const file of pages) {
    const html = readFileSync(file, 'utf8').replace(/<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script>/gi, '');
    const page = await browser.newPage();
    await page.route('**/*', (r) => (r.request().url().startsWith('https://www.linkedin.com/bench') ? r.fulfill({ contentType: 'text/html', body: html }) : r.abort()));
    await page.goto('https://www.linkedin.com/bench/');
    // The saved pages enforce Trusted Types, so the bundle is evaluated, not added as a script tag.
    await page.evaluate(code);
    const times = await page.evaluate((runs) => {
      const bench = (window as unknown as { telltaleBench: { read(doc: Document, url: string): unknown; readText(doc: Document, url: string): void } }).telltaleBench;
      const read = bench.read;
      const t: number[] = [];
      const text: number[] = [];
      // The first read on a fresh page is the one a profile view pays: no warm JIT yet.
      const s0 = performance.now();
      read(document, location.href);
      const first = performance.now() - s0;
      for (let i = 0; i < runs; i++) {
        const s = performance.now();
        read(document, location.href);
        t.push(performance.now() - s);
        // Interleaved, so both see the same machine load.
        const s2 = performance.now();
        bench.readText(document, location.href);
        text.push(performance.now() - s2);
      }
      return { first, sorted: t.sort((a, b) => a - b), text: text.sort((a, b) => a - b) };
    }, RUNS);
    const sorted = times.sorted;
    rows.push({ page: relative(shared, file), kb: Math.round(html.length / 1024), first: times.first, median: sorted[Math.floor(sorted.length / 2)]!, p90: sorted[Math.floor(sorted.length * 0.9)]!, text: times.text[Math.floor(times.text.length / 2)]! });
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`page                                         size    first   median     p90   text reader alone, median   (first read, then ${RUNS} runs each, Chromium)`);
for (const r of rows) console.log(`${r.page.padEnd(44)} ${String(r.kb).padStart(5)}K ${r.first.toFixed(2).padStart(7)}ms ${r.median.toFixed(2).padStart(7)}ms ${r.p90.toFixed(2).padStart(6)}ms ${r.text.toFixed(2).padStart(8)}ms`);
const largest = rows.reduce((a, b) => (b.kb > a.kb ? b : a));
console.log(`largest page: ${largest.page}, median ${largest.median.toFixed(2)} ms (goal ≤ 5 ms)`);
