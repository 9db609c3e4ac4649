// Issue 10, item 5: how much of a page the readers still read once every layout hook is gone
// (strip-hooks.ts), compared field by field with the page's expected file. Shared by
// tests/extract/hook-free.test.ts (the shared real pages, with the goal asserted) and
// scripts/hook-free-table.ts (any folder, e.g. real pages kept aside for checking).
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { isSnapshot, readPage } from '../../src/extract/index.ts';
import { emptySnapshot } from '../../src/extract/snapshot.ts';
import type { NotAProfile, ProfileSnapshot } from '../../src/model.ts';
import { accuracyTable, compareToExpected, type FieldResult, type FieldStats, formatTable } from './expected-compare.ts';
import { htmlFiles, parsePage } from './pages.ts';
import { parseHookFree, type StripOptions } from './strip-hooks.ts';

/** The fields the issue names as key: a miss here is what signals would reason from. */
export const KEY_FIELDS: readonly string[] = [
  'name', 'headline', 'location',
  'experience.title', 'experience.company', 'experience.start', 'experience.end',
  'education.school', 'education.start', 'education.end',
];

export const GOAL = { key: 0.9, all: 0.8 } as const;

/** Kinds that carry no profile: only kind and slug are compared for them. */
const NO_PROFILE_KINDS = new Set(['authwall', 'private', 'not-a-profile']);

export interface PageToMeasure {
  rel: string;
  file: string;
  /** The expected file; null: the page's own read with its hooks stands in for it. */
  expected: Record<string, unknown> | null;
}

export interface PageMeasure {
  rel: string;
  wantKind: string;
  gotKind: string;
  gotLayout: string;
  reason: string | null;
  /** Where the reference came from: the expected file, or the same page read with its hooks. */
  reference: 'expected' | 'with-hooks';
  fields: FieldResult[];
  /** What readPage made of the stripped page. */
  result: ProfileSnapshot | NotAProfile;
}

/** The expected file of a page: <root>/expected/<rel>.json (the shared set), else <name>.expected.json beside it (fixtures). */
export function expectedFor(root: string, file: string): Record<string, unknown> | null {
  const rel = relative(root, file);
  const candidates = [join(root, 'expected', rel.replace(/\.html?$/, '.json')), join(dirname(file), basename(file).replace(/\.html?$/, '.expected.json'))];
  for (const c of candidates) if (existsSync(c)) return JSON.parse(readFileSync(c, 'utf8')) as Record<string, unknown>;
  return null;
}

export function pagesUnder(root: string): PageToMeasure[] {
  return htmlFiles(root).map((file) => ({ rel: relative(root, file), file, expected: expectedFor(root, file) }));
}

/** A snapshot's values in the expected-file format, for a page that has no expected file. */
function asExpected(result: ProfileSnapshot | NotAProfile): Record<string, unknown> {
  if (!isSnapshot(result)) return { kind: result.kind, layout: result.layout, slug: result.slug ?? null };
  const snap = result as unknown as Record<string, unknown>;
  return { ...snap, about: typeof result.about === 'string' ? result.about : null };
}

/**
 * The comparison, made honest for the two cases the shared comparer does not count in full: a
 * profile read as no profile is compared as an empty snapshot (every field it missed counts), and
 * a page with no profile (auth wall, private) that was read as one is compared on kind and slug
 * only (its empty expected values must not count as matches). The layout is not compared: with
 * the hooks gone the page has no layout generation left to recognise.
 */
export function compareHookFree(result: ProfileSnapshot | NotAProfile, expected: Record<string, unknown>): FieldResult[] {
  let read: ProfileSnapshot | NotAProfile = result;
  const wantKind = String(expected.kind);
  if (NO_PROFILE_KINDS.has(wantKind) && isSnapshot(result)) {
    // Its kind is compared as read ("profile" ≠ "private"), through the not-a-profile branch.
    read = { kind: result.kind as NotAProfile['kind'], layout: result.layout, reason: 'read as a profile', slug: result.slug };
  } else if (!NO_PROFILE_KINDS.has(wantKind) && !isSnapshot(result)) {
    read = emptySnapshot(null, 'profile', result.layout);
    (read as unknown as { kind: string }).kind = result.kind;
  }
  return compareToExpected(read, expected).filter((f) => f.field !== 'layout');
}

export function measurePage(page: PageToMeasure, options: StripOptions = {}): PageMeasure {
  const html = readFileSync(page.file, 'utf8');
  const expected = page.expected ?? asExpected(readPage(parsePage(page.file), null));
  const result = readPage(parseHookFree(html, options), null);
  return {
    rel: page.rel,
    wantKind: String(expected.kind),
    gotKind: result.kind,
    gotLayout: result.layout,
    reason: isSnapshot(result) ? null : result.reason,
    reference: page.expected ? 'expected' : 'with-hooks',
    fields: compareHookFree(result, expected),
    result,
  };
}

export interface Share {
  ok: number;
  total: number;
}

export const share = (fields: readonly FieldResult[]): Share => ({ ok: fields.filter((f) => f.ok).length, total: fields.length });
export const keyFields = (fields: readonly FieldResult[]): FieldResult[] => fields.filter((f) => KEY_FIELDS.includes(f.field));
export const ratio = (s: Share): number => (s.total === 0 ? 0 : s.ok / s.total);
const pct = (s: Share): string => `${s.ok}/${s.total} (${(100 * ratio(s)).toFixed(1)} %)`;

/** Pages whose kind changed without their hooks (a public page read as private, …). */
export function kindChanges(pages: readonly PageMeasure[]): string[] {
  return pages.filter((p) => p.gotKind !== p.wantKind).map((p) => `${p.rel}: ${p.wantKind} read as ${p.gotKind}${p.reason ? ` (${p.reason})` : ''}`);
}

/** The printed report: per field, per page, key and all fields, kind changes. */
export function formatHookFreeReport(pages: readonly PageMeasure[], title: string): string {
  const all = pages.flatMap((p) => p.fields);
  const table: FieldStats[] = accuracyTable(all);
  const lines = [`${title}: ${pages.length} pages, every class, id, style, componentkey, data-* and screen-reader copy removed`, '', 'per field (matched/compared):', formatTable(table), ''];
  lines.push('per page:', `${'page'.padEnd(44)} ${'kind (want → got)'.padEnd(32)} ${'key fields'.padEnd(18)} all fields`);
  for (const p of pages) {
    const kind = p.gotKind === p.wantKind ? p.gotKind : `${p.wantKind} → ${p.gotKind} ✗`;
    const k = share(keyFields(p.fields));
    const a = share(p.fields);
    lines.push(`${(p.rel + (p.reference === 'with-hooks' ? ' *' : '')).padEnd(44)} ${kind.padEnd(32)} ${`${k.ok}/${k.total}`.padEnd(18)} ${a.ok}/${a.total}`);
  }
  if (pages.some((p) => p.reference === 'with-hooks')) lines.push('* no expected file: compared with the same page read with its hooks');
  lines.push('');
  lines.push(`key fields (${KEY_FIELDS.join(', ')}): ${pct(share(keyFields(all)))}  [goal ≥ ${GOAL.key * 100} %]`);
  lines.push(`all fields: ${pct(share(all))}  [goal ≥ ${GOAL.all * 100} %]`);
  const changed = kindChanges(pages);
  lines.push(changed.length === 0 ? 'no page read as a different kind' : `read as a different kind (${changed.length}):\n  ${changed.join('\n  ')}`);
  return lines.join('\n');
}
