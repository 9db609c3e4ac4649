// What the `application` signals share: "not checked" without an application, the application's
// entries as the profile's Position and Education shapes (so the employment and degree helpers apply
// to both sides), tolerant matching of employers and schools, degree levels and title seniority in
// the seven languages, and the side-by-side wording every finding uses.
import type { AssessContext, Category, Education, NotChecked, Position, ProfileSnapshot } from '../../model.ts';
import type { Application, ApplicationEducation, ApplicationPosition } from '../../application/model.ts';
import { notChecked } from './findings.ts';
import { degreeLevel, type DegreeLevel } from './degrees.ts';
import { employerKey, looseSpan } from './employment.ts';
import { earliestMonth, formatPartialDate, latestMonth, monthOf, type MonthIndex } from './partial-dates.ts';
import { foldToAscii, skeleton } from './person-names.ts';
import { countryOfLocation } from '../../phone/location-country.ts';
import { withoutWorkMode } from '../../work-mode.ts';
import { t, words } from '../../i18n.ts';

type Self = { id: string; category: Category };

export function applicationMissing(ctx: AssessContext, self: Self): NotChecked | null {
  return ctx.application ? null : notChecked(self, t('cov_no_application'), t('cov_no_application_how'));
}

/** The application for the phone checks, or why they cannot run: no application, or no number on it. */
export function applicationWithPhones(ctx: AssessContext, self: Self): { app: Application; notChecked?: undefined } | { app?: undefined; notChecked: NotChecked } {
  const missing = applicationMissing(ctx, self);
  if (missing) return { notChecked: missing };
  const app = ctx.application!;
  if (app.phones.length === 0) return { notChecked: notChecked(self, t('cov_no_application_phone'), t('cov_no_application_phone_how')) };
  return { app };
}

/** The region numbers without a country code belong to: the application's stated place, else the profile's, else the user's default. */
export function applicationRegion(app: Application, snapshot: ProfileSnapshot, ctx: AssessContext): string | null {
  return countryOfLocation(app.location) ?? countryOfLocation(snapshot.location) ?? ctx.region;
}

export function applicationPositions(app: Application): Position[] {
  return app.positions.map((p, i) => asPosition(p, i));
}

function asPosition(p: ApplicationPosition, i: number): Position {
  return {
    ref: `application:position:${i}`,
    // A work mode written after a name ("Acme (Remote)", from any reader) is not part of it: it is
    // neither compared nor repeated in a finding's advice.
    title: p.title ? withoutWorkMode(p.title) : '',
    company: withoutWorkMode(p.employer),
    companyUrl: null,
    employmentType: null,
    dates: p.dates,
    duration: null,
    start: p.start,
    // A position with a start and no end is current only when the application says so; otherwise
    // its end is unknown, which the helpers read as a single date (start = end).
    end: p.current ? null : (p.end ?? p.start),
    current: p.current,
    location: null,
    description: null,
  };
}

export function applicationEducation(app: Application): Education[] {
  return app.education.map((e: ApplicationEducation, i) => ({
    ref: `application:education:${i}`,
    school: e.school,
    schoolUrl: null,
    degree: e.degree,
    field: e.field,
    dates: e.dates,
    start: e.start,
    end: e.end,
  }));
}

/**
 * One employer when the folded names agree, or one is the other with words added ("Acme" and "Acme
 * Robotics GmbH"), legal forms and case aside. A renamed or acquired company is not recognised:
 * the findings say so.
 */
export function sameEmployerName(a: string, b: string): boolean {
  const ka = employerKeyOf(a);
  const kb = employerKeyOf(b);
  if (!ka || !kb) return false;
  if (ka === kb) return true;
  const [short, long] = ka.length <= kb.length ? [ka, kb] : [kb, ka];
  return short.length >= 4 && long.startsWith(short);
}

function employerKeyOf(name: string): string {
  return employerKey({ company: name } as Position).replace(/\b(sas|sarl|sl|srl|spa|bv|nv|lda|ltda|ag|se|kg|oy|as)\b/g, '');
}

/** A title as compared between the two sides: a work mode, case, accents, punctuation and spacing aside. */
export const titleKey = (title: string): string =>
  withoutWorkMode(title).normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

interface TitleWords {
  key: string;
  words: Set<string>;
  rank: number | null;
}

function titleWords(title: string): TitleWords {
  const key = titleKey(title);
  return { key, words: new Set(key.split(' ')), rank: seniorityRank(title) };
}

/** How alike two titles are: 1 for the same title, else the words they share over the words either has. */
function titleLikeness(a: TitleWords, b: TitleWords): number {
  if (a.key.length === 0 || b.key.length === 0) return 0;
  if (a.key === b.key) return 1;
  // Two titles of different seniority are two roles ("Software Engineer", "Senior Software Engineer").
  if (a.rank !== b.rank) return 0;
  const shared = [...a.words].filter((w) => b.words.has(w)).length;
  return shared / (a.words.size + b.words.size - shared);
}

