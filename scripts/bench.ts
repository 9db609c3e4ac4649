// `npm run bench`: every speed and size figure, printed (no pass/fail: goals are read off these).
// Each part is its own script so it can be run alone; this runs them one after another.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const parts: [string, string][] = [
  ['scripts/bench-size.ts', 'bundle sizes (goal: content script ≤ 40 KB gzipped)'],
  ['scripts/bench-extract.ts', 'extraction in Node (median per real page)'],
  ['scripts/bench-extract-chromium.ts', 'extraction in Chromium (goal: ≤ 5 ms on the largest page)'],
  ['scripts/bench-score.ts', 'scoring throughput in Node (goal: ≥ 10,000 snapshots/s on one core)'],
  ['scripts/bench-ui.ts', 'pill latency and page-load ratio in Chromium (goals: ≤ 100 ms, ≤ 1.05)'],
  ['scripts/bench-worker.ts', 'worker start in Chromium: a snapshot round trip to a stopped and to a running worker'],
  ['scripts/bench-application-chromium.ts', 'a three-page PDF résumé read in the compare page, Chromium (goal: well under a second)'],
  ['scripts/bench-hostile.ts', 'hostile applications in Node: a million characters per shape, zip bombs, a DOCX nested 20,000 deep, 100,000 positions'],
  ['scripts/bench-first-answer.ts', 'the first profile after a browser start, with a managed storage that answers after 2 s (worker handlers in Node)'],
  ['scripts/bench-hub.ts', 'the team hub: sightings from 200 members at 200 requests/s on PGlite and PostgreSQL (goals: p99 ≤ 50 ms and ≤ 200 MB on PostgreSQL)'],
];

let failed = 0;
for (const [script, what] of parts) {
  console.log(`\n### ${what}  (tsx ${script})`);
  if (!existsSync(resolve(root, script))) {
    console.log('not written yet');
    continue;
  }
  const run = spawnSync('npx', ['tsx', script], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
