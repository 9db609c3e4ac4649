// Issue 22, item 2: every structure file in ../shared/linkedin-structures (the structure of a real
// 2025–26 page, nobody's data) rendered back to HTML with invented words of the same shapes
// (structure-fill.ts), read, and checked against what a person sees on the filled page: the
// counts and flags below were written from reading each structure, and every text the readers
// return must be text of the page. Read twice, as `telltale scan` reads a saved page (no URL) and
// as the browser reads it (the profile's URL): the same kind and the same coverage.
// Without ../shared the test says so and skips.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../src/extract/index.ts';
import type { CoveragePart, PartCoverage, ProfileSnapshot } from '../../src/model.ts';
import { REPO } from './pages.ts';
import { fillStructure, seedOf } from './structure-fill.ts';

const DIR = join(REPO, '../shared/linkedin-structures');
const present = existsSync(DIR);
if (!present) console.log(`structures: ${DIR} is absent; skipping the structure-file test`);

type Part = 'experience' | 'education' | 'certifications' | 'skills';
/** A list part: how many entries a person sees, or "pending" (an empty placeholder, not scrolled to), or "absent". */
type PartSeen = number | 'pending' | 'absent';

interface Expected {
  kind: string;
  layout: string;
  /** Fields a person sees on the page (non-null). */
  shown: ('name' | 'headline' | 'location' | 'connections' | 'followers' | 'about')[];
  verified: boolean | null;
  openToWork: boolean | null;
  hasPhoto: boolean | null;
  parts: Record<Part, PartSeen>;
  activity?: 'some';
}

/** What a person sees on each page, written from its structure file (README of the folder). */
export const EXPECTED: Record<string, Expected> = {
  'sdui-2026-full-a.json': {
    kind: 'profile', layout: 'sdui-2026',
    shown: ['name', 'headline', 'location', 'connections', 'followers', 'about'],
    verified: true, openToWork: false, hasPhoto: true,
    parts: { experience: 10, education: 2, certifications: 'absent', skills: 2 },
    activity: 'some',
  },
  'sdui-2026-full-b.json': {
    kind: 'profile', layout: 'sdui-2026',
    shown: ['name', 'headline', 'location', 'connections', 'followers', 'about'],
    verified: true, openToWork: false, hasPhoto: true,
    parts: { experience: 4, education: 2, certifications: 2, skills: 2 },
  },
  'sdui-2026-selfview-pl.json': {
    kind: 'profile', layout: 'sdui-2026',
    shown: ['name', 'headline', 'location', 'connections', 'about'],
    verified: true, openToWork: false, hasPhoto: true,
    parts: { experience: 'pending', education: 'pending', certifications: 'pending', skills: 'pending' },
    activity: 'some',
  },
  'sdui-2025-early-variant.json': {
    kind: 'profile', layout: 'sdui-2026',
    shown: ['name', 'headline', 'location', 'connections'],
    // The badge's wrapper is there with no icon in it: not shown as verified.
    verified: false, openToWork: false, hasPhoto: null,
    parts: { experience: 'pending', education: 'pending', certifications: 'pending', skills: 'pending' },
  },
  'sdui-2026-topcard-activity.json': {
    kind: 'profile', layout: 'sdui-2026',
    shown: ['name', 'headline', 'location', 'connections', 'followers', 'about'],
    verified: true, openToWork: false, hasPhoto: true,
    parts: { experience: 'pending', education: 'pending', certifications: 'pending', skills: 'pending' },
    activity: 'some',
  },
  'ember-2025-selfview.json': {
    kind: 'profile', layout: 'logged-in-2025',
    shown: ['name', 'headline', 'location', 'connections', 'followers', 'about'],
    // Its "Open to work" card (a link headed "Open to work", the roles, "Show details"). The icon
    // beside the name is not read as verification in this layout: a real page of it with the same
    // icon was written down as showing no badge (../shared/linkedin-pages/expected/logged-in/brocc-profile2.json).
    verified: false, openToWork: true, hasPhoto: null,
    parts: { experience: 3, education: 1, certifications: 2, skills: 2 },
  },
  // The public page's hooks (its classes, data-section values, <head>) are shaped or missing in
  // its structure file: the filled page is a public profile without hooks, read by its text.
  'guest-2026-pt.json': {
    kind: 'profile', layout: 'unknown',
    shown: ['name', 'location', 'followers', 'about'],
    verified: null, openToWork: null, hasPhoto: null,
    parts: { experience: 'absent', education: 'absent', certifications: 'absent', skills: 'absent' },
  },
};

const PARTS: Part[] = ['experience', 'education', 'certifications', 'skills'];
const FIELDS = ['name', 'headline', 'location', 'connections', 'followers', 'about'] as const;

