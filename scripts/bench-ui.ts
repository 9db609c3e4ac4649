// Figures for the inline UI, printed (no timed assertions): in headless Chromium on the real saved
// pages in ../shared/linkedin-pages/logged-in/ (served at their profile addresses):
//   1. from the profile's top card being in the DOM to the pill shown, median: on page load, and on
//      in-app navigation (the top card inserted by script after a URL change, as LinkedIn does);
//   2. page load with the extension vs without, side by side in one run on the same pages
//      (load event, and main-thread task time over the first seconds);
//   3. the content script's size, gzipped.
// Usage: npm run build && tsx scripts/bench-ui.ts [runs per page, default 7]
//        (TELLTALE_BENCH_LATENCY_MS=150 for a page whose images come over a network)
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { chromeDist, launchChromium, root, type ChromiumSession } from '../tests/e2e/harness.ts';

const SHARED = join(root, '../shared/linkedin-pages/logged-in');
const PAGES = [
  { file: 'scoutr-profile1.html', url: 'https://www.linkedin.com/in/eduardo-alvarez-nowak/' },
  { file: 'scoutr-profile2.html', url: 'https://www.linkedin.com/in/sri-lalitha-jeevanige-35520a61/' },
  { file: 'scoutr-profile4.html', url: 'https://www.linkedin.com/in/surendrathota/' },
  { file: 'scoutr-profile5.html', url: 'https://www.linkedin.com/in/vasileiosalevizos/' },
  { file: 'brocc-profile2.html', url: 'https://www.linkedin.com/in/eugenemann/' },
];
const FEED_URL = 'https://www.linkedin.com/feed/';
const RUNS = Number(process.argv[2] ?? 7);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const ms = (x: number) => `${x.toFixed(1)} ms`;

/** Installed before the page's own scripts: notes when the top card's name and when the pill arrive. */
const TIMING_PROBE = `(() => {
  const t = (window.__ttTimes = { card: null, pill: null, dcl: null });
  document.addEventListener('DOMContentLoaded', () => { t.dcl = performance.now(); });
  new MutationObserver(() => {
    if (t.card === null && document.querySelector('main h1, section[data-member-id] h1')) t.card = performance.now();
    if (t.pill === null && document.querySelector('[data-telltale="pill"]')) t.pill = performance.now();
  }).observe(document, { childList: true, subtree: true });
})();`;

async function pillAfterLoad(session: ChromiumSession, url: string): Promise<{ card: number; dcl: number }> {
  const page = await session.context.newPage();
  await page.addInitScript({ content: TIMING_PROBE });
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __ttTimes: { pill: number | null } }).__ttTimes.pill !== null, undefined, { timeout: 30_000 });
  const t = await page.evaluate(() => (window as unknown as { __ttTimes: { card: number; pill: number; dcl: number } }).__ttTimes);
  await page.close();
  return { card: t.pill - t.card, dcl: t.pill - t.dcl };
}

/** LinkedIn's in-app navigation: the URL changes, then the new profile's main column is inserted. */
async function pillAfterInAppNavigation(page: Page, url: string, html: string): Promise<number> {
  return page.evaluate(
    async ({ url, html }) => {
      const next = new DOMParser().parseFromString(html, 'text/html');
      const main = next.querySelector('main') ?? next.body;
      await new Promise((r) => setTimeout(r, 400)); // the watcher is idle, as after reading a page
      history.pushState({}, '', url);
      await new Promise((r) => setTimeout(r, 50)); // LinkedIn swaps the column a moment after the URL
      const imported = document.importNode(main, true);
      const start = performance.now();
      document.querySelector('main')?.replaceWith(imported);
      // (No named inner functions here: tsx would wrap them in a helper the page does not have.)
      // The profile's pill (not a "could not check" one from before the column arrived).
      while (!/^Telltale: (High|Some|No)/.test(document.querySelector('[data-telltale="pill"]')?.shadowRoot?.querySelector('[part~="pill"]')?.textContent ?? '')) {
        if (performance.now() - start > 10_000) throw new Error('no pill');
        await new Promise((r) => requestAnimationFrame(r));
      }
      return performance.now() - start;
    },
    { url, html },
  );
}

/** Load-event time and main-thread task time over the first 2.5 s of a page. */
async function loadCost(session: ChromiumSession, url: string): Promise<{ load: number; task: number }> {
  const page = await session.context.newPage();
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(2_500);
  const load = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const task = (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
  await page.close();
  return { load, task };
}

/** An extension that does nothing, so both sides of the comparison run the same harness. */
function emptyExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'telltale-empty-ext-'));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'empty', version: '1.0', background: { service_worker: 'bg.js' } }));
  writeFileSync(join(dir, 'bg.js'), '');
  return dir;
}

