// The text of a DOCX résumé, through mammoth's raw-text extraction (paragraphs, table cells and
// text boxes in document order: a two-column résumé made as a table reads cell by cell). A file that
// is not a Word document's zip, or has no document part, is refused as corrupt.
import mammoth from 'mammoth';
import { ApplicationError, isTooDeep } from './model.ts';

export async function docxText(bytes: Uint8Array): Promise<string> {
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  let value: string;
  try {
    // Node's build reads `buffer`, the browser build `arrayBuffer`: both accept the ArrayBuffer.
    const input = { buffer: arrayBuffer, arrayBuffer } as unknown as Parameters<typeof mammoth.extractRawText>[0];
    ({ value } = await mammoth.extractRawText(input));
  } catch (err) {
    if (isTooDeep(err)) throw new ApplicationError('corrupt-docx', 'This Word file cannot be opened: its parts are nested too deeply to read safely. Ask for a new copy, or paste the text.');
    throw new ApplicationError('corrupt-docx', `This Word file cannot be opened (${(err as Error).message.split('\n')[0]}). Ask for a new copy, or paste the text.`);
  }
  if (value.replace(/\s+/g, '').length < 20) {
    throw new ApplicationError('no-text', 'This Word file has no text to read (it may hold only images). Paste the text of the application instead.');
  }
  return value;
}
