// Where the content script's time goes on a fresh page load: one Chromium trace per page, printed as
// the extension's main-thread slices (compile, run, layout it forced) against the page's own
// DOMContentLoaded and load. A development tool beside bench-ui.ts; prints figures, asserts nothing.
// Usage: npm run build && tsx scripts/trace-load.ts [page file, default scoutr-profile4.html] [runs]
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, root } from '../tests/e2e/harness.ts';

const SHARED = join(root, '../shared/linkedin-pages/logged-in');
const file = process.argv[2] ?? 'scoutr-profile4.html';
const runs = Number(process.argv[3] ?? 3);
const url = 'https://www.linkedin.com/in/someone-traced/';

interface TraceEvent { name: string; cat: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: { data?: Record<string, unknown>; [k: string]: unknown } }

async function main(): Promise<void> {
  if (!existsSync(join(SHARED, file))) throw new Error(`${file} is not in ${SHARED}`);
  const site = new Map([[url, readFileSync(join(SHARED, file), 'utf8')]]);
  const session = await launchChromium(site, { subresourceLatencyMs: Number(process.env.TELLTALE_BENCH_LATENCY_MS ?? 0) });
  try {
    for (let r = 0; r < runs; r++) {
      const page = await session.context.newPage();
      const cdp = await session.context.newCDPSession(page);
      const events: TraceEvent[] = [];
      cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
      const done = new Promise<void>((res) => cdp.once('Tracing.tracingComplete', () => res()));
      await cdp.send('Tracing.start', {
        categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8,v8.execute,blink.user_timing,loading',
        transferMode: 'ReportEvents',
      });
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForTimeout(1500);
      await cdp.send('Tracing.end');
      await done;
      const nav = await page.evaluate(() => {
        const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        return { dcl: n.domContentLoadedEventStart, load: n.loadEventStart, origin: performance.timeOrigin };
      });
      await page.close();
      // The renderer main thread: where the page's ParseHTML runs.
      const parse = events.find((e) => e.name === 'ParseHTML');
      if (!parse) throw new Error('no ParseHTML in the trace');
      const main = events.filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X');
      const navStart = events.find((e) => e.name === 'navigationStart' && e.pid === parse.pid)?.ts ?? parse.ts;
      const rel = (ts: number) => ((ts - navStart) / 1000).toFixed(1);
      const ext = (e: TraceEvent) => JSON.stringify(e.args ?? {}).includes('chrome-extension://');
      let extTotal = 0;
      let extBeforeLoad = 0;
      const lines: string[] = [];
      const top = main.filter((e) => (e.dur ?? 0) > 300 && (ext(e) || /ScriptInjection|v8.compile|V8.*Compile/.test(e.name)));
      for (const e of top) {
        if (!ext(e)) continue;
        const dur = (e.dur ?? 0) / 1000;
        extTotal += dur;
        if ((e.ts - navStart) / 1000 < nav.load) extBeforeLoad += dur;
        lines.push(`  ${rel(e.ts).padStart(7)} ms  ${dur.toFixed(1).padStart(6)} ms  ${e.name} ${String(e.args?.data?.functionName ?? '')}`);
      }
      console.log(`run ${r + 1}: DCL ${nav.dcl.toFixed(0)} ms, load ${nav.load.toFixed(0)} ms; extension slices (top-level, > 0.3 ms):`);
      // Only top-level slices: drop ones nested in an earlier extension slice.
      console.log(lines.slice(0, 40).join('\n'));
      console.log(`  extension main-thread time: ${extTotal.toFixed(1)} ms (nested slices counted once per level), ${extBeforeLoad.toFixed(1)} ms before load`);
    }
  } finally {
    await session.close();
  }
}

main().catch((e: unknown) => { console.error(e); process.exit(1); });
