// Figures for the inline UI, printed (no timed assertions): in headless Chromium on the real saved
// pages in ../shared/linkedin-pages/logged-in/ (served at their profile addresses):
//   1. from the profile's top card being in the DOM to the pill shown, median: on page load, and on
//      in-app navigation (the top card inserted by script after a URL change, as LinkedIn does);
//   2. page load with the extension vs without, side by side in one run on the same pages
//      (load event, and main-thread task time over the first seconds);
//   3. the content scripts' size, gzipped;
//   0. (first) the first profile after a browser start: the browser relaunched on a profile where
//      Telltale is installed, a profile opened at once, then the next one (issue 12 item 10).
// Usage: npm run build && tsx scripts/bench-ui.ts [runs per page, default 7]
//        (TELLTALE_BENCH_STARTS=N browser starts for 0, default 5; TELLTALE_BENCH_ONLY_START=1 for 0 alone)
//        (TELLTALE_BENCH_LATENCY_MS=150 for a page whose images come over a network)
//        (TELLTALE_BENCH_DETAIL=1: each fresh load's top card, DOMContentLoaded, load event and pill times)
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
/** Pairs of loads (with, without) per page for the load ratio: TELLTALE_BENCH_LOAD_PAIRS, else 2 × runs. */
const LOAD_PAIRS = Number(process.env.TELLTALE_BENCH_LOAD_PAIRS ?? 2 * RUNS);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const ms = (x: number) => `${x.toFixed(1)} ms`;

/** The geometric mean of ratios and a percentile-bootstrap 90% interval (seeded: runs compare). */
function geometricMeanInterval(ratios: number[]): [number, number, number] {
  const logs = ratios.map(Math.log);
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  let seed = 0x2545f491;
  const random = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const boots: number[] = [];
  for (let i = 0; i < 2000; i++) boots.push(mean(logs.map(() => logs[Math.floor(random() * logs.length)]!)));
  boots.sort((a, b) => a - b);
  return [Math.exp(mean(logs)), Math.exp(boots[Math.floor(0.05 * boots.length)]!), Math.exp(boots[Math.floor(0.95 * boots.length)]!)];
}

/** Installed before the page's own scripts: notes when the top card's name and when the pill arrive. */
const TIMING_PROBE = `(() => {
  const t = (window.__ttTimes = { card: null, pill: null, full: null, dcl: null, load: null });
  document.addEventListener('DOMContentLoaded', () => { t.dcl = performance.now(); });
  addEventListener('load', () => { t.load = performance.now(); });
  // The roots are closed: what the page sees is the hosts. The early script's pill host is marked
  // data-telltale-early; the full script's pill (with the level) replaces it with its own host.
  const note = () => {
    if (t.card === null && document.querySelector('main h1, section[data-member-id] h1')) t.card = performance.now();
    if (t.pill === null && document.querySelector('[data-telltale="pill"]')) t.pill = performance.now();
    if (t.full === null && document.querySelector('[data-telltale="pill"]:not([data-telltale-early])')) t.full = performance.now();
  };
  new MutationObserver(note).observe(document, { childList: true, subtree: true, characterData: true });
  // Look each frame too, as the pill arrived before (the observer's callbacks batch).
  const frame = () => { note(); if (t.full === null) requestAnimationFrame(frame); };
  requestAnimationFrame(frame);
})();`;

/**
 * A fresh load: from the top card in the DOM to the first pill (the early script's "reading the
 * page" pill), and to the pill with the level (the page read and scored); the latter also from
 * DOMContentLoaded.
 */
/** How long after parsing the early script asks for the full one when the load event has not come (extension/early.ts). */
const ASKED_AFTER_PARSED_MS = 600;

