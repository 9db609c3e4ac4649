// Field-by-field comparison of a read page with its expected file (the format of
// ../shared/linkedin-pages/expected/README.md and fixtures/**/*.expected.json).
import type { NotAProfile, ProfileSnapshot } from '../../src/model.ts';
import { firstCodePoints } from '../../src/extract/text.ts';

export interface FieldResult {
  /** Field family for the accuracy table: "name", "experience.title", … */
  field: string;
  /** Where: "name", "experience[2].title". */
  path: string;
  ok: boolean;
  got: unknown;
  want: unknown;
}

type Expected = Record<string, unknown> & {
  experience?: Record<string, unknown>[];
  education?: Record<string, unknown>[];
  certifications?: Record<string, unknown>[];
  activity?: Record<string, unknown>[];
  skills?: string[];
};

const SCALARS = [
  'kind', 'layout', 'capturedAround', 'profileUrl', 'slug', 'name', 'headline', 'location', 'connections',
  'followers', 'hasPhoto', 'openToWork', 'verified', 'about', 'experienceShownAll', 'experienceTotal',
] as const;

const LISTS: Record<string, readonly string[]> = {
  experience: ['title', 'company', 'employmentType', 'dates', 'duration', 'start', 'end', 'location'],
  education: ['school', 'degree', 'field', 'dates', 'start', 'end'],
  certifications: ['name', 'issuer', 'issued'],
  activity: ['relative', 'activityId', 'postedAt'],
};

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

export function compareToExpected(result: ProfileSnapshot | NotAProfile, expected: Expected): FieldResult[] {
  const out: FieldResult[] = [];
  const push = (field: string, path: string, got: unknown, want: unknown): void => {
    out.push({ field, path, ok: same(got, want), got, want });
  };
  if (!('schemaVersion' in result)) {
    // Not a profile: the kind, layout and (for a private page) the slug it names are what count.
    push('kind', 'kind', result.kind, expected.kind);
    push('layout', 'layout', result.layout, expected.layout);
    if (expected.slug !== null && expected.slug !== undefined) push('slug', 'slug', result.slug ?? null, expected.slug);
    return out;
  }
  const snap = result as unknown as Record<string, unknown>;
  for (const key of SCALARS) {
    let got = snap[key];
    if (key === 'about' && typeof got === 'string') got = firstCodePoints(got, 120);
    push(key, key, got, expected[key]);
  }
  for (const [list, fields] of Object.entries(LISTS)) {
    const gotList = (snap[list] as Record<string, unknown>[] | undefined) ?? [];
    const wantList = (expected[list] as Record<string, unknown>[] | undefined) ?? [];
    push(`${list}.count`, `${list}.length`, gotList.length, wantList.length);
    const n = Math.max(gotList.length, wantList.length);
    for (let i = 0; i < n; i++) {
      for (const f of fields) {
        push(`${list}.${f}`, `${list}[${i}].${f}`, gotList[i]?.[f] ?? null, wantList[i]?.[f] ?? null);
      }
    }
  }
  const gotSkills = (snap.skills as string[] | undefined) ?? [];
  const wantSkills = expected.skills ?? [];
  push('skills.count', 'skills.length', gotSkills.length, wantSkills.length);
  for (let i = 0; i < Math.max(gotSkills.length, wantSkills.length); i++) {
    push('skills', `skills[${i}]`, gotSkills[i] ?? null, wantSkills[i] ?? null);
  }
  return out;
}

export interface FieldStats {
  field: string;
  ok: number;
  total: number;
}

export function accuracyTable(results: FieldResult[]): FieldStats[] {
  const by = new Map<string, FieldStats>();
  for (const r of results) {
    const s = by.get(r.field) ?? { field: r.field, ok: 0, total: 0 };
    s.total++;
    if (r.ok) s.ok++;
    by.set(r.field, s);
  }
  return [...by.values()];
}

export function formatTable(stats: FieldStats[]): string {
  const rows = stats.map((s) => `${s.field.padEnd(26)} ${String(s.ok).padStart(4)}/${String(s.total).padEnd(4)} ${((100 * s.ok) / Math.max(1, s.total)).toFixed(1).padStart(6)}%`);
  const ok = stats.reduce((a, s) => a + s.ok, 0);
  const total = stats.reduce((a, s) => a + s.total, 0);
  rows.push(`${'ALL FIELDS'.padEnd(26)} ${String(ok).padStart(4)}/${String(total).padEnd(4)} ${((100 * ok) / Math.max(1, total)).toFixed(1).padStart(6)}%`);
  return rows.join('\n');
}