/** Titles this alike name one role written two ways ("Senior Software Engineer", "Senior Engineer"). */
const SAME_ROLE_LIKENESS = 0.6;

/**
 * The profile's counterpart of each of the application's roles at one employer, matched role by role
 * by title, then by dates: the profile role of the same title (of two, a return to a role, the one
 * whose dates are closest), else one whose title of the same seniority shares most of its words. Each
 * profile role stands for one application role at most; a role without a counterpart by title is not
 * matched, so its dates are never compared with another role's.
 */
export function matchRoles(mine: readonly Position[], theirs: readonly Position[]): Map<Position, Position> {
  const apart = (a: string | null, b: string | null) => {
    const ma = earliestMonth(a);
    const mb = earliestMonth(b);
    return ma === null || mb === null ? (a === b ? 0 : 1200) : Math.abs(ma - mb);
  };
  const theirWords = theirs.map((q) => titleWords(q.title));
  const pairs: { app: Position; profile: Position; likeness: number; distance: number }[] = [];
  for (const app of mine) {
    const words = titleWords(app.title);
    theirs.forEach((profile, j) => {
      const likeness = titleLikeness(words, theirWords[j]!);
      if (likeness >= SAME_ROLE_LIKENESS) pairs.push({ app, profile, likeness, distance: apart(app.start, profile.start) + apart(app.end, profile.end) });
    });
  }
  pairs.sort((x, y) => y.likeness - x.likeness || x.distance - y.distance);
  const matched = new Map<Position, Position>();
  const taken = new Set<Position>();
  for (const { app, profile } of pairs) {
    if (matched.has(app) || taken.has(profile)) continue;
    matched.set(app, profile);
    taken.add(profile);
  }
  return matched;
}

/** Words every school name has that say nothing about which school it is. */
const SCHOOL_GENERIC = new Set([
  'university', 'universitat', 'universite', 'universidad', 'universidade', 'universiteit', 'universita', 'of', 'the', 'de', 'del',
  'der', 'des', 'du', 'do', 'da', 'di', 'la', 'le', 'und', 'and', 'et', 'y', 'e', 'technische', 'technical', 'technology',
  'technologie', 'institute', 'institut', 'instituto', 'istituto', 'school', 'college', 'hochschule', 'fachhochschule', 'ecole',
  'escuela', 'escola', 'scuola', 'academy', 'akademie', 'national', 'nationale', 'state', 'polytechnic', 'politecnico', 'applied',
  'sciences', 'science', 'fur', 'for',
  // A campus or site after a comma ("University of Northbridge, Eastfield Campus", "Standort Wedel", "site de Kerdu").
  'campus', 'site', 'standort', 'sede', 'polo', 'branch',
]);

function schoolTokens(name: string): string[] {
  return foldToAscii(name)
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length > 1 && !SCHOOL_GENERIC.has(t));
}

/** Words that name a part of a school, not a campus. */
const SUB_UNIT = /\b(department|dept|faculty|fakultat|fachbereich|faculte|facultad|faculdade|facolta|school of|college of|lehrstuhl|chair|lab|laboratory|laboratoire|institute of|institut fur|graduate school)\b/;

/** Two lists of words share one: the same word, or two of four letters or more with the same consonant skeleton of three or more ("muenchen", "munchen"). */
function shareToken(ta: readonly string[], tb: readonly string[]): boolean {
  return ta.some((x) => tb.some((y) => x === y || (x.length >= 4 && y.length >= 4 && skeleton(x).length >= 3 && skeleton(x) === skeleton(y))));
}

/**
 * Two school names name one school: a distinctive word in common (by consonant skeleton), or one is
 * the other's acronym. When both names go on after a comma ("University of California, Berkeley"
 * and "University of California, Los Angeles"), what follows it must share a word too: it names the
 * campus, and two campuses of one university are two schools.
 */
export function sameSchool(a: string, b: string): boolean {
  const ta = schoolTokens(a);
  const tb = schoolTokens(b);
  if (shareToken(ta, tb)) {
    const [ra, rb] = [a, b].map((n) => n.split(',').slice(1).join(' '));
    // A department or faculty after the comma says nothing about which campus ("ETH Zürich, Department of Computer Science").
    if (SUB_UNIT.test(foldToAscii(ra!)) || SUB_UNIT.test(foldToAscii(rb!))) return true;
    const qa = schoolTokens(ra!);
    const qb = schoolTokens(rb!);
    return qa.length === 0 || qb.length === 0 || shareToken(qa, qb);
  }
  const acronym = (name: string): string =>
    foldToAscii(name)
      .split(/[^a-z]+/)
      .filter((w) => w.length > 0 && !['of', 'the', 'de', 'and', 'fur', 'und'].includes(w))
      .map((w) => w[0])
      .join('');
  const fa = foldToAscii(a).replace(/[^a-z]/g, '');
  const fb = foldToAscii(b).replace(/[^a-z]/g, '');
  return (fa.length >= 2 && fa.length <= 6 && acronym(b) === fa) || (fb.length >= 2 && fb.length <= 6 && acronym(a) === fb);
}

