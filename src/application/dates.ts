// Date ranges as résumés write them, in the seven languages: "Mar 2021 – Present", "03/2019 – heute",
// "janv. 2018 - déc. 2020", "2012 – 2014", "seit 04/2022", "depuis mars 2021", "2019-05 to 2021-02".
// Month names come from the page readers' generated table; "Month YYYY" is read by their reader.
import type { ApplicationDate } from './model.ts';
import { MONTH_NAMES } from '../extract/months.generated.ts';
import { parseMonthYear } from '../extract/dates.ts';
import { escapeRegExp as esc } from '../regexp.ts';

const MONTH = `(?:${Object.keys(MONTH_NAMES)
  .sort((a, b) => b.length - a.length)
  .map(esc)
  .join('|')})\\.?`;

/** One date: "März 2020", "jan. de 2021", "03/2019", "03.2019", "2019-03", "2019". */
const DATE = `(?:${MONTH}\\s+(?:de\\s+|of\\s+)?\\d{4}|(?:0?[1-9]|1[0-2])\\s?[./]\\s?\\d{4}|\\d{4}-(?:0[1-9]|1[0-2])(?!\\d)|\\d{4})`;

const PRESENT = [
  'present', 'now', 'today', 'current', 'ongoing', 'date', 'bis heute', 'heute', 'aktuell', 'jetzt', 'dato', "aujourd'hui", 'aujourd’hui',
  'ce jour', 'present', 'presente', 'la actualidad', 'actualidad', 'actual', 'hoy', 'o momento', 'hoje', 'atual', 'atualmente',
  'heden', 'nu', 'oggi', 'attuale', 'in corso',
];
const PRESENT_RE = `(?:${[...new Set(PRESENT)].sort((a, b) => b.length - a.length).map(esc).join('|')})`;

const SEPARATOR = `\\s*(?:-|–|—|/|\\bto\\b|\\bbis\\b|\\bà\\b|\\ba\\b|\\bau\\b|\\bal\\b|\\baté\\b|\\btot\\b|\\bt/m\\b)\\s*`;
const SINCE = `(?:since|seit|depuis|desde|sinds|dal|da)`;

const RANGE_RE = new RegExp(`(?<![\\p{L}\\d])(?:(${DATE})${SEPARATOR}(${DATE}|${PRESENT_RE})|${SINCE}\\s+(${DATE}))(?![\\p{L}\\d])`, 'iu');
const SINGLE_RE = new RegExp(`(?<![\\p{L}\\d])(${DATE})(?![\\p{L}\\d])`, 'iu');

export interface FoundRange {
  start: ApplicationDate | null;
  end: ApplicationDate | null;
  current: boolean;
  /** The range as written. */
  text: string;
  /** The line without the range (and its brackets), for the title or employer beside it. */
  rest: string;
}

/** One date in any of the forms above, as "YYYY-MM" or "YYYY"; null when it is not one. */
export function readDate(text: string): ApplicationDate | null {
  const t = text.trim().replace(/\s+/g, ' ');
  let m = /^(0?[1-9]|1[0-2])\s?[./]\s?(\d{4})$/.exec(t);
  if (m) return plausibleYear(m[2]!) ? `${m[2]}-${m[1]!.padStart(2, '0')}` : null;
  m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(t);
  if (m) return plausibleYear(m[1]!) ? `${m[1]}-${m[2]}` : null;
  if (/^\d{4}$/.test(t)) return plausibleYear(t) ? t : null;
  return parseMonthYear(t.replace(/\s+of\s+/i, ' '));
}

function plausibleYear(y: string): boolean {
  const n = Number(y);
  return n >= 1950 && n <= 2100;
}

function isPresent(text: string): boolean {
  return new RegExp(`^${PRESENT_RE}$`, 'iu').test(text.trim());
}

/** The first date range on a line, or null. */
export function findRange(line: string): FoundRange | null {
  const m = RANGE_RE.exec(line);
  if (!m) return null;
  const rest = strip(line, m.index, m[0].length);
  if (m[3]) {
    const start = readDate(m[3]);
    return start ? { start, end: null, current: true, text: m[0].trim(), rest } : null;
  }
  const start = readDate(m[1]!);
  if (!start) return null;
  if (isPresent(m[2]!)) return { start, end: null, current: true, text: m[0].trim(), rest };
  const end = readDate(m[2]!);
  // "2019/2021" is a range, but "05/2019" alone was read above as one date: only accept real ends.
  if (!end) return null;
  return { start, end, current: false, text: m[0].trim(), rest };
}

/** A single date on a line ("Abschluss 2015", "June 2014"): education often shows only the end. */
export function findSingleDate(line: string): FoundRange | null {
  const m = SINGLE_RE.exec(line);
  if (!m) return null;
  const date = readDate(m[1]!);
  if (!date) return null;
  return { start: null, end: date, current: false, text: m[0].trim(), rest: strip(line, m.index, m[0].length) };
}

function strip(line: string, index: number, length: number): string {
  // Runs of spaces are one space first: the patterns after it would retry a long run from each of its characters.
  return (line.slice(0, index) + ' ' + line.slice(index + length))
    .replace(/\s{2,}/g, ' ')
    .replace(/\(\s*\)|\[\s*\]/g, ' ')
    .replace(/\s*[|·•,–—-]\s*$/u, '')
    .replace(/^\s*[|·•,–—-]\s*/u, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}
