// Reading positions the way the catalogue talks about them: full-time or not, senior or not, and
// which employer. Most positions show no employment type at all; then nothing is proven.
import type { AssessContext, Position } from '../../model.ts';
import { exactMonth, earliestMonth, latestMonth, monthOf, type MonthIndex } from './partial-dates.ts';
import { memoizeString } from './memo.ts';
import { t } from '../../i18n.ts';

/** Roles the catalogue lists as legitimately held beside a full-time job. */
const SIDE_ROLE_TYPE = /part[- ]?time|contract|freelanc|self[- ]?employed|intern|apprentice|seasonal|volunteer|temporary/i;
const SIDE_ROLE_TITLE =
  /\b(founder|co-?founder|(?<!product\s)owner|advis[eo]r|advisory|board|trustee|volunteer|intern(ship)?|mentor|freelanc\w*|contractor|part[- ]time|ambassador|angel|investor|teaching assistant|student(?!\s+(success|affairs|services|experience|recruitment|engagement|life)))\b/i;

/**
 * A founder's own company, told by the role's own description when the title does not say it
 * ("General Manager" with "I co-founded …"): the catalogue lists founders among the side roles.
 */
const FOUNDED_IN_DESCRIPTION = /\b(co-?founded|founded|co-?founder|founder|started my own|my own (company|business|studio|agency))\b/i;

export function isFullTime(p: Position): boolean {
  return (
    !!p.employmentType &&
    /full[- ]?time/i.test(p.employmentType) &&
    !SIDE_ROLE_TITLE.test(p.title) &&
    !(p.description && FOUNDED_IN_DESCRIPTION.test(p.description))
  );
}

export function isSideRole(p: Position): boolean {
  return (!!p.employmentType && SIDE_ROLE_TYPE.test(p.employmentType)) || SIDE_ROLE_TITLE.test(p.title);
}

export function isInternOrStudent(p: Position): boolean {
  return /\b(intern(ship)?|trainee|apprentice|student(?!\s+(success|affairs|services|experience|recruitment|engagement|life))|werkstudent|graduate assistant|teaching assistant)\b/i.test(p.title) ||
    (!!p.employmentType && /intern|apprentice/i.test(p.employmentType));
}

/**
 * Titles that claim seniority. "Lead" counts only as an engineering lead ("Tech Lead", "Lead Engineer"):
 * "Project Lead" is a common first job. "Staff" counts only as a grade ("Staff Engineer"), not "Staff Trainer".
 */
const SENIOR_TITLE =
  /\b(senior|sr\.?|principal|head of|director|vp|vice president|chief|cto|cio|ceo|architect|staff (software|engineer|data|machine|ml|product|security|site|backend|frontend|full[- ]?stack|developer|scientist)|(tech|technical|engineering|team) lead|lead (engineer|developer|architect|data|software|scientist|designer))\b/i;

export function isSeniorTitle(title: string): boolean {
  return SENIOR_TITLE.test(title);
}

export function isFounderTitle(title: string): boolean {
  // "Product Owner" is an employee's role, not ownership.
  return /\b(co-?founder|founder|(?<!product\s)owner)\b/i.test(title);
}

/** A company page URL without tracking query, country subdomain or trailing slash. */
function companyPage(p: Position): string | null {
  return p.companyUrl ? companyPageOf(p.companyUrl) : null;
}

const companyPageOf = memoizeString((url: string): string =>
  url
    .replace(/[?#].*$/, '')
    .replace(/\/+$/, '')
    .replace(/^https?:\/\/[a-z]{2,3}\.linkedin\.com/i, 'https://www.linkedin.com')
    .toLowerCase(),
);

/** Company name folded: case, diacritics and legal suffixes do not make another employer. */
export function employerKey(p: Position): string {
  return employerKeyOf(p.company);
}

const employerKeyOf = memoizeString((company: string): string =>
  company
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\b(inc|llc|ltd|gmbh|ab|sa|plc|corp|corporation|co|company|limited)\b\.?/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ''),
);

/**
 * One employer when the folded names agree or both link the same company page. Guest and logged-in
 * pages link companies differently (vanity vs numeric URLs, tracking queries), so a URL mismatch alone
 * never makes two employers.
 */
export function sameEmployer(a: Position, b: Position): boolean {
  if (employerKey(a) === employerKey(b)) return true;
  const pa = companyPage(a);
  return pa !== null && pa === companyPage(b);
}

/** Month-precise span, ending now for current roles; null when a date is a bare year or missing. */
export function exactSpan(p: Position, ctx: AssessContext): { start: MonthIndex; end: MonthIndex } | null {
  const start = exactMonth(p.start);
  if (start === null) return null;
  // No end shown means "Present" (LinkedIn writes a single date as start = end).
  const end = p.end === null ? monthOf(ctx.now) : exactMonth(p.end);
  if (end === null) return null;
  return { start, end };
}

/** The widest span a position can stand for, bare years included; null without a start. */
export function looseSpan(p: Position, ctx: AssessContext): { start: MonthIndex; end: MonthIndex } | null {
  const start = earliestMonth(p.start);
  if (start === null) return null;
  const end = p.end === null ? monthOf(ctx.now) : latestMonth(p.end);
  return end === null ? null : { start, end };
}

/** Months covered by the union of the positions' spans (overlaps counted once). */
export function coveredMonths(positions: readonly Position[], ctx: AssessContext): number {
  return coveredMonthsOf(positions.map((p) => looseSpan(p, ctx)));
}

/** Months covered by the union of spans, optionally cut at a last month (nulls ignored). */
export function coveredMonthsOf(input: readonly ({ start: MonthIndex; end: MonthIndex } | null)[], until: MonthIndex = Infinity): number {
  const spans = input
    .filter((s): s is { start: number; end: number } => s !== null)
    .map((s) => ({ start: s.start, end: Math.min(s.end, until) }))
    .filter((s) => s.end >= s.start)
    .sort((a, b) => a.start - b.start);
  let total = 0;
  let curStart = -1;
  let curEnd = -2;
  for (const s of spans) {
    if (s.start > curEnd + 1) {
      if (curEnd >= curStart && curStart >= 0) total += curEnd - curStart + 1;
      curStart = s.start;
      curEnd = s.end;
    } else curEnd = Math.max(curEnd, s.end);
  }
  if (curStart >= 0) total += curEnd - curStart + 1;
  return total;
}

/** "Software Engineer at Acme (Jan 2022 – Present)" */
export function describePosition(p: Position): string {
  const dates = p.dates ?? [p.start, p.end ?? t('text_present')].filter(Boolean).join(' – ');
  return dates ? t('text_position', [p.title, p.company, dates.replace(/\s+-\s+/, ' – ')]) : t('text_position_undated', [p.title, p.company]);
}
