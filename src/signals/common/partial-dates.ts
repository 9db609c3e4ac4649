// Dates as LinkedIn shows them: "YYYY-MM" or a bare "YYYY". A bare year is kept imprecise: it can
// neither prove an overlap nor a gap, so callers ask for month precision where the catalogue says so.
import type { PartialDate } from '../../model.ts';
import { memoizeString } from './memo.ts';
import { t, tn, words } from '../../i18n.ts';

/** Months since year 0: a single number so ranges subtract. */
export type MonthIndex = number;

export interface ParsedDate {
  year: number;
  /** 1–12, or null for a bare year. */
  month: number | null;
}

export function parsePartialDate(value: PartialDate | null | undefined): ParsedDate | null {
  return value ? parseDateText(value) : null;
}

const parseDateText = memoizeString((value: string): ParsedDate | null => {
  const m = /^(\d{4})(?:-(\d{2}))?/.exec(value);
  if (!m) return null;
  const month = m[2] ? Number(m[2]) : null;
  return { year: Number(m[1]), month: month && month >= 1 && month <= 12 ? month : null };
});

/** The month of a date with month precision; null for a bare year or nothing. */
export function exactMonth(value: PartialDate | null | undefined): MonthIndex | null {
  const d = parsePartialDate(value);
  return d && d.month !== null ? d.year * 12 + (d.month - 1) : null;
}

/** The earliest month a date can stand for (a bare year: January). */
export function earliestMonth(value: PartialDate | null | undefined): MonthIndex | null {
  const d = parsePartialDate(value);
  return d ? d.year * 12 + ((d.month ?? 1) - 1) : null;
}

/** The latest month a date can stand for (a bare year: December). */
export function latestMonth(value: PartialDate | null | undefined): MonthIndex | null {
  const d = parsePartialDate(value);
  return d ? d.year * 12 + ((d.month ?? 12) - 1) : null;
}

export function monthOf(date: Date): MonthIndex {
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

/** Short month names as Telltale writes them ("Jan"), in the UI language. */
const MONTH_WORDS = words('text_month_', ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']);
const MONTH_NAMES = Object.keys(MONTH_WORDS) as (keyof typeof MONTH_WORDS)[];

/** "Jan 2022" for month 0–11 of a year. */
function monthYear(monthOfYear: number, year: number): string {
  return t('text_month_year', [MONTH_WORDS[MONTH_NAMES[monthOfYear]!], year]);
}

export function formatMonth(month: MonthIndex): string {
  return monthYear(month % 12, Math.floor(month / 12));
}

export function formatPartialDate(value: PartialDate | null): string {
  const d = parsePartialDate(value);
  if (!d) return t('text_present');
  return d.month === null ? String(d.year) : monthYear(d.month - 1, d.year);
}

/** "2 yrs 8 mos", the way LinkedIn writes durations. */
export function formatDuration(months: number): string {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const showYears = years > 0;
  const showMonths = rest > 0 || years === 0;
  if (showYears && showMonths) return t('text_years_months', [tn('text_years', years), tn('text_months', rest)]);
  if (showYears) return tn('text_years', years);
  return showMonths ? tn('text_months', rest) : '';
}

/** Whole days between an ISO date (YYYY-MM-DD or a timestamp) and now; null when unparseable. */
export function daysBefore(iso: string | null | undefined, now: Date): number | null {
  if (!iso) return null;
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return null;
  return Math.floor((now.getTime() - t) / 86_400_000);
}

/**
 * LinkedIn's duration text ("2 yrs 4 mos", "2 years 9 months", "1 mo", "Less than a year") in months.
 * null when the text is in a form this reader does not know (other interface languages): then the
 * duration is simply not compared.
 */
export function parseDurationText(text: string | null): { months: number; lessThanAYear: boolean } | null {
  if (!text) return null;
  const t = text.trim().toLowerCase();
  if (/^less than a year$/.test(t)) return { months: 0, lessThanAYear: true };
  const m = /^(?:(\d+)\s*(?:yrs?|years?))?\s*(?:(\d+)\s*(?:mos?|months?))?$/.exec(t);
  if (!m || (!m[1] && !m[2])) return null;
  return { months: Number(m[1] ?? 0) * 12 + Number(m[2] ?? 0), lessThanAYear: false };
}