/** The level of a degree in the seven languages; null when not stated or not a higher-education degree. */
export function levelOf(degree: string | null): Exclude<DegreeLevel, 'other'> | null {
  if (!degree) return null;
  const d = foldToAscii(degree);
  if (/\b(doctorat|doctorado|doutorado|dottorato|promotion|doktor|dr\.)/.test(d)) return 'doctorate';
  // The French engineering diploma ("diplôme d'ingénieur") is a master's degree; "diplôme" alone says no level.
  if (/\b(master|mestrado|maestria|laurea magistrale|laurea specialistica|diplom|magister|m\.?\s?sc|m\.?\s?a\.?|msc|mba|diplome d.?ingenieur|ingenieur diplome)\b/.test(d)) return 'master';
  if (/\b(bachelor|licence|licenciatura|grado|bacharelado|laurea triennale|laurea|b\.?\s?sc|b\.?\s?a\.?|bsc|propedeuse)\b/.test(d)) return 'bachelor';
  const english = degreeLevel({ degree } as Education);
  return english && english !== 'other' ? english : null;
}

/** "a bachelor's degree", in the UI language. */
export const LEVEL_WORDS: Readonly<Record<Exclude<DegreeLevel, 'other'>, string>> = words('text_degree_level_', ['associate', 'bachelor', 'master', 'doctorate']);

/**
 * How senior a title says its holder is, 0 (intern) to 6 (chief), in the seven languages; null when
 * the title says nothing either way. Only compared between two titles at one employer for the same
 * months, never against a standard.
 */
export function seniorityRank(title: string | null): number | null {
  if (!title) return null;
  const t = foldToAscii(title);
  if (/\b(chief|cto|ceo|cfo|coo|cio|ciso|geschaftsfuhrer\w*|pdg|directeur general|director general)\b/.test(t)) return 6;
  if (/\b(vp|vice president|director\w*|directeur|directrice|diretor\w*|direttore|direttrice|bereichsleiter\w*)\b/.test(t)) return 5;
  if (/\b(principal|head of|leiter\w*|leitung|architect\w*|architekt\w*|distinguished)\b/.test(t)) return 4;
  if (/\b(senior|sr\.?|staff|lead|team ?lead|tech ?lead|teamleiter\w*|confirme\w*|ssr)\b/.test(t)) return 3;
  if (/\b(intern|internship|trainee|apprentice|werkstudent\w*|praktikant\w*|stagiaire|becari[oa]|estagiari[oa]|tirocinante|stagista|stagiair|student)\b/.test(t)) return 0;
  if (/\b(junior|jr\.?|graduate|assistant|assistent\w*|debutant\w*)\b/.test(t)) return 1;
  return 2;
}

export interface Span {
  start: MonthIndex;
  end: MonthIndex;
}

/** The widest reading of a position's months (bare years from January to December), ending now when current. */
export function widest(p: Position, ctx: AssessContext): Span | null {
  return looseSpan(p, ctx);
}

/** The narrowest reading: a bare year stands for its last month as a start and its first as an end. */
export function narrowest(p: { start: string | null; end: string | null }, ctx: AssessContext): Span | null {
  const start = latestMonth(p.start);
  if (start === null) return null;
  const end = p.end === null ? monthOf(ctx.now) : earliestMonth(p.end);
  return end === null ? null : { start, end };
}

/**
 * The least the two dates can differ by, in months: bare years are read as whatever month brings them
 * closest, so "2015" and "2016" differ by at least 1 month, "2015" and "2017" by at least 13.
 */
export function leastMonthsApart(a: string | null, b: string | null, now: Date, openIsNow = true): number | null {
  const range = (d: string | null): [number, number] | null => {
    if (d === null) return openIsNow ? [monthOf(now), monthOf(now)] : null;
    const lo = earliestMonth(d);
    const hi = latestMonth(d);
    return lo === null || hi === null ? null : [lo, hi];
  };
  const ra = range(a);
  const rb = range(b);
  if (!ra || !rb) return null;
  if (ra[1] < rb[0]) return rb[0] - ra[1];
  if (rb[1] < ra[0]) return ra[0] - rb[1];
  return 0;
}

/** "Mar 2019 – Present", "2012 – 2014". */
export function describeDates(start: string | null, end: string | null, current: boolean): string {
  if (!start && !end) return t('text_no_dates');
  if (!start) return formatPartialDate(end);
  return `${formatPartialDate(start)} – ${end === null ? (current ? t('text_present') : '?') : formatPartialDate(end)}`;
}

/** 'Application: "…" · Profile: "…"': every finding shows both values. */
export function sideBySide(application: string, profile: string): string {
  return t('text_side_by_side', [application, profile]);
}
