// Reading the dates LinkedIn shows: position ranges ("Jul 2021 - Present · 3 yrs 1 mo"),
// durations, relative post times ("3w"), activity ids and photo upload times in URLs.
// Month names come from a table generated at build time from date-fns locales (see
// scripts/gen-months.ts) so the content script does not ship the locales.
import type { PartialDate } from '../model.ts';
import { MONTH_NAMES } from './months.generated.ts';

/** Lower case, NFC, typographic apostrophes made plain, no trailing dot: how names are compared. */
function normalizeWord(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(/[’‘`´]/g, "'").replace(/\.$/, '');
}

/** Words that stand between a month and a year in some languages ("jan. de 2021"). */
const FILLER_WORDS = new Set(['de', 'del', 'di', 'of']);

/**
 * "Present" in the interface languages LinkedIn uses for an open range. date-fns has no such
 * word, so this small list is kept by hand: en, de, fr, es, pt, nl, it (plus close variants).
 */
const PRESENT_WORDS = new Set([
  'present', 'now', 'today', 'current',
  'heute', 'jetzt', 'bis heute', 'aktuell',
  "aujourd'hui", 'présent', 'auj',
  'actualidad', 'la actualidad', 'presente', 'hoy', 'actual',
  'o momento', 'até o momento', 'momento', 'atual', 'hoje', 'até hoje',
  'heden', 'nu', 'vandaag',
  'oggi', 'attuale', 'ad oggi',
]);

export function isPresentWord(text: string): boolean {
  return PRESENT_WORDS.has(normalizeWord(text.trim()).replace(/\s+/g, ' '));
}

/** The month number of a month name in any supported language ("Jul", "juil.", "März"), or null. */
export function monthNumber(word: string): number | null {
  return MONTH_NAMES[normalizeWord(word)] ?? null;
}

/**
 * "Jul 2021" → "2021-07", "2013" → "2013", "jan. de 2021" → "2021-01", "März 2020" → "2020-03".
 * Anything else (a place, a sentence) → null: every word must be a month, a year or a filler.
 */
export function parseMonthYear(text: string | null | undefined): PartialDate | null {
  if (!text) return null;
  const tokens = text.trim().split(/[\s,]+/).filter((t) => t.length > 0);
  if (tokens.length === 0 || tokens.length > 4) return null;
  let year: string | null = null;
  let month: number | null = null;
  for (const token of tokens) {
    if (/^\d{4}$/.test(token)) {
      if (year !== null) return null;
      year = token;
      continue;
    }
    const m = monthNumber(token);
    if (m !== null && month === null) {
      month = m;
      continue;
    }
    if (FILLER_WORDS.has(normalizeWord(token))) continue;
    return null;
  }
  if (year === null) return null;
  const y = Number(year);
  if (y < 1900 || y > 2100) return null;
  return month === null ? year : `${year}-${String(month).padStart(2, '0')}`;
}

export interface DateRange {
  /** The range text as shown, before " · ". */
  dates: string;
  /** The duration text as shown, after " · ", or null. */
  duration: string | null;
  start: PartialDate | null;
  end: PartialDate | null;
  current: boolean;
}

/** " - ", en/em dash, or the screen-reader word form (" to ", " bis ", " à ", " a ", " até ", " tot "). */
const RANGE_SEPARATOR = /\s+[-–—]\s+|\s*[–—]\s*|(?<=\d)-(?=\d)|\s+(?:to|bis|à|a|até|al|tot|t\/m)\s+/i;

/** Splits "range · duration" (LinkedIn joins them with a middle dot). */
export function splitMiddot(text: string): string[] {
  return text
    .split(/\s*[·•]\s*/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * Reads a date line: "Jul 2021 - Present · 3 yrs 1 mo", "2013 - Jan 2018", "May 2016 · 1 mo"
 * (one date: start = end), "Jul 2021 to Present · …" (screen-reader copy). null when the text is
 * not a date line, so callers can use it to tell dates from places.
 */
export function parseDateRange(text: string | null | undefined): DateRange | null {
  if (!text) return null;
  const parts = splitMiddot(text);
  const rangeText = parts[0];
  if (!rangeText) return null;
  const rest = parts.slice(1);
  const duration = rest.length > 0 ? rest.join(' · ') : null;
  const sides = rangeText.split(RANGE_SEPARATOR).map((s) => s.trim());
  if (sides.length === 1) {
    const single = parseMonthYear(sides[0]);
    if (single === null) return null;
    return { dates: rangeText, duration, start: single, end: single, current: false };
  }
  if (sides.length !== 2) return null;
  const start = parseMonthYear(sides[0]);
  if (start === null) return null;
  const endText = sides[1] ?? '';
  if (endText === '' || isPresentWord(endText)) {
    return { dates: rangeText, duration, start, end: null, current: endText !== '' };
  }
  const end = parseMonthYear(endText);
  if (end === null) return null;
  return { dates: rangeText, duration, start, end, current: false };
}

const YEAR_UNITS = new Set([
  'yr', 'yrs', 'year', 'years', 'y',
  'j', 'jr', 'jahr', 'jahre', 'jahren',
  'an', 'ans', 'année', 'années',
  'año', 'años', 'a',
  'ano', 'anos',
  'jaar', 'jaren',
  'anno', 'anni',
]);
const MONTH_UNITS = new Set([
  'mo', 'mos', 'month', 'months', 'm',
  'mon', 'mons', 'monat', 'monate', 'monaten', 'mt',
  'mois',
  'mes', 'meses', 'mês',
  'mnd', 'mnd.', 'maand', 'maanden',
  'mese', 'mesi',
]);

/** "3 yrs 1 mo" → 37 months; "2 years 9 months" → 33; "1 J. 2 Mon." → 14. null when not a duration. */
export function parseDurationMonths(text: string | null | undefined): number | null {
  if (!text) return null;
  const s = text.trim();
  if (s === '') return null;
  const re = /(\d+)\s*([\p{L}]+)\.?\s*/uy;
  let months = 0;
  let pos = 0;
  let count = 0;
  while (pos < s.length) {
    re.lastIndex = pos;
    const m = re.exec(s);
    if (!m) return null;
    const n = Number(m[1]);
    const unit = normalizeWord(m[2] ?? '');
    if (YEAR_UNITS.has(unit)) months += 12 * n;
    else if (MONTH_UNITS.has(unit)) months += n;
    else return null;
    pos = re.lastIndex;
    count++;
    if (count > 3) return null;
  }
  return count > 0 ? months : null;
}

export interface RelativeTime {
  /** The label as shown ("3w"). */
  label: string;
  /** Approximate days before capture ("1mo" = 30 days, "1yr" = 365). */
  days: number;
}

/**
 * Relative-time units of the feed, by language: English "1d 3w 7mo 2yr" and the abbreviated
 * forms of the other interface languages ("5 Tg.", "1 Wo.", "3 sem.", "2 j", "1 mnd."). Only the
 * English ones were seen on real pages; the others follow LinkedIn's translations as far as known.
 */
const RELATIVE_UNIT_DAYS: Record<string, number> = {
  s: 0, m: 0, min: 0, h: 0, d: 1, w: 7, mo: 30, y: 365, yr: 365,
  // de
  sek: 0, std: 0, t: 1, tg: 1, wo: 7, mon: 30, j: 365,
  // fr
  sem: 7, mois: 30, an: 365, ans: 365,
  // es / pt / it
  sett: 7, g: 1, a: 365, mes: 30, meses: 30,
  // nl
  u: 0, mnd: 30,
};

/**
 * Finds the first relative post time in a line such as "Eduardo reposted this • 1w",
 * "5d • Edited •", "4w", "5 Tg. •". Units: seconds/minutes/hours (same day), days, weeks,
 * months (30 days), years (365 days).
 */
export function findRelativeTime(text: string | null | undefined, locale: string | null = null): RelativeTime | null {
  if (!text) return null;
  // English compact form first ("3w", "7mo"): no space, no dot.
  const en = /(?:^|[\s•·])(\d{1,3})(mo|yr|y|w|d|h|min|m|s)(?=$|[\s•·,])/.exec(text);
  if (en) {
    const unit = en[2] ?? '';
    return { label: `${en[1]}${unit}`, days: Number(en[1]) * (RELATIVE_UNIT_DAYS[unit] ?? 0) };
  }
  // Other languages: "5 Tg.", "1 Wo.", "3 sem.", "2 mnd." (a space and often a dot).
  const other = /(?:^|[\s•·])(\d{1,3})\s?(\p{L}{1,5})\.?(?=$|[\s•·,])/u.exec(text);
  if (other) {
    const word = (other[2] ?? '').toLowerCase();
    // "j" is a day in French ("2 j") but a year in German ("1 J.").
    const days = word === 'j' && locale !== null && /^fr/i.test(locale) ? 1 : RELATIVE_UNIT_DAYS[word];
    if (days !== undefined && word.length <= 5) {
      return { label: other[0].replace(/^[\s•·]+/, '').trim(), days: Number(other[1]) * days };
    }
  }
  return null;
}

/** The creation time (epoch ms) LinkedIn embeds in an activity id: the top 41 bits. */
export function activityIdTime(id: string | null | undefined): number | null {
  if (!id || !/^\d{15,22}$/.test(id)) return null;
  // Plain `>>` works on 32-bit integers and would overflow; BigInt keeps every bit.
  const ms = Number(BigInt(id) >> 22n);
  return ms > 1_000_000_000_000 && ms < 4_102_444_800_000 ? ms : null;
}

/** UTC date (YYYY-MM-DD) of an activity id's embedded timestamp. */
export function activityIdDate(id: string | null | undefined): string | null {
  const ms = activityIdTime(id);
  return ms === null ? null : isoDay(ms);
}

/**
 * Pulls the numeric id out of "urn:li:activity:123" or a post URL "…-activity-123-abcd". Some
 * links name the post by its ugcPost or share urn instead; those ids carry the same embedded
 * creation time, so they are taken when no activity urn is there.
 */
export function activityIdFrom(text: string | null | undefined): string | null {
  if (!text) return null;
  const m =
    /(?:urn:li:activity:|urn%3Ali%3Aactivity%3A|-activity-)(\d{15,22})/.exec(text) ??
    /(?:urn:li:(?:ugcPost|share):|urn%3Ali%3A(?:ugcPost|share)%3A|-(?:ugcPost|share)-)(\d{15,22})/.exec(text);
  return m ? (m[1] ?? null) : null;
}

/**
 * Upload time LinkedIn embeds in a media URL: …/profile-displayphoto-shrink_200_200/0/1690000000000?e=…
 * The number after "/0/" is epoch ms. Returns the UTC date (YYYY-MM-DD) or null.
 */
export function mediaUploadDate(url: string | null | undefined): string | null {
  if (!url) return null;
  const m = /\/0\/(\d{12,13})(?:[?/#]|$)/.exec(url);
  if (!m) return null;
  const ms = Number(m[1]);
  if (ms < 1_000_000_000_000 || ms > 4_102_444_800_000) return null;
  return isoDay(ms);
}

export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
