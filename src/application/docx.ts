// The text of a DOCX résumé, through mammoth's raw-text extraction (paragraphs, table cells and
// text boxes in document order: a two-column résumé made as a table reads cell by cell). A file that
// is not a Word document's zip, or has no document part, is refused as corrupt.
//
// A zip can claim anything about itself: a 600 KB file can unpack to gigabytes (a "zip bomb"). So
// mammoth never opens the file it was given: fflate unpacks it first, entry by entry as a stream,
// counting the bytes that actually come out against a budget (and refusing any entry that declares
// more), and mammoth reads a new zip made of only what was unpacked within that budget.
import { Unzip, UnzipInflate, zipSync } from 'fflate';
import mammoth from 'mammoth';
import { isTooDeep } from './model.ts';
import { ReadError, type ReadFailure } from './failures.ts';

/** All parts unpacked together: a résumé's XML is well under 1 MB, its images a few MB. */
export const MAX_DOCX_UNPACKED_BYTES = 48 * 1024 * 1024;
/** A Word document has a few dozen parts; thousands are a made-up file. */
const MAX_DOCX_PARTS = 2_000;
/** Bytes handed to the unpacker at a time: one step unpacks at most about a thousand times this. */
const STEP = 16 * 1024;

/** The one sentence a refused Word file gets (./failures.ts): why, then what to do. */
const cannotOpen = (failure: ReadFailure) => new ReadError('corrupt-docx', failure);
const TOO_BIG: ReadFailure = { why: 'docx-too-big', max: MAX_DOCX_UNPACKED_BYTES };

/** The parts of a DOCX as unpacked within the budget, or an ApplicationError saying why not. */
export function unpackDocx(bytes: Uint8Array): Record<string, Uint8Array> {
  // No prototype: a part named "__proto__" is a part like any other, not a way around the count.
  const parts = Object.create(null) as Record<string, Uint8Array>;
  let total = 0;
  let count = 0;
  let refusal: ReadError | null = null;
  const refuse = (failure: ReadFailure) => (refusal ??= cannotOpen(failure));
  const unzip = new Unzip((file) => {
    if (refusal) return;
    if (++count > MAX_DOCX_PARTS) return void refuse({ why: 'docx-too-many-parts', max: MAX_DOCX_PARTS });
    if (file.originalSize !== undefined && total + file.originalSize > MAX_DOCX_UNPACKED_BYTES) return void refuse(TOO_BIG);
    // A name no Word file has, that would be taken for something else than a part name downstream.
    if (file.name === '__proto__' || file.name.startsWith('/') || file.name.split('/').includes('..')) {
      return void refuse({ why: 'docx-bad-part-name' });
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    file.ondata = (err, chunk, final) => {
      if (refusal) return;
      if (err) return void refuse({ why: 'docx-error', detail: err.message });
      size += chunk.length;
      total += chunk.length;
      if (total > MAX_DOCX_UNPACKED_BYTES) {
        refuse(TOO_BIG);
        file.terminate();
        return;
      }
      chunks.push(chunk);
      if (final) parts[file.name] = join(chunks, size);
    };
    try {
      file.start();
    } catch (err) {
      refuse({ why: 'docx-error', detail: (err as Error).message });
    }
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < bytes.length && !refusal; at += STEP) unzip.push(bytes.subarray(at, at + STEP), at + STEP >= bytes.length);
  } catch (err) {
    refuse({ why: 'docx-error', detail: (err as Error).message });
  }
  if (refusal) throw refusal;
  if (Object.keys(parts).length === 0) {
    throw cannotOpen({ why: 'docx-damaged' });
  }
  return parts;
}

function join(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

export async function docxText(bytes: Uint8Array): Promise<string> {
  // Stored, not compressed again: mammoth copies these bytes out, it unpacks nothing.
  const rebuilt = zipSync(unpackDocx(bytes), { level: 0 });
  const arrayBuffer = rebuilt.buffer.slice(rebuilt.byteOffset, rebuilt.byteOffset + rebuilt.byteLength) as ArrayBuffer;
  let value: string;
  try {
    // Node's build reads `buffer`, the browser build `arrayBuffer`: both accept the ArrayBuffer.
    const input = { buffer: arrayBuffer, arrayBuffer } as unknown as Parameters<typeof mammoth.extractRawText>[0];
    ({ value } = await mammoth.extractRawText(input));
  } catch (err) {
    if (isTooDeep(err)) throw cannotOpen({ why: 'docx-too-deep' });
    throw cannotOpen({ why: 'docx-error', detail: (err as Error).message.split('\n')[0]! });
  }
  if (value.replace(/\s+/g, '').length < 20) {
    throw new ReadError('no-text', { why: 'docx-no-text' });
  }
  return value;
}