async function pillAfterLoad(session: ChromiumSession, url: string): Promise<{ first: number; full: number; fullDcl: number; own: number }> {
  const page = await session.context.newPage();
  await page.addInitScript({ content: TIMING_PROBE });
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __ttTimes: { full: number | null } }).__ttTimes.full !== null, undefined, { timeout: 30_000 });
  const t = await page.evaluate(() => (window as unknown as { __ttTimes: { card: number; pill: number; full: number; dcl: number; load: number } }).__ttTimes);
  await page.close();
  if (process.env.TELLTALE_BENCH_DETAIL) console.log(`   ${url}: card ${t.card.toFixed(0)} dcl ${t.dcl.toFixed(0)} load ${t.load?.toFixed(0)} full ${t.full.toFixed(0)} (full − load ${(t.full - t.load).toFixed(0)} ms)`);
  // Telltale's own part: from the moment the early script asks for the full one (the load event, or
  // soon after parsing) to the pill; the rest is the page loading, with or without Telltale.
  const asked = Math.min(t.load ?? Infinity, t.dcl + ASKED_AFTER_PARSED_MS);
  return { first: t.pill - t.card, full: t.full - t.card, fullDcl: t.full - t.dcl, own: t.full - asked };
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
      // The profile's pill: leaving the last profile removed its hosts, so a pill host now is the
      // new one (its closed root's text cannot be read from here; a "no profile markup" pill
      // would come only after a 1.5 s grace).
      while (!document.querySelector('[data-telltale="pill"]')) {
        if (performance.now() - start > 10_000) throw new Error('no pill');
        await new Promise((r) => requestAnimationFrame(r));
      }
      return performance.now() - start;
    },
    { url, html },
  );
}

/**
 * The first profile after a browser start, and the next one: each run relaunches Chromium on the
 * same user profile (installed on the first launch, so later ones are starts, not installs) and
 * opens a profile at once; Chrome's first storage.managed read after a start waits for its policy
 * loader, which an answer must not wait for.
 */
async function firstAfterStart(site: Map<string, string>, runs: number): Promise<{ first: number[]; next: number[]; firstOwn: number[]; nextOwn: number[] }> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'telltale-bench-start-'));
  const first: number[] = [];
  const next: number[] = [];
  const firstOwn: number[] = [];
  const nextOwn: number[] = [];
  try {
    const install = await launchChromium(site, { userDataDir, keepWelcome: true });
    await install.close();
    for (let i = 0; i < runs; i++) {
      const session = await launchChromium(site, { userDataDir });
      try {
        for (const p of session.context.pages()) if (/welcome\.html/.test(p.url())) await p.close();
        const a = await pillAfterLoad(session, PAGES[i % PAGES.length]!.url);
        const b = await pillAfterLoad(session, PAGES[(i + 1) % PAGES.length]!.url);
        first.push(a.full);
        next.push(b.full);
        firstOwn.push(a.own);
        nextOwn.push(b.own);
      } finally {
        await session.close();
      }
    }
  } finally {
    rmSync(userDataDir, { recursive: true, force: true });
  }
  return { first, next, firstOwn, nextOwn };
}

