// Median time of readPage per real saved page, in Node with linkedom (parsing excluded: the
// content script gets a live DOM). The Chromium half can reuse realPageFiles() and medianMs().
//   npx tsx scripts/bench-extract.ts [--runs 30] [PATH...]
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { readPage } from '../src/extract/index.ts';

export const REAL_PAGES_DIR = fileURLToPath(new URL('../../shared/linkedin-pages/', import.meta.url));

/** The .html files under `dir` (recursively), skipping the expected/ and licenses/ folders. */
export function realPageFiles(dir: string = REAL_PAGES_DIR): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name !== 'expected' && name !== 'licenses') out.push(...realPageFiles(p));
    } else if (name.endsWith('.html')) out.push(p);
  }
  return out;
}

/** Median wall time of `fn` in ms over `runs` runs, after `warmup` unmeasured runs. */
export function medianMs(fn: () => unknown, runs = 30, warmup = 5): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? NaN;
}

/**
 * Median CPU time of `fn` in ms (process.cpuUsage): steadier than wall time when other work
 * shares the machine, since waiting for a core is not counted.
 */
export function medianCpuMs(fn: () => unknown, runs = 30, warmup = 5): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const before = process.cpuUsage();
    fn();
    const d = process.cpuUsage(before);
    times.push((d.user + d.system) / 1000);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? NaN;
}

export interface BenchRow {
  page: string;
  bytes: number;
  elements: number;
  medianMs: number;
  medianCpuMs: number;
}

export function benchExtract(files: readonly string[], runs = 30, base = REAL_PAGES_DIR): BenchRow[] {
  return files.map((file) => {
    const html = readFileSync(file, 'utf8');
    const doc = parseHTML(html).document as unknown as Document;
    return {
      page: relative(base, file),
      bytes: html.length,
      elements: doc.querySelectorAll('*').length,
      medianMs: medianMs(() => readPage(doc, null), runs),
      medianCpuMs: medianCpuMs(() => readPage(doc, null), runs),
    };
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  let runs = 30;
  const paths: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--runs') runs = Number(args[++i]) || runs;
    else paths.push(args[i] as string);
  }
  const files = paths.length > 0 ? paths.flatMap((p) => (statSync(p).isDirectory() ? realPageFiles(p) : [p])) : realPageFiles();
  if (files.length === 0) {
    console.log(`no pages: ${REAL_PAGES_DIR} is absent and no PATH was given`);
    process.exit(0);
  }
  const rows = benchExtract(files, runs, paths.length > 0 ? process.cwd() : REAL_PAGES_DIR);
  console.log(`readPage median over ${runs} runs (Node ${process.version}, linkedom; parse excluded)`);
  console.log(`${'page'.padEnd(48)} ${'size'.padStart(9)} ${'elements'.padStart(9)} ${'wall'.padStart(11)} ${'cpu'.padStart(11)}`);
  for (const r of rows) {
    console.log(
      `${r.page.padEnd(48)} ${String(Math.round(r.bytes / 1024)).padStart(6)} KB ${String(r.elements).padStart(9)} ${r.medianMs.toFixed(2).padStart(8)} ms ${r.medianCpuMs.toFixed(2).padStart(8)} ms`,
    );
  }
  const largest = rows.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  console.log(`largest page: ${largest.page}, ${largest.medianMs.toFixed(2)} ms wall, ${largest.medianCpuMs.toFixed(2)} ms CPU`);
}
