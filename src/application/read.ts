// One entry point for every kind of application: bytes and a file name in, an Application or an
// ApplicationError out, never a partial result. The kind is told by the file's own first bytes
// (a PDF starts "%PDF-", a DOCX is a zip with a word/ part), the name only breaks ties for text.
import { ApplicationError, MAX_APPLICATION_BYTES, type Application } from './model.ts';
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
    if (head.includes('xl/')) throw new ApplicationError('wrong-type', 'This is an Excel spreadsheet, not a résumé. Send a PDF, a DOCX, a JSON Resume file or text.');
    if (head.includes('ppt/')) throw new ApplicationError('wrong-type', 'This is a PowerPoint file, not a résumé. Send a PDF, a DOCX, a JSON Resume file or text.');
    // A cut-off or damaged Word file may have lost its part names: it is still meant as one.
    if (ext === 'docx') return 'docx';
    throw new ApplicationError('wrong-type', 'This is a zip file but not a Word document (.docx). Send a PDF, a DOCX, a JSON Resume file or text.');
  }
  const signatures: [string, string][] = [
    ['\u0089PNG', 'a PNG image'], ['\u00ff\u00d8\u00ff', 'a JPEG image'], ['GIF8', 'a GIF image'],
    ['\u00d0\u00cf\u0011\u00e0', 'an old Word (.doc) or Office file'], ['{\\rtf', 'an RTF document'], ['II*\u0000', 'a TIFF image'],
  ];
  for (const [sig, what] of signatures) {
    if (startsWith(bytes, sig)) throw new ApplicationError('wrong-type', `This file is ${what}, not a résumé Telltale can read. Send a PDF, a DOCX, a JSON Resume file or text.`);
  }
  // Text: valid UTF-8 without NUL bytes.
  if (bytes.subarray(0, 8192).includes(0)) throw new ApplicationError('wrong-type', 'This file is binary data of a kind Telltale cannot read. Send a PDF, a DOCX, a JSON Resume file or text.');
  if (ext === 'pdf') throw new ApplicationError('corrupt-pdf', 'This file is named .pdf but is not a PDF. Ask for a new copy, or paste the text.');
  if (ext === 'docx') throw new ApplicationError('corrupt-docx', 'This file is named .docx but is not a Word document. Ask for a new copy, or paste the text.');
  if (ext === 'json') return 'json';
  const first = new TextDecoder().decode(bytes.subarray(0, 64)).trimStart();
  return first.startsWith('{') ? 'json' : 'text';
}

export async function readApplication(bytes: Uint8Array, opts: ReadApplicationOptions): Promise<Application> {
  const fileName = opts.fileName ?? null;
  if (bytes.byteLength > MAX_APPLICATION_BYTES) {
    throw new ApplicationError('too-large', `This file is ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB; applications over ${MAX_APPLICATION_BYTES / 1024 / 1024} MB are not read. Ask for a smaller file, or paste the text.`);
  }
  if (bytes.byteLength === 0) throw new ApplicationError('empty', 'This file is empty.');
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
    throw new ApplicationError('wrong-type', 'This file is neither UTF-8 text nor a PDF or DOCX. Send a PDF, a DOCX, a JSON Resume file or text.');
  }
  if (kind === 'json') return readJsonResume(text, fileName);
  return readPastedText(text, { fileName, region: opts.region });
}

/** Text pasted or dropped as .txt: refused when it holds no letters at all. */
export function readPastedText(text: string, opts: { fileName?: string | null; region?: string | null } = {}): Application {
  if (text.replace(/\s+/g, '').length === 0) throw new ApplicationError('empty', 'There is no text to read.');
  if (text.length > MAX_APPLICATION_BYTES) throw new ApplicationError('too-large', 'This text is over 10 MB; applications that long are not read.');
  return readApplicationText(text, { source: 'text', fileName: opts.fileName ?? null, region: opts.region });
}
