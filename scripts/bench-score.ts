// Scoring throughput in Node on one core: how many snapshots per second assess() (every signal plus
// the score) gets through, over a mix of the invented scenario snapshots. Target: ≥ 10,000/s.
//   npx tsx scripts/bench-score.ts [--seconds 3]
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { assess } from '../src/assess.ts';
import type { AssessContext, ProfileSnapshot } from '../src/model.ts';
import { allScenarios } from '../tests/scenarios/index.ts';
import { context } from '../tests/scenarios/builder.ts';

export interface ScoringBench {
  snapshots: number;
  seconds: number;
  /**
   * Snapshots per second of this process's CPU time, the median over blocks of about 100 ms: one
   * core's throughput, as little disturbed as possible by whatever else the machine runs.
   */
  perSecond: number;
  /** The same over all rounds together (every contended moment included). */
  perCpuSecondOverall: number;
  /** Snapshots per wall-clock second (lower when other processes share the core). */
  perWallSecond: number;
  /** Median microseconds per assess() call over the timed rounds. */
  medianMicros: number;
  slowest: { name: string; micros: number }[];
}

export interface BenchCase {
  name: string;
  snapshot: ProfileSnapshot;
  ctx: AssessContext;
}

export function scenarioMix(): BenchCase[] {
  return allScenarios.map((s) => ({ name: s.name, snapshot: s.snapshot, ctx: s.ctx ?? context() }));
}

/**
 * Variants that defeat the memos (phone readings, name folding, dates): each copy gets a middle name
 * and phone digits of its own, so the bench also shows the cost of snapshots never seen before.
 */
export function freshVariants(cases: readonly BenchCase[], copies: number, offset = 0): BenchCase[] {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const word = (i: number) => `${letters[i % 26]}${letters[Math.floor(i / 26) % 26]}${letters[Math.floor(i / 676) % 26]}x`;
  const out: BenchCase[] = [];
  for (let k = 0; k < copies; k++) {
    for (const c of cases) {
      const i = out.length + offset;
      const s = c.snapshot;
      out.push({
        name: c.name,
        ctx: c.ctx,
        snapshot: {
          ...s,
          name: s.name ? `${s.name} ${word(i)}` : s.name,
          contact: s.contact && {
            ...s.contact,
            phones: s.contact.phones.map((p) => ({ ...p, raw: p.raw.replace(/\d{2}(\D*)$/, `${String(i % 100).padStart(2, '0')}$1`) })),
          },
          experience: s.experience.map((p) => ({ ...p, title: `${p.title} ${word(i)}` })),
        },
      });
    }
  }
  return out;
}

/** Runs assess() over the cases round-robin for about `seconds` after a warm-up. Synchronous: one core. */
export function benchScoring(cases: readonly BenchCase[] = scenarioMix(), seconds = 3): ScoringBench {
  if (cases.length === 0) throw new Error('no cases to bench');
  // Warm-up: JIT, the phone metadata and the disposable-domain set are built on first use.
  for (let i = 0; i < 3; i++) for (const c of cases) assess(c.snapshot, c.ctx);
  const perCase = new Map<string, number[]>();
  const rounds: number[] = [];
  let done = 0;
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const deadline = start + seconds * 1000;
  const blockRates: number[] = [];
  let blockStart = performance.now();
  let blockCpu = process.cpuUsage();
  let blockDone = 0;
  while (performance.now() < deadline) {
    const roundStart = performance.now();
    for (const c of cases) {
      const t = performance.now();
      assess(c.snapshot, c.ctx);
      const list = perCase.get(c.name) ?? [];
      list.push(performance.now() - t);
      perCase.set(c.name, list);
    }
    rounds.push((performance.now() - roundStart) / cases.length);
    blockDone += cases.length;
    // CPU time is read per ~100 ms block: a single round is too short for the accounting to resolve.
    if (performance.now() - blockStart >= 100) {
      const used = process.cpuUsage(blockCpu);
      blockRates.push(blockDone / Math.max((used.user + used.system) / 1e6, 1e-6));
      blockStart = performance.now();
      blockCpu = process.cpuUsage();
      blockDone = 0;
    }
    done += cases.length;
  }
  const elapsed = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  rounds.sort((a, b) => a - b);
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  const slowest = [...perCase]
    .map(([name, times]) => ({ name, micros: Math.round(median(times) * 1000) }))
    .sort((a, b) => b.micros - a.micros)
    .slice(0, 5);
  return {
    snapshots: done,
    seconds: Number(elapsed.toFixed(2)),
    perSecond: Math.round(blockRates.length > 0 ? median(blockRates) : done / cpuSeconds),
    perCpuSecondOverall: Math.round(done / cpuSeconds),
    perWallSecond: Math.round(done / elapsed),
    medianMicros: Number(((rounds[Math.floor(rounds.length / 2)] ?? 0) * 1000).toFixed(1)),
    slowest,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const i = process.argv.indexOf('--seconds');
  const seconds = i > 0 ? Number(process.argv[i + 1]) || 3 : 3;
  const cases = scenarioMix();
  const r = benchScoring(cases, seconds);
  console.log(`assess() over ${cases.length} scenario snapshots, ${r.snapshots} runs in ${r.seconds} s on one core`);
  console.log(`throughput: ${r.perSecond.toLocaleString('en')} snapshots per CPU-second, median 100 ms block (target ≥ 10,000/s) ${r.perSecond >= 10_000 ? 'OK' : 'BELOW TARGET'}`);
  console.log(`all rounds together: ${r.perCpuSecondOverall.toLocaleString('en')} snapshots per CPU-second`);
  console.log(`wall clock: ${r.perWallSecond.toLocaleString('en')} snapshots/s (lower when other work shares the core)`);
  console.log(`median per snapshot: ${r.medianMicros} µs`);
  console.log(`slowest cases (median µs): ${r.slowest.map((s) => `${s.name} ${s.micros}`).join('; ')}`);
  // Never-seen snapshots: one pass over many distinct variants, so the memos rarely help (after a
  // warm-up pass on other variants, so the figure is the JIT-compiled steady state).
  for (const c of freshVariants(cases, 40, 100_000)) assess(c.snapshot, c.ctx);
  const fresh = freshVariants(cases, 60);
  const cpuStart = process.cpuUsage();
  for (const c of fresh) assess(c.snapshot, c.ctx);
  const cpu = process.cpuUsage(cpuStart);
  const freshPerSecond = Math.round(fresh.length / ((cpu.user + cpu.system) / 1e6));
  console.log(`never-seen snapshots (${fresh.length} distinct variants, one pass): ${freshPerSecond.toLocaleString('en')} per CPU-second`);
}