function normal(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Every value a reader returned that must be text of the page. */
function texts(snap: ProfileSnapshot): [string, string][] {
  const out: [string, string][] = [];
  for (const f of ['name', 'headline', 'location'] as const) if (snap[f]) out.push([f, snap[f]!]);
  for (const p of snap.experience) out.push(['experience.title', p.title], ['experience.company', p.company]);
  for (const e of snap.education) out.push(['education.school', e.school], ...(e.degree ? ([['education.degree', e.degree]] as [string, string][]) : []));
  for (const c of snap.certifications) out.push(['certifications.name', c.name]);
  return out.filter(([, v]) => v !== '');
}

function partOk(c: PartCoverage, list: unknown[], want: PartSeen): boolean {
  if (want === 'pending') return !c.seen && c.pending === true && !c.unreadable;
  if (want === 'absent') return !c.seen && !c.unreadable && list.length === 0;
  return c.seen && c.shown === want && list.length === want;
}

interface Row {
  file: string;
  checks: { field: string; ok: boolean; detail: string }[];
}

function check(file: string, snap: ReturnType<typeof readPage>, page: ReturnType<typeof fillStructure>, want: Expected): Row {
  const checks: Row['checks'] = [];
  const add = (field: string, ok: boolean, detail = ''): void => void checks.push({ field, ok, detail });
  add('kind', snap.kind === want.kind, `${snap.kind}`);
  add('layout', snap.layout === want.layout, `${snap.layout}`);
  if (!('schemaVersion' in snap)) return { file, checks };
  for (const f of FIELDS) add(f, want.shown.includes(f) ? snap[f] !== null : snap[f] === null, String(snap[f]));
  add('verified', snap.verified === want.verified, String(snap.verified));
  add('openToWork', snap.openToWork === want.openToWork, String(snap.openToWork));
  add('hasPhoto', snap.hasPhoto === want.hasPhoto, String(snap.hasPhoto));
  for (const part of PARTS) add(part, partOk(snap.coverage[part], snap[part], want.parts[part]), JSON.stringify(snap.coverage[part]));
  if (want.activity) add('activity', snap.coverage.activity.seen && snap.activity.length > 0, `${snap.activity.length}`);
  const body = normal(page.doc.body?.textContent ?? '');
  for (const [field, value] of texts(snap)) add(`${field} is page text`, body.includes(normal(value)), value);
  for (const p of snap.experience) add('experience.dates', p.start !== null && (p.end === null || p.end >= p.start), `${p.start}..${p.end}`);
  // Never "read, none" while the page shows the part's entries.
  for (const part of PARTS) {
    const c = snap.coverage[part];
    add(`${part} never read-and-empty`, !(c.seen && c.shown === 0), JSON.stringify(c));
  }
  return { file, checks };
}

describe.skipIf(!present)('every real page structure, filled with invented words (issue 22)', () => {
  const files = present ? readdirSync(DIR).filter((n) => n.endsWith('.json')).sort() : [];
  const rows: Row[] = [];

  it('has an expectation for every structure file', () => {
    expect(files.filter((f) => !EXPECTED[f])).toEqual([]);
  });

  for (const file of files) {
    const want = EXPECTED[file];
    if (!want) continue;
    it(`${file}: read as a person sees it, the same with and without the URL`, () => {
      const page = fillStructure(JSON.parse(readFileSync(join(DIR, file), 'utf8')), seedOf(file));
      const saved = readPage(page.doc, null);
      const live = readPage(fillStructure(JSON.parse(readFileSync(join(DIR, file), 'utf8')), seedOf(file)).doc, `https://www.linkedin.com/in/${page.filler.slug}/`);
      const row = check(file, saved, page, want);
      rows.push(row);
      expect(live.kind).toBe(saved.kind);
      if ('coverage' in live && 'coverage' in saved) {
        for (const part of Object.keys(saved.coverage) as CoveragePart[]) expect({ part, ...live.coverage[part] }).toEqual({ part, ...saved.coverage[part] });
      }
      const failed = row.checks.filter((c) => !c.ok);
      expect({ failed: failed.map((c) => c.field), read: failed.map((c) => `${c.field}: ${c.detail}`) }).toMatchObject({ failed: KNOWN_GAPS[file] ?? [] });
    });
  }

  it('an Education entry without its logo column on the full 2026 page leaves Education "could not be read"', () => {
    const file = 'sdui-2026-full-a.json';
    const page = fillStructure(JSON.parse(readFileSync(join(DIR, file), 'utf8')), seedOf(file));
    const edu = page.doc.querySelector('[componentkey$="EducationTopLevelSection"]');
    const logos = [...(edu?.querySelectorAll('figure') ?? [])];
    expect(logos.length).toBe(2);
    logos[1]!.closest('a')?.remove();
    const snap = readPage(page.doc, null);
    if (!('coverage' in snap)) throw new Error('not a profile');
    expect(snap.coverage.education).toMatchObject({ seen: false, unreadable: true });
  });

  it('prints the accuracy per structure file and per field', () => {
    const byField = new Map<string, [number, number]>();
    const lines: string[] = ['structure file                      checks ok'];
    for (const r of rows) {
      const ok = r.checks.filter((c) => c.ok).length;
      lines.push(`${r.file.padEnd(36)}${String(ok).padStart(3)}/${r.checks.length}  ${((100 * ok) / r.checks.length).toFixed(1)} %`);
      for (const c of r.checks) {
        const key = c.field.replace(/ is page text$/, ' (page text)');
        const [a, b] = byField.get(key) ?? [0, 0];
        byField.set(key, [a + (c.ok ? 1 : 0), b + 1]);
      }
    }
    lines.push('', 'field                                  ok');
    for (const [field, [a, b]] of [...byField].sort()) lines.push(`${field.padEnd(38)}${a}/${b}`);
    console.log(lines.join('\n'));
    expect(rows.length).toBe(files.length);
  });
});

/**
 * What is still not read, said here so that the test fails when it changes either way: each entry
 * is a check that fails today. Empty for a page read as a person sees it.
 */
const KNOWN_GAPS: Record<string, string[]> = {
  // The location line (with its "Contact info" button, whose words the filling cannot restore)
  // is taken for the headline; the page shows no headline of its own.
  'guest-2026-pt.json': ['headline', 'location'],
};
