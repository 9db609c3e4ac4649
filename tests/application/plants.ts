// Mismatches planted in applications written from the corpus people's profiles (issue 25, item 7):
// each plant changes one thing in a person's résumé (a job's or a role's dates, a school, a degree's
// dates, a title, an employer added or left out), the résumé is written in every entry style the
// corpus knows, read back, and compared with the person's unchanged profile. A plant that does not
// apply to a person (no role with a comma, no promotion, no undated school…) is left out for them.
import type { Severity } from '../../src/model.ts';
import { seniorityRank } from '../../src/signals/common/application.ts';
import type { Lang, Person } from './corpus.ts';

type Position = Person['positions'][number];
type School = Person['education'][number];

export interface Planted {
  person: Person;
  signal: string;
  severity: Severity;
  /** Texts the finding's evidence must show (both sides' values). */
  shows: string[];
  /** Signals that must stay silent (above info) for this plant: the change is another signal's to say. */
  silent?: string[];
}

export interface PersonPlant {
  kind: string;
  plant: (p: Person) => Planted | null;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2019-03" moved by `months` ("2017-03" for -24); a bare year moves by whole years. */
export function shift(date: string, months: number): string {
  const [y, m] = date.split('-').map(Number) as [number, number | undefined];
  if (m === undefined) return String(y + Math.round(months / 12));
  const index = y * 12 + (m - 1) + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The date as the findings write it in English ("Mar 2019", "2016"). */
export function shown(date: string): string {
  const [y, m] = date.split('-');
  return m ? `${MONTHS[Number(m) - 1]} ${y}` : y!;
}

const monthsBetween = (a: string, b: string): number => {
  const [ya, ma] = a.split('-').map(Number) as [number, number | undefined];
  const [yb, mb] = b.split('-').map(Number) as [number, number | undefined];
  return yb * 12 + (mb ?? 1) - (ya * 12 + (ma ?? 1));
};

/** LinkedIn shows a company without its legal form (./pairs.ts). */
const onProfile = (employer: string): string => employer.replace(/\s+(GmbH|SAS|S\.L\.|Lda|AG|SA)$/, '');

function withPosition(p: Person, i: number, change: Partial<Position>): Person {
  return { ...p, positions: p.positions.map((x, j) => (j === i ? { ...x, ...change } : x)) };
}

function withSchool(p: Person, i: number, change: Partial<School>): Person {
  return { ...p, education: p.education.map((x, j) => (j === i ? { ...x, ...change } : x)) };
}

/** The last index whose item passes (Array.prototype.findLastIndex is ES2023). */
function lastIndex<T>(list: readonly T[], test: (x: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i]!)) return i;
  return -1;
}

const rolesAt = (p: Person, employer: string): number => p.positions.filter((x) => x.employer === employer).length;

/** Invented schools with a comma in their name, one per language. */
const OTHER_SCHOOL: Record<Lang, string> = {
  en: 'Polytechnic of Saltmarsh, Harbour Campus',
  de: 'Hochschule Moorland, Standort Nordufer',
  fr: 'Université de Pontlevé, site de Kerdu',
  es: 'Universidad de Almarena, Campus Norte',
  pt: 'Universidade de Vilarinho, Polo Sul',
};

/** A more senior title than a manager's or a senior engineer's (rank 5), one per language. */
const DIRECTOR: Record<Lang, string> = {
  en: 'Director of Engineering',
  de: 'Bereichsleiter Entwicklung',
  fr: 'Directeur des opérations',
  es: 'Director de operaciones',
  pt: 'Diretor de engenharia',
};

const CONSULTANT: Record<Lang, string> = { en: 'Consultant', de: 'Berater', fr: 'Consultant', es: 'Consultor', pt: 'Consultor' };

/** The first school of a stated level, preferring one with a comma in its name, dated or not as asked. */
function schoolToChange(p: Person, dated: boolean): number {
  const candidates = p.education.map((e, i) => [e, i] as const).filter(([e]) => (e.start !== null || e.end !== null) === dated);
  const comma = candidates.find(([e]) => e.school.includes(','));
  return (comma ?? candidates[0])?.[1] ?? -1;
}

