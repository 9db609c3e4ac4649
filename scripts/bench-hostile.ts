// Hostile applications in Node (issue 23): how long the readers take on a million characters of
// each shape that made a backtracking pattern retry every character (the text readers alone, without
// the 200,000-character cut), and how long a zip bomb, a bomb that lies about its size, a JSON Resume
// of 100,000 positions and a DOCX nested 20,000 deep take to be refused or read. Times only: the
// tests (tests/application/hostile.test.ts) assert what happens, never how fast.
//   npx tsx scripts/bench-hostile.ts
import { performance } from 'node:perf_hooks';
import { loadNodePdfJs } from '../src/application/node.ts';
import { readApplication } from '../src/application/read.ts';
import { readApplicationText } from '../src/application/text.ts';
import { deepDocx, hugeJsonResume, lyingZipBombDocx, MILLION_SHAPES, zipBombDocx } from '../tests/application/hostile-files.ts';

for (const [shape, make] of Object.entries(MILLION_SHAPES)) {
  const text = make();
  const t0 = performance.now();
  readApplicationText(text);
  console.log(`a million characters, ${shape.padEnd(26)} ${(performance.now() - t0).toFixed(0).padStart(6)} ms`);
}

const files: [string, () => Uint8Array][] = [
  ['300 MiB zip bomb (.docx)', () => zipBombDocx(300)],
  ['64 MiB bomb claiming 1 KB', () => lyingZipBombDocx(64)],
  ['DOCX nested 20,000 deep', () => deepDocx(20_000)],
  ['JSON Resume, 100,000 positions', () => new TextEncoder().encode(hugeJsonResume(100_000, 1_000))],
];
for (const [name, make] of files) {
  const bytes = make();
  const heap0 = process.memoryUsage().rss;
  const t0 = performance.now();
  const outcome = await readApplication(bytes, { fileName: name.includes('JSON') ? 'x.json' : 'x.docx', loadPdfJs: loadNodePdfJs }).then(
    (app) => `read, ${app.positions.length} positions, cuts: ${JSON.stringify(app.cuts ?? [])}`,
    (err: Error) => `refused: ${err.message}`,
  );
  const ms = performance.now() - t0;
  console.log(`${name.padEnd(32)} ${(bytes.length / 1024).toFixed(0).padStart(6)} KB  ${ms.toFixed(0).padStart(6)} ms  rss +${((process.memoryUsage().rss - heap0) / 1024 / 1024).toFixed(0)} MB  ${outcome.slice(0, 110)}`);
}
