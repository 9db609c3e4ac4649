// Every corpus person's résumé written in every text entry style, faithfully and with each planted
// mismatch (./plants.ts), read back and compared with the person's unchanged profile: how many
// plants raised their finding, and what the faithful ones raised. Shared by compare.test.ts (which
// asserts the figures) and parse.test.ts (which scores the reading of the faithful ones).
import type { Application } from '../../src/application/model.ts';
import { readPastedText } from '../../src/application/read.ts';
import { compareWithApplication } from '../../src/compare.ts';
import type { Finding, Severity } from '../../src/model.ts';
import { context } from '../scenarios/builder.ts';
import { PEOPLE, type EntryStyle, type Person } from './corpus.ts';
import { profileOf } from './pairs.ts';
import { PERSON_PLANTS } from './plants.ts';
import { renderText } from './render.ts';

export const TEXT_STYLES: readonly EntryStyle[] = ['title-dash-employer', 'employer-then-title', 'dates-first', 'title-at-employer', 'grouped'];

const RANK: Record<Severity, number> = { info: 0, warn: 1, alert: 2 };

/** The résumé as text in one style: the layout of the person's own text file, else one column. */
export function writeAs(p: Person, style: EntryStyle): Application {
  const layout = p.files.find((f) => f.format === 'txt')?.layout ?? 'one-column';
  return readPastedText(renderText(p, layout, style));
}

export interface PlantResult {
  person: string;
  style: EntryStyle;
  kind: string;
  found: boolean;
  /** Why not, when not found: the findings of its signal, or a silent signal that spoke. */
  why: string;
}

export interface FaithfulResult {
  person: string;
  style: EntryStyle;
  findings: Finding[];
}

export function runFaithful(people: readonly Person[] = PEOPLE): FaithfulResult[] {
  const out: FaithfulResult[] = [];
  for (const p of people) {
    const profile = profileOf(p);
    for (const style of TEXT_STYLES) out.push({ person: p.id, style, findings: compareWithApplication(profile, writeAs(p, style), context()).findings });
  }
  return out;
}

export function runPlants(people: readonly Person[] = PEOPLE): PlantResult[] {
  const out: PlantResult[] = [];
  for (const p of people) {
    const profile = profileOf(p);
    for (const plant of PERSON_PLANTS) {
      const planted = plant.plant(p);
      if (!planted) continue;
      for (const style of TEXT_STYLES) {
        const findings = compareWithApplication(profile, writeAs(planted.person, style), context()).findings;
        const own = findings.filter((f) => f.signal === planted.signal && f.severity === planted.severity);
        const evidence = own.map((f) => f.evidence).join(' ');
        const missing = planted.shows.filter((s) => !evidence.includes(s));
        const spoke = findings.filter((f) => (planted.silent ?? []).includes(f.signal) && RANK[f.severity] > RANK.info);
        const found = own.length > 0 && missing.length === 0 && spoke.length === 0;
        const why = found
          ? ''
          : own.length === 0
            ? `no ${planted.severity} ${planted.signal}; found ${JSON.stringify(findings.map((f) => `${f.signal}/${f.severity}: ${f.evidence}`))}`
            : missing.length > 0
              ? `evidence lacks ${JSON.stringify(missing)}: ${evidence}`
              : `${spoke.map((f) => `${f.signal}: ${f.evidence}`).join('; ')}`;
        out.push({ person: p.id, style, kind: plant.kind, found, why });
      }
    }
  }
  return out;
}

/** "| kind | found | of | rate |" rows, and the misses. */
export function plantTable(results: readonly PlantResult[]): { lines: string[]; found: number; total: number; misses: string[] } {
  const kinds = [...new Set(results.map((r) => r.kind))];
  const lines = ['| planted | found | of | rate |', '|---|---|---|---|'];
  for (const kind of kinds) {
    const rows = results.filter((r) => r.kind === kind);
    const found = rows.filter((r) => r.found).length;
    lines.push(`| ${kind} | ${found} | ${rows.length} | ${((100 * found) / rows.length).toFixed(1)} % |`);
  }
  const found = results.filter((r) => r.found).length;
  lines.push(`| all plants | ${found} | ${results.length} | ${((100 * found) / results.length).toFixed(1)} % |`);
  return { lines, found, total: results.length, misses: results.filter((r) => !r.found).map((r) => `${r.person} (${r.style}) ${r.kind}: ${r.why}`) };
}
