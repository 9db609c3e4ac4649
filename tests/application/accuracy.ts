// Per-field parse accuracy of the application corpus: every expected value is one comparison.
// Lists (emails, phones, LinkedIn URLs) count each expected item; positions and schools are paired
// in order and each of their fields counts once. Texts compare after folding case and spaces; URLs
// by their /in/ slug; phone numbers by their digits.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Application } from '../../src/application/model.ts';

export const CORPUS = fileURLToPath(new URL('../../fixtures/applications/', import.meta.url));

export interface Expected {
  name: string;
  emails: string[];
  phones: string[];
  linkedinUrls: string[];
  location: string;
  positions: { employer: string; title: string; start: string; end: string | null }[];
  education: { school: string; degree: string; field: string | null; start: string | null; end: string }[];
}

export interface CorpusFile {
  file: string;
  person: string;
  lang: string;
  format: string;
  layout: string;
  style: string;
}

export function corpusIndex(): CorpusFile[] {
  return JSON.parse(readFileSync(join(CORPUS, 'index.json'), 'utf8')) as CorpusFile[];
}

export function expectedOf(file: string): Expected {
  return JSON.parse(readFileSync(join(CORPUS, `${file}.expected.json`), 'utf8')) as Expected;
}

const text = (s: string | null | undefined): string => (s ?? '').normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
const slug = (u: string): string => (/linkedin\.com\/in\/([^/?#\s]+)/i.exec(u)?.[1] ?? u).toLowerCase();
const digits = (p: string): string => p.replace(/\D/g, '');

export type Tally = Record<string, { right: number; total: number; misses: string[] }>;

function count(t: Tally, field: string, ok: boolean, miss: string): void {
  const f = (t[field] ??= { right: 0, total: 0, misses: [] });
  f.total++;
  if (ok) f.right++;
  else f.misses.push(miss);
}

export function score(t: Tally, file: string, got: Application, want: Expected): void {
  count(t, 'name', text(got.name) === text(want.name), `${file}: name ${JSON.stringify(got.name)}`);
  count(t, 'location', text(got.location) === text(want.location), `${file}: location ${JSON.stringify(got.location)}`);
  for (const e of want.emails) count(t, 'emails', got.emails.some((g) => text(g) === text(e)), `${file}: email ${e} not in ${JSON.stringify(got.emails)}`);
  for (const p of want.phones) count(t, 'phones', got.phones.some((g) => digits(g.raw) === digits(p)), `${file}: phone ${p} not in ${JSON.stringify(got.phones.map((x) => x.raw))}`);
  for (const u of want.linkedinUrls) count(t, 'linkedinUrls', got.linkedinUrls.some((g) => slug(g) === slug(u)), `${file}: linkedin ${u} not in ${JSON.stringify(got.linkedinUrls)}`);
  // Extra entries the file does not have are errors too: a phantom position counts against employer.
  const extraPositions = Math.max(0, got.positions.length - want.positions.length);
  for (let i = 0; i < extraPositions; i++) count(t, 'position.employer', false, `${file}: extra position ${JSON.stringify(got.positions[want.positions.length + i])}`);
  want.positions.forEach((w, i) => {
    const g = got.positions[i];
    count(t, 'position.employer', text(g?.employer) === text(w.employer), `${file}: position ${i} employer ${JSON.stringify(g?.employer)} ≠ ${w.employer}`);
    count(t, 'position.title', text(g?.title) === text(w.title), `${file}: position ${i} title ${JSON.stringify(g?.title)} ≠ ${w.title}`);
    count(t, 'position.start', (g?.start ?? null) === w.start, `${file}: position ${i} start ${g?.start} ≠ ${w.start}`);
    count(t, 'position.end', g !== undefined && (g.end ?? null) === w.end, `${file}: position ${i} end ${g?.end} ≠ ${w.end}`);
  });
  const extraSchools = Math.max(0, got.education.length - want.education.length);
  for (let i = 0; i < extraSchools; i++) count(t, 'education.school', false, `${file}: extra school ${JSON.stringify(got.education[want.education.length + i])}`);
  want.education.forEach((w, i) => {
    const g = got.education[i];
    count(t, 'education.school', text(g?.school) === text(w.school), `${file}: school ${i} ${JSON.stringify(g?.school)} ≠ ${w.school}`);
    count(t, 'education.degree', text(g?.degree) === text(w.degree), `${file}: school ${i} degree ${JSON.stringify(g?.degree)} ≠ ${w.degree}`);
    count(t, 'education.field', text(g?.field) === text(w.field), `${file}: school ${i} field ${JSON.stringify(g?.field)} ≠ ${w.field}`);
    count(t, 'education.start', (g?.start ?? null) === w.start, `${file}: school ${i} start ${g?.start} ≠ ${w.start}`);
    count(t, 'education.end', (g?.end ?? null) === w.end, `${file}: school ${i} end ${g?.end} ≠ ${w.end}`);
  });
}

export function table(t: Tally): { lines: string[]; right: number; total: number } {
  let right = 0;
  let total = 0;
  const lines = ['| field | right | of | accuracy |', '|---|---|---|---|'];
  for (const [field, f] of Object.entries(t)) {
    right += f.right;
    total += f.total;
    lines.push(`| ${field} | ${f.right} | ${f.total} | ${((100 * f.right) / f.total).toFixed(1)} % |`);
  }
  lines.push(`| all fields | ${right} | ${total} | ${((100 * right) / total).toFixed(1)} % |`);
  return { lines, right, total };
}
