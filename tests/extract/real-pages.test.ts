// Every saved real LinkedIn page against its hand-checked expected file, field by field, with a
// per-field accuracy table. Targets: 100% for the identity and timeline fields, ≥ 95% overall.
// The pages live outside the repository (../shared/linkedin-pages); without them this skips.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../src/extract/index.ts';
import { accuracyTable, compareToExpected, type FieldResult, formatTable } from './expected-compare.ts';
import { REAL_PAGES, parsePage, realPages } from './pages.ts';
import { schemaErrors } from './schema.ts';

const present = existsSync(REAL_PAGES);
if (!present) console.log(`real pages: ${REAL_PAGES} is absent; skipping the real-page accuracy test`);

/** Field families that must be read without a single miss. */
const MUST_BE_EXACT = [
  'name', 'headline', 'location',
  'experience.count', 'experience.title', 'experience.company', 'experience.start', 'experience.end',
  'education.count', 'education.school', 'education.dates', 'education.start', 'education.end',
];

describe.skipIf(!present)('real saved LinkedIn pages', () => {
  const pages = present ? realPages() : [];
  const all: FieldResult[] = [];

  for (const page of pages) {
    it(`${page.rel}`, () => {
      const result = readPage(parsePage(page.file), null);
      expect(schemaErrors(result)).toEqual([]);
      const fields = compareToExpected(result, page.expected);
      all.push(...fields);
      const misses = fields.filter((f) => !f.ok).map((f) => `${f.path}: got ${JSON.stringify(f.got)}, want ${JSON.stringify(f.want)}`);
      if (misses.length > 0) console.log(`${page.rel}: ${misses.length} mismatches\n  ${misses.join('\n  ')}`);
      expect(result.kind).toBe(page.expected.kind);
    });
  }

  it('meets the accuracy targets', () => {
    expect(pages.length).toBeGreaterThan(0);
    const table = accuracyTable(all);
    console.log(`per-field accuracy over ${pages.length} real pages\n${formatTable(table)}`);
    for (const family of MUST_BE_EXACT) {
      const row = table.find((r) => r.field === family);
      if (row) expect(`${family} ${row.ok}/${row.total}`).toBe(`${family} ${row.total}/${row.total}`);
    }
    const ok = table.reduce((a, r) => a + r.ok, 0);
    const total = table.reduce((a, r) => a + r.total, 0);
    expect(ok / total).toBeGreaterThanOrEqual(0.95);
  });
});