async function main(): Promise<void> {
  const content = readFileSync(join(chromeDist, 'content.js'));
  console.log(`content script: ${(content.length / 1024).toFixed(1)} KB minified, ${(gzipSync(content, { level: 9 }).length / 1024).toFixed(1)} KB gzipped (budget 40 KB)`);
  if (!existsSync(SHARED)) {
    console.log(`${SHARED} is absent: no timings (they run on the real saved pages)`);
    return;
  }
  const site = new Map(PAGES.map((p) => [p.url, readFileSync(join(SHARED, p.file), 'utf8')]));
  site.set(FEED_URL, '<!DOCTYPE html><html><head><title>Feed | LinkedIn</title></head><body><main><p>feed</p></main></body></html>');

  // TELLTALE_BENCH_LATENCY_MS: images and logos answered that much later, as over a network (the
  // page's load event then waits on them, as a live page's does); 0 answers them at once.
  const subresourceLatencyMs = Number(process.env.TELLTALE_BENCH_LATENCY_MS ?? 0);
  if (subresourceLatencyMs) console.log(`subresources answered after ${subresourceLatencyMs} ms`);
  const withExt = await launchChromium(site, { subresourceLatencyMs });
  const emptyDir = emptyExtension();
  const withoutExt = await launchChromium(site, { dist: emptyDir, subresourceLatencyMs });
  try {
    console.log(`\n1. top card in the DOM → pill shown, median of ${RUNS} runs per page (target ≤ 100 ms)`);
    console.log('page                      in-app navigation   on load: from top card   from DOMContentLoaded');
    const allLoad: number[] = [];
    const allDcl: number[] = [];
    const allNav: number[] = [];
    for (const p of PAGES) {
      const load: number[] = [];
      const dcl: number[] = [];
      const nav: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const t = await pillAfterLoad(withExt, p.url);
        load.push(t.card);
        dcl.push(t.dcl);
      }
      const page = await withExt.open(FEED_URL);
      for (let i = 0; i < RUNS; i++) {
        nav.push(await pillAfterInAppNavigation(page, p.url, site.get(p.url)!));
        await page.evaluate((feed) => {
          history.pushState({}, '', feed);
          document.querySelector('main')?.replaceChildren();
        }, FEED_URL);
        await page.waitForFunction(() => !document.querySelector('[data-telltale]'));
      }
      await page.close();
      allLoad.push(...load);
      allDcl.push(...dcl);
      allNav.push(...nav);
      console.log(`${p.file.padEnd(26)}${ms(median(nav)).padEnd(20)}${ms(median(load)).padEnd(25)}${ms(median(dcl))}`);
    }
    console.log(`${'all pages'.padEnd(26)}${ms(median(allNav)).padEnd(20)}${ms(median(allLoad)).padEnd(25)}${ms(median(allDcl))}`);

    console.log(`\n2. page load with vs without the extension, same pages, alternating, ${RUNS} runs each (ratio target ≤ 1.05)`);
    console.log('page                      load with / without         ratio   main-thread task with / without   ratio');
    const ratios: { load: number[]; task: number[] } = { load: [], task: [] };
    for (const p of PAGES) {
      const a: { load: number; task: number }[] = [];
      const b: { load: number; task: number }[] = [];
      for (let i = 0; i < RUNS; i++) {
        b.push(await loadCost(withoutExt, p.url));
        a.push(await loadCost(withExt, p.url));
      }
      const la = median(a.map((x) => x.load));
      const lb = median(b.map((x) => x.load));
      const ta = median(a.map((x) => x.task));
      const tb = median(b.map((x) => x.task));
      ratios.load.push(la / lb);
      ratios.task.push(ta / tb);
      console.log(
        `${p.file.padEnd(26)}${`${ms(la)} / ${ms(lb)}`.padEnd(28)}${(la / lb).toFixed(3).padEnd(8)}${`${ms(ta)} / ${ms(tb)}`.padEnd(34)}${(ta / tb).toFixed(3)}`,
      );
    }
    console.log(`${'median over pages'.padEnd(54)}${median(ratios.load).toFixed(3).padEnd(42)}${median(ratios.task).toFixed(3)}`);
  } finally {
    await withExt.close();
    await withoutExt.close();
    rmSync(emptyDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
