// One entry point for every kind of application: bytes and a file name in, an Application or an
// ApplicationError out, never a partial result. The kind is told by the file's own first bytes
// (a PDF starts "%PDF-", a DOCX is a zip with a word/ part), the name only breaks ties for text.
import { MAX_APPLICATION_BYTES, type Application } from './model.ts';
import { ReadError } from './failures.ts';
import { pdfText, type PdfJs } from './pdf.ts';
import { docxText } from './docx.ts';
import { readJsonResume } from './json-resume.ts';
import { readApplicationText } from './text.ts';

export interface ReadApplicationOptions {
  fileName?: string | null;
  /** Loads pdf.js only when a PDF arrives (it is large). */
  loadPdfJs: () => Promise<PdfJs>;
  region?: string | null;
}

type Kind = 'pdf' | 'docx' | 'json' | 'text';

function startsWith(bytes: Uint8Array, ascii: string): boolean {
  for (let i = 0; i < ascii.length; i++) if (bytes[i] !== ascii.charCodeAt(i)) return false;
  return true;
}

function extension(name: string | null | undefined): string {
  const m = /\.([a-z0-9]+)$/i.exec(name ?? '');
  return m ? m[1]!.toLowerCase() : '';
}

/** What the bytes are; a wrong type (an image, a spreadsheet, a legacy .doc) is an error naming it. */
export function kindOf(bytes: Uint8Array, fileName: string | null = null): Kind {
  const ext = extension(fileName);
  if (startsWith(bytes, '%PDF-')) return 'pdf';
  if (startsWith(bytes, 'PK\u0003\u0004')) {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, Math.min(bytes.length, 64 * 1024)));
    if (head.includes('word/')) return 'docx';
    if (head.includes('xl/')) throw new ReadError('wrong-type', { why: 'excel' });
    if (head.includes('ppt/')) throw new ReadError('wrong-type', { why: 'powerpoint' });
    // A cut-off or damaged Word file may have lost its part names: it is still meant as one.
    if (ext === 'docx') return 'docx';
    throw new ReadError('wrong-type', { why: 'zip-not-word' });
  }
  const signatures: [string, 'png' | 'jpeg' | 'gif' | 'old-word' | 'rtf' | 'tiff'][] = [
    ['\u0089PNG', 'png'], ['\u00ff\u00d8\u00ff', 'jpeg'], ['GIF8', 'gif'],
    ['\u00d0\u00cf\u0011\u00e0', 'old-word'], ['{\\rtf', 'rtf'], ['II*\u0000', 'tiff'],
  ];
  for (const [sig, why] of signatures) {
    if (startsWith(bytes, sig)) throw new ReadError('wrong-type', { why });
  }
  // Text: valid UTF-8 without NUL bytes.
  if (bytes.subarray(0, 8192).includes(0)) throw new ReadError('wrong-type', { why: 'binary' });
  if (ext === 'pdf') throw new ReadError('corrupt-pdf', { why: 'named-pdf' });
  if (ext === 'docx') throw new ReadError('corrupt-docx', { why: 'named-docx' });
  if (ext === 'json') return 'json';
  const first = new TextDecoder().decode(bytes.subarray(0, 64)).trimStart();
  return first.startsWith('{') ? 'json' : 'text';
}

export async function readApplication(bytes: Uint8Array, opts: ReadApplicationOptions): Promise<Application> {
  const fileName = opts.fileName ?? null;
  if (bytes.byteLength > MAX_APPLICATION_BYTES) {
    throw new ReadError('too-large', { why: 'too-large', bytes: bytes.byteLength });
  }
  if (bytes.byteLength === 0) throw new ReadError('empty', { why: 'empty-file' });
  const kind = kindOf(bytes, fileName);
  if (kind === 'pdf') {
    const { text, pages, pagesRead } = await pdfText(bytes, await opts.loadPdfJs());
    const cuts = pagesRead < pages ? [{ part: 'pages' as const, kept: pagesRead, found: pages }] : [];
    return readApplicationText(text, { source: 'pdf', fileName, region: opts.region, cuts });
  }
  if (kind === 'docx') return readApplicationText(await docxText(bytes), { source: 'docx', fileName, region: opts.region });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ReadError('wrong-type', { why: 'not-utf8' });
  }
  if (kind === 'json') return readJsonResume(text, fileName);
  return readPastedText(text, { fileName, region: opts.region });
}

/** Text pasted or dropped as .txt: refused when it holds no letters at all. */
export function readPastedText(text: string, opts: { fileName?: string | null; region?: string | null } = {}): Application {
  if (text.replace(/\s+/g, '').length === 0) throw new ReadError('empty', { why: 'no-text' });
  if (text.length > MAX_APPLICATION_BYTES) throw new ReadError('too-large', { why: 'text-too-long' });
  return readApplicationText(text, { source: 'text', fileName: opts.fileName ?? null, region: opts.region });
}
