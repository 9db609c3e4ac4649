// The text of a PDF résumé, through pdf.js. The caller passes the pdf.js module (Node: the legacy
// build; an extension page: the modern build with its packaged worker), so this file runs in both.
// Lines are rebuilt from the positioned text items; a two-column page (a sidebar with contact and
// skills beside the main column) is read column by column, so a sidebar line never lands inside a
// job entry. No text at all means a scanned or image-only file: refused, never "an empty résumé".
import { isTooDeep } from './model.ts';
import { ReadError } from './failures.ts';

/** The part of pdf.js this reader uses (the modern and legacy builds share it). */
export interface PdfJs {
  getDocument(src: { data: Uint8Array; isEvalSupported?: boolean; disableFontFace?: boolean; useSystemFonts?: boolean; stopAtErrors?: boolean; verbosity?: number }): {
    promise: Promise<PdfDocument>;
    destroy(): Promise<void>;
  };
}

interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<PdfPage>;
  destroy(): Promise<void>;
}

interface PdfPage {
  getViewport(opts: { scale: number }): { width: number; height: number };
  getTextContent(): Promise<{ items: unknown[] }>;
}

interface TextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** The most pages read: a résumé is a few pages; a 300-page file is not one. */
const MAX_PAGES = 30;

export async function pdfText(bytes: Uint8Array, pdfjs: PdfJs): Promise<{ text: string; pages: number; pagesRead: number }> {
  // pdf.js takes ownership of the buffer it is given: hand it a copy.
  const task = pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 });
  let doc: PdfDocument;
  try {
    doc = await task.promise;
  } catch (err) {
    await task.destroy().catch(() => undefined);
    const name = (err as { name?: string }).name ?? '';
    if (name === 'PasswordException') throw new ReadError('encrypted-pdf', { why: 'pdf-password' });
    if (isTooDeep(err)) throw new ReadError('corrupt-pdf', { why: 'pdf-too-deep' });
    throw new ReadError('corrupt-pdf', { why: 'pdf-error', detail: (err as Error).message || name });
  }
  try {
    const pages: string[] = [];
    const pagesRead = Math.min(doc.numPages, MAX_PAGES);
    for (let n = 1; n <= pagesRead; n++) {
      const page = await doc.getPage(n);
      const { width } = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      pages.push(pageText(content.items.flatMap(toItem), width));
    }
    const text = pages.join('\n');
    if (text.replace(/\s+/g, '').length < 20) {
      throw new ReadError('image-only-pdf', { why: 'pdf-no-text' });
    }
    return { text, pages: doc.numPages, pagesRead };
  } catch (err) {
    if (isTooDeep(err)) throw new ReadError('corrupt-pdf', { why: 'pdf-too-deep' });
    throw err;
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}

function toItem(raw: unknown): TextItem[] {
  const item = raw as { str?: unknown; transform?: unknown; width?: unknown; height?: unknown };
  if (typeof item.str !== 'string' || !Array.isArray(item.transform)) return [];
  const t = item.transform as number[];
  const size = Math.hypot(t[2] ?? 0, t[3] ?? 0) || Number(item.height) || 10;
  return [{ str: item.str, x: t[4] ?? 0, y: t[5] ?? 0, width: Number(item.width) || 0, size }];
}

interface Row {
  y: number;
  items: TextItem[];
}

