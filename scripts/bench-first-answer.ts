// The first profile after a browser start, printed (no timed assertions): the worker's handlers in
// Node over in-memory storage, with a managed storage that answers only after its policy loader is
// done, as Chrome's first storage.managed read after a browser start does (~2 s). For each of RUNS
// fresh worker starts: the demo profile's first answer, the next profile's, and a first answer with
// no policy at all; then the settings read (options), which does wait for the policy.
// Not measured in Chromium: a test cannot make Chrome's policy loader slow on demand (its managed
// storage answers at once once the browser is up), so this is the handlers' own figure; the
// round trip to the worker adds what scripts/bench-worker.ts prints.
// Usage: tsx scripts/bench-first-answer.ts [runs, default 7] [policy delay in ms, default 2000]
import { parseHTML } from 'linkedom';
import { DEMO_PROFILE_URL, demoProfileHtml } from '../demo/render.ts';
import { isSnapshot, readPage } from '../src/extract/index.ts';
import type { ProfileSnapshot } from '../src/model.ts';
import { createWorker } from '../src/worker/handlers.ts';
import { fakeArea } from '../tests/worker/fakes.ts';

const RUNS = Number(process.argv[2] ?? 7);
const DELAY_MS = Number(process.argv[3] ?? 2_000);
const POLICY = { webhookUrl: 'https://team.example.com/hook', retentionDays: 30 };

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const ms = (x: number) => `${x.toFixed(1)} ms`;

const read = readPage(parseHTML(demoProfileHtml()).document as unknown as Document, DEMO_PROFILE_URL);
if (!isSnapshot(read)) throw new Error(`the demo profile did not read as a profile: ${read.reason}`);
let n = 0;
/** The demo profile as another member each time, so no session view or memory is shared between cases. */
const member = (): ProfileSnapshot => ({ ...read, memberId: `urn:li:fsd_profile:BENCHFIRST${++n}`, slug: `bench-first-${n}` });
const tab = { tabId: 1, frameId: 0, url: DEMO_PROFILE_URL };

function startWorker(managed?: () => Promise<Record<string, unknown>>) {
  return createWorker({ session: fakeArea(), local: fakeArea(), now: () => new Date(), managed, scheduleWake: async () => {} });
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await run();
  return performance.now() - t0;
}

// Warm the JIT, so the figures compare answers rather than first compiles.
for (let i = 0; i < 5; i++) await startWorker().handlePage({ type: 'page/snapshot', snapshot: member() }, tab);

const first: number[] = [];
const next: number[] = [];
const plain: number[] = [];
const options: number[] = [];
for (let run = 0; run < RUNS; run++) {
  const loaded = new Promise<Record<string, unknown>>((resolve) => setTimeout(() => resolve(POLICY), DELAY_MS));
  const worker = startWorker(() => loaded);
  first.push(await timed(() => worker.handlePage({ type: 'page/snapshot', snapshot: member() }, tab)));
  next.push(await timed(() => worker.handlePage({ type: 'page/snapshot', snapshot: member() }, tab)));
  plain.push(await timed(() => startWorker().handlePage({ type: 'page/snapshot', snapshot: member() }, tab)));
  options.push(await timed(() => worker.handleUi({ type: 'ui/settings' })));
  await worker.settled();
}

console.log(`managed storage answering after ${DELAY_MS} ms, ${RUNS} worker starts, the demo profile (median, min–max):`);
console.log(`  first profile after a worker start   ${ms(median(first))}  (${ms(Math.min(...first))}–${ms(Math.max(...first))})`);
console.log(`  the next profile                     ${ms(median(next))}`);
console.log(`  first profile, no policy at all      ${ms(median(plain))}`);
console.log(`  options' settings read (waits for the policy, by design) ${ms(median(options))}`);
