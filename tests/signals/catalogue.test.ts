// Keeps the catalogue (../shared/signals.md), the code and the corpus in step: every signal row has a
// file named after it, a registry entry in the right category, explanation texts, a scenario that
// fires and a benign look-alike that stays silent.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { signals } from '../../src/signals/index.ts';
import { catalogue } from '../../src/signals/catalogue.ts';
import { allScenarios } from '../scenarios/index.ts';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const cataloguePath = resolve(repo, '../shared/signals.md');

/** The catalogue's signal name as a file name: "URL slug vs name" → "url-slug-vs-name". */
export function signalIdOf(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function catalogueRows(markdown: string): { id: string; name: string; category: string }[] {
  const rows: { id: string; name: string; category: string }[] = [];
  let category: string | null = null;
  for (const line of markdown.split('\n')) {
    const heading = /^##\s+([a-z]+):/.exec(line);
    if (heading) category = heading[1]!;
    else if (/^##\s/.test(line)) category = null;
    if (!category || !line.startsWith('|')) continue;
    const name = line.split('|')[1]!.trim();
    if (!name || name === 'signal' || /^-+$/.test(name)) continue;
    rows.push({ id: signalIdOf(name), name, category });
  }
  return rows;
}

const present = existsSync(cataloguePath);
if (!present) console.log(`catalogue meta-test skipped: ${cataloguePath} is absent`);

describe.skipIf(!present)('signal catalogue', () => {
  const rows = present ? catalogueRows(readFileSync(cataloguePath, 'utf8')) : [];

  it('reads every row of all seven categories', () => {
    expect(new Set(rows.map((r) => r.category))).toEqual(new Set(['reactivation', 'timeline', 'contact', 'education', 'identity', 'network', 'history']));
    console.log(`${rows.length} signals in the catalogue: ${rows.map((r) => r.id).join(', ')}`);
  });

  // The catalogue predates the team hub: it files a colleague's report under history. Issue 27 gives
  // what the team knows a category of its own (`team`), and adds team signals the catalogue has no
  // row for; those must meet every other requirement below all the same.
  const teamOnly = signals.filter((s) => s.category === 'team' && !rows.some((r) => r.id === s.id)).map((s) => ({ id: s.id, name: s.id, category: 'team' }));
  const categoryOf = (id: string, row: string) => (row === 'history' && signals.find((s) => s.id === id)?.category === 'team' ? 'team' : row);

  it('has exactly the registered signals (and the team signals the catalogue has no row for)', () => {
    expect(signals.map((s) => s.id).sort()).toEqual([...rows, ...teamOnly].map((r) => r.id).sort());
    expect(teamOnly.map((r) => r.id)).toEqual(['team-shared-details']);
  });

  it.each([...rows, ...teamOnly].map((r) => [r.id, r] as const))('%s: file, registry, texts, firing and silent scenarios', (id, row) => {
    expect(existsSync(resolve(repo, 'src/signals', `${id}.ts`))).toBe(true);
    const signal = signals.find((s) => s.id === id);
    expect(signal?.category).toBe(categoryOf(id, row.category));
    const entry = catalogue.find((e) => e.id === id);
    expect(entry?.category).toBe(categoryOf(id, row.category));
    expect(entry?.whyItMatters.length).toBeGreaterThan(20);
    expect(entry?.benignExplanations.length).toBeGreaterThan(3);
    expect(entry?.source.length).toBeGreaterThan(3);
    // The panel prints a source once in full: whole sentences, each starting with a capital and ending with a full stop.
    expect(entry?.source, `${id}: the source in full sentences`).toMatch(/^[A-Z“"].*[.!?]$/s);
    expect(entry?.source, `${id}: sources joined as sentences, not by semicolons`).not.toMatch(/[;]\s*[A-Z]/);
    const firing = allScenarios.filter((s) => id in s.fires).map((s) => s.name);
    // A look-alike is a case written to resemble the sign innocently, not merely a profile where it is absent.
    const silent = allScenarios.filter((s) => s.silent.includes(id) && s.story.startsWith('look-alike')).map((s) => s.name);
    expect(firing, `${id} needs a scenario that fires`).not.toEqual([]);
    expect(silent, `${id} needs a benign look-alike that stays silent`).not.toEqual([]);
  });
});