export const PERSON_PLANTS: PersonPlant[] = [
  {
    kind: "a job's dates moved by two years",
    plant: (p) => {
      // The oldest employer where the person had one role.
      const i = lastIndex(p.positions, (x) => rolesAt(p, x.employer) === 1);
      if (i < 0) return null;
      const x = p.positions[i]!;
      const start = shift(x.start, -24);
      return { person: withPosition(p, i, { start }), signal: 'application-employment-dates-vs-profile', severity: 'warn', shows: [shown(start), shown(x.start)] };
    },
  },
  {
    kind: 'the first role at an employer with several, its start moved by two years',
    plant: (p) => {
      const i = lastIndex(p.positions, (x) => rolesAt(p, x.employer) > 1);
      if (i < 0) return null;
      const x = p.positions[i]!;
      const start = shift(x.start, -24);
      return {
        person: withPosition(p, i, { start }),
        signal: 'application-employment-dates-vs-profile',
        severity: 'warn',
        shows: [shown(start), shown(x.start), x.employer],
        silent: ['application-title-more-senior-than-profile'],
      };
    },
  },
  {
    kind: 'a moved role among several at one employer',
    plant: (p) => {
      // A promotion written a year and a half earlier: the newer role starts earlier and the older
      // one ends earlier, the time at the employer unchanged.
      const i = p.positions.findIndex((x, j) => {
        const older = p.positions[j + 1];
        return older !== undefined && older.employer === x.employer && older.end !== null && monthsBetween(older.start, older.end) > 20;
      });
      if (i < 0) return null;
      const newer = p.positions[i]!;
      const older = p.positions[i + 1]!;
      const person = withPosition(withPosition(p, i, { start: shift(newer.start, -18) }), i + 1, { end: shift(older.end!, -18) });
      return {
        person,
        signal: 'application-employment-dates-vs-profile',
        severity: 'info',
        // The moved role beside its own counterpart on the profile (same title, the profile's dates).
        shows: [`${newer.title} at ${newer.employer}, ${shown(shift(newer.start, -18))}`, `${newer.title} at ${onProfile(newer.employer)}, ${shown(newer.start)}`],
        silent: ['application-title-more-senior-than-profile', 'application-employer-missing-on-the-other-side'],
      };
    },
  },
  {
    kind: "a title with commas, its role's dates moved by two years",
    plant: (p) => {
      const i = p.positions.findIndex((x) => x.title.includes(','));
      if (i < 0) return null;
      const x = p.positions[i]!;
      const start = shift(x.start, -24);
      const alone = rolesAt(p, x.employer) === 1;
      return {
        person: withPosition(p, i, { start }),
        signal: 'application-employment-dates-vs-profile',
        severity: alone ? 'warn' : 'info',
        shows: [shown(start), shown(x.start), x.employer],
        silent: ['application-employer-missing-on-the-other-side'],
      };
    },
  },
  {
    kind: 'another school, with a comma in its name',
    plant: (p) => {
      const i = schoolToChange(p, true);
      if (i < 0) return null;
      const e = p.education[i]!;
      return { person: withSchool(p, i, { school: OTHER_SCHOOL[p.lang] }), signal: 'application-school-vs-profile', severity: 'warn', shows: [OTHER_SCHOOL[p.lang], e.school] };
    },
  },
  {
    kind: 'another school on a line without dates',
    plant: (p) => {
      const i = schoolToChange(p, false);
      if (i < 0) return null;
      const e = p.education[i]!;
      return { person: withSchool(p, i, { school: OTHER_SCHOOL[p.lang] }), signal: 'application-school-vs-profile', severity: 'warn', shows: [OTHER_SCHOOL[p.lang], e.school] };
    },
  },
  {
    kind: 'degree dates two years off',
    plant: (p) => {
      const i = p.education.findIndex((e) => e.end !== null);
      if (i < 0) return null;
      const e = p.education[i]!;
      const end = shift(e.end!, 24);
      // Years: the application's side shows its dates as written ("09/2016").
      const year = (d: string) => d.slice(0, 4);
      return { person: withSchool(p, i, { start: e.start ? shift(e.start, 24) : null, end }), signal: 'application-degree-dates-vs-profile', severity: 'warn', shows: [year(end), year(e.end!)] };
    },
  },
  {
    kind: 'an employer the profile does not list',
    plant: (p) => {
      // A short job at an invented employer, in months the profile covers, after the oldest one.
      const last = p.positions.at(-1)!;
      const start = shift(last.start, 1);
      const added: Position = { title: CONSULTANT[p.lang], employer: 'Ostkust Partners', start, end: shift(start, 5) };
      return {
        person: { ...p, positions: [...p.positions, added] },
        signal: 'application-employer-missing-on-the-other-side',
        severity: 'warn',
        shows: ['Ostkust Partners', 'no position at Ostkust Partners'],
      };
    },
  },
  {
    kind: 'a more senior title for the same months',
    plant: (p) => {
      const i = p.positions.findIndex((x) => (seniorityRank(x.title) ?? 9) < 5);
      if (i < 0) return null;
      const x = p.positions[i]!;
      return { person: withPosition(p, i, { title: DIRECTOR[p.lang] }), signal: 'application-title-more-senior-than-profile', severity: 'warn', shows: [DIRECTOR[p.lang], x.title] };
    },
  },
  {
    kind: 'a profile job the application leaves out',
    plant: (p) => {
      // An employer between two others: the application still covers its years.
      const employers = [...new Set(p.positions.map((x) => x.employer))];
      if (employers.length < 3) return null;
      const gone = employers[1]!;
      return {
        person: { ...p, positions: p.positions.filter((x) => x.employer !== gone) },
        signal: 'application-employer-missing-on-the-other-side',
        severity: 'info',
        shows: [onProfile(gone)],
      };
    },
  },
];
