// Reading an application file from disk in Node (the `compare` command, tests, benches): pdf.js's
// legacy build, which runs without a browser and loads its worker code in-process. The size is
// checked before the file is read, so a 50 MB file is refused without reading it.
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { ApplicationError, MAX_APPLICATION_BYTES, type Application } from './model.ts';
import type { PdfJs } from './pdf.ts';
import { readApplication } from './read.ts';

export async function loadNodePdfJs(): Promise<PdfJs> {
  return (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs;
}

export async function readApplicationFile(path: string, opts: { region?: string | null } = {}): Promise<Application> {
  let size: number;
  try {
    size = statSync(path).size;
  } catch (err) {
    throw new ApplicationError('empty', `Cannot read ${path}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}.`);
  }
  if (size > MAX_APPLICATION_BYTES) {
    throw new ApplicationError('too-large', `This file is ${(size / 1024 / 1024).toFixed(1)} MB; applications over ${MAX_APPLICATION_BYTES / 1024 / 1024} MB are not read. Ask for a smaller file, or paste the text.`);
  }
  const bytes = new Uint8Array(readFileSync(path));
  return readApplication(bytes, { fileName: basename(path), loadPdfJs: loadNodePdfJs, region: opts.region ?? null });
}