/** Load-event time and main-thread task time over the first 1.5 s of a page. */
async function loadCost(session: ChromiumSession, url: string): Promise<{ load: number; task: number }> {
  const page = await session.context.newPage();
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(1_500);
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
  // Both content scripts count: a profile page gets both.
  const sizes = ['early.js', 'content.js'].map((f) => {
    const code = readFileSync(join(chromeDist, f));
    return { f, raw: code.length / 1024, gz: gzipSync(code, { level: 9 }).length / 1024 };
  });
  const each = sizes.map((x) => `${x.f} ${x.raw.toFixed(1)} KB minified, ${x.gz.toFixed(1)} KB gzipped`).join('; ');
  console.log(`content scripts: ${each}; together ${sizes.reduce((n, x) => n + x.gz, 0).toFixed(1)} KB gzipped (budget 40 KB)`);
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
  const starts = Number(process.env.TELLTALE_BENCH_STARTS ?? 5);
  const after = await firstAfterStart(site, starts);
  console.log(`\n0. the first profile after a browser start, top card → pill with the level, median of ${starts} starts (goal: as fast as the next)`);
  console.log(`   first profile ${ms(median(after.first))} (max ${ms(Math.max(...after.first))}); the next profile ${ms(median(after.next))}`);
  console.log(`   Telltale's own part (from the early script's request, at the load event or ${ASKED_AFTER_PARSED_MS} ms after parsing, to the pill): first ${ms(median(after.firstOwn))}, next ${ms(median(after.nextOwn))}`);
  if (process.env.TELLTALE_BENCH_ONLY_START) return;

  const withExt = await launchChromium(site, { subresourceLatencyMs });
  const emptyDir = emptyExtension();
  const withoutExt = await launchChromium(site, { dist: emptyDir, subresourceLatencyMs });
  try {
    console.log(`\n1. top card in the DOM → pill shown, median of ${RUNS} runs per page (target ≤ 100 ms)`);
    console.log('                          in-app       fresh load, from the top card      whole page from');
    console.log('page                      navigation   first pill   whole page read    DOMContentLoaded');
    const all = { nav: [] as number[], first: [] as number[], full: [] as number[], dcl: [] as number[] };
    for (const p of PAGES) {
      const first: number[] = [];
      const full: number[] = [];
      const dcl: number[] = [];
      const nav: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const t = await pillAfterLoad(withExt, p.url);
        first.push(t.first);
        full.push(t.full);
        dcl.push(t.fullDcl);
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
      all.nav.push(...nav);
      all.first.push(...first);
      all.full.push(...full);
      all.dcl.push(...dcl);
      console.log(`${p.file.padEnd(26)}${ms(median(nav)).padEnd(13)}${ms(median(first)).padEnd(13)}${ms(median(full)).padEnd(19)}${ms(median(dcl))}`);
    }
    console.log(`${'all pages'.padEnd(26)}${ms(median(all.nav)).padEnd(13)}${ms(median(all.first)).padEnd(13)}${ms(median(all.full)).padEnd(19)}${ms(median(all.dcl))}`);

    // Loads vary by ±10% from one to the next on a 2-core machine, more than the effect measured:
    // many alternating pairs (ABBA order, so drift cancels), the ratio of medians per page, and
    // over all pairs the geometric mean of the pair ratios with a bootstrap 90% interval.
    console.log(`\n2. page load with vs without the extension, same pages, ${LOAD_PAIRS} alternating pairs per page (ratio target ≤ 1.05)`);
    console.log('page                      load with / without         ratio   main-thread task with / without   ratio');
    const pairRatios: number[] = [];
    const pageRatios: number[] = [];
    for (const p of PAGES) {
      const a: { load: number; task: number }[] = [];
      const b: { load: number; task: number }[] = [];
      for (let i = 0; i < LOAD_PAIRS; i++) {
        const order = i % 2 === 0 ? [withoutExt, withExt] : [withExt, withoutExt];
        const got = [];
        for (const session of order) got.push(await loadCost(session, p.url));
        const [withOne, withoutOne] = order[0] === withExt ? [got[0]!, got[1]!] : [got[1]!, got[0]!];
        a.push(withOne);
        b.push(withoutOne);
        pairRatios.push(withOne.load / withoutOne.load);
      }
      const la = median(a.map((x) => x.load));
      const lb = median(b.map((x) => x.load));
      const ta = median(a.map((x) => x.task));
      const tb = median(b.map((x) => x.task));
      pageRatios.push(la / lb);
      console.log(
        `${p.file.padEnd(26)}${`${ms(la)} / ${ms(lb)}`.padEnd(28)}${(la / lb).toFixed(3).padEnd(8)}${`${ms(ta)} / ${ms(tb)}`.padEnd(34)}${(ta / tb).toFixed(3)}`,
      );
    }
    const [gm, lo, hi] = geometricMeanInterval(pairRatios);
    console.log(`${'median over pages'.padEnd(54)}${median(pageRatios).toFixed(3)}`);
    console.log(`${'all pairs: geometric mean'.padEnd(54)}${gm.toFixed(3)}  (90% interval ${lo.toFixed(3)}–${hi.toFixed(3)}, ${pairRatios.length} pairs)`);
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