/** Items on one baseline (within a third of the font size) make a row, left to right. */
function rows(items: readonly TextItem[]): Row[] {
  // Whitespace items (pdf.js emits one across a flex gap) would hide the gap between a title and its dates.
  const sorted = items.filter((i) => i.str.trim().length > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const out: Row[] = [];
  for (const item of sorted) {
    const row = out.find((r) => Math.abs(r.y - item.y) <= Math.max(2, item.size / 3));
    if (row) row.items.push(item);
    else out.push({ y: item.y, items: [item] });
  }
  for (const r of out) r.items.sort((a, b) => a.x - b.x);
  return out.sort((a, b) => b.y - a.y);
}

interface Line {
  text: string;
  x: number;
  end: number;
  y: number;
  size: number;
  /** The row holds a wide gap (a title and its dates): never a wrapped line. */
  gapped: boolean;
  /** Width of the first word, to tell whether it would have fitted on the line before. */
  firstWord: number;
}

function lineOf(items: readonly TextItem[], y: number): Line {
  let text = '';
  let end: number | null = null;
  let gapped = false;
  for (const item of items) {
    if (end !== null) {
      const gap = item.x - end;
      // A wide gap separates a title from its dates: kept as three spaces, which the text reader splits on.
      // Dates set flush right after a long degree or title leave less room: a gap of over an em before a year is one too.
      if (gap > item.size * 2.5 || (gap > item.size * 1.2 && /\b(19|20)\d\d\b/.test(item.str))) {
        text += '   ';
        gapped = true;
      } else if (gap > item.size * 0.15 && !text.endsWith(' ') && !item.str.startsWith(' ')) text += ' ';
    }
    text += item.str;
    end = item.x + item.width;
  }
  const first = items[0]!;
  const word = /^\S+/.exec(first.str.trimStart())?.[0] ?? '';
  const firstWord = first.str.length > 0 ? (first.width * word.length) / first.str.length : 0;
  return { text: text.trimEnd(), x: first.x, end: end ?? first.x, y, size: first.size, gapped, firstWord };
}

/**
 * Lines the layout wrapped are joined again: a line is the continuation of the one above when that
 * one is plain text (no wide gap), the continuation starts where it started (or it ended in a hyphen),
 * it sits at the next baseline, and its first word would not have fitted at the end of the line above.
 */
function joinWrapped(lines: readonly Line[]): string[] {
  if (lines.length === 0) return [];
  const right = Math.max(...lines.map((l) => l.end));
  const left = Math.min(...lines.map((l) => l.x));
  const out: Line[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    if (
      prev &&
      !prev.gapped &&
      !line.gapped &&
      Math.abs(prev.size - line.size) < 0.5 &&
      prev.y - line.y < line.size * 1.8 &&
      // Only a line that filled most of its column can have wrapped (not "+49 …" above an address).
      prev.end - left > (right - left) * 0.6 &&
      (Math.abs(prev.x - line.x) < 2 || /[-‐]$/.test(prev.text)) &&
      prev.end + line.size * 0.3 + line.firstWord > right - 1
    ) {
      const glue = /[-‐/]$/.test(prev.text) ? '' : ' ';
      out[out.length - 1] = { ...prev, text: prev.text + glue + line.text.trimStart(), end: line.end, y: line.y, firstWord: prev.firstWord };
      continue;
    }
    out.push(line);
  }
  return out.map((l) => l.text);
}

/**
 * Where a second column starts, or null. A column is a common left edge that many rows start an item
 * at, with nothing crossing just left of it but a few full-width rows (the name above both columns);
 * and most rows of that column have nothing beside them (right-aligned dates beside titles are one
 * column, not two).
 */
export function gutter(all: readonly Row[], pageWidth: number): number | null {
  if (all.length < 8) return null;
  const starts = new Map<number, number>();
  for (const row of all) {
    for (const i of row.items) {
      if (i.x < pageWidth * 0.2 || i.x > pageWidth * 0.8) continue;
      const k = Math.round(i.x / 2);
      starts.set(k, (starts.get(k) ?? 0) + 1);
    }
  }
  const candidates = [...starts.entries()].filter(([, n]) => n >= 5).sort((a, b) => b[1] - a[1]);
  for (const [k] of candidates.slice(0, 3)) {
    const colX = k * 2 - 1;
    const edge = colX - 4;
    const crossing = all.filter((r) => r.items.some((i) => i.x < edge && i.x + i.width > edge)).length;
    if (crossing > Math.max(1, all.length * 0.12)) continue;
    const rightRows = all.filter((r) => r.items.some((i) => i.x >= colX - 1));
    const leftRows = all.filter((r) => r.items.some((i) => i.x + i.width <= edge));
    if (rightRows.length < 5 || leftRows.length < 5) continue;
    const both = rightRows.filter((r) => r.items.some((i) => i.x + i.width <= edge)).length;
    if (both > rightRows.length * 0.7) continue;
    return edge;
  }
  return null;
}

export function pageText(items: readonly TextItem[], pageWidth: number): string {
  const all = rows(items);
  const x = gutter(all, pageWidth);
  if (x === null) return joinWrapped(all.map((r) => lineOf(r.items, r.y))).join('\n');
  const out: string[] = [];
  let left: Line[] = [];
  let right: Line[] = [];
  const flush = (): void => {
    out.push(...joinWrapped(left), ...joinWrapped(right));
    left = [];
    right = [];
  };
  for (const row of all) {
    const crosses = row.items.some((i) => i.x < x && i.x + i.width > x);
    if (crosses) {
      flush();
      out.push(lineOf(row.items, row.y).text);
      continue;
    }
    const l = row.items.filter((i) => i.x + i.width <= x);
    const r = row.items.filter((i) => i.x >= x);
    if (l.length > 0) left.push(lineOf(l, row.y));
    if (r.length > 0) right.push(lineOf(r, row.y));
  }
  flush();
  return out.join('\n');
}
