// Runs every invented scenario through assess() and prints, per signal, the cases that fire and the
// cases that stay silent, expected against actual. Any mismatch fails.
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess.ts';
import { signals } from '../../src/signals/index.ts';
import type { Assessment, Severity } from '../../src/model.ts';
import { context } from './builder.ts';
import { allScenarios } from './index.ts';

const RANK: Record<Severity, number> = { info: 0, warn: 1, alert: 2 };

function strongest(a: Assessment, signal: string): Severity | null {
  const own = a.findings.filter((f) => f.signal === signal);
  if (own.length === 0) return null;
  return own.reduce<Severity>((best, f) => (RANK[f.severity] > RANK[best] ? f.severity : best), 'info');
}

const results = allScenarios.map((s) => ({ scenario: s, assessment: assess(s.snapshot, s.ctx ?? context()) }));

interface Row {
  signal: string;
  case: string;
  expected: string;
  actual: string;
  ok: boolean;
}

const rows: Row[] = [];
for (const { scenario, assessment } of results) {
  for (const [signal, severity] of Object.entries(scenario.fires)) {
    const actual = strongest(assessment, signal);
    rows.push({ signal, case: scenario.name, expected: `fires ${severity}`, actual: actual ? `fires ${actual}` : 'silent', ok: actual === severity });
  }
  for (const signal of scenario.silent) {
    const actual = strongest(assessment, signal);
    rows.push({ signal, case: scenario.name, expected: 'silent', actual: actual ? `fires ${actual}` : 'silent', ok: actual === null });
  }
  for (const signal of scenario.notChecked ?? []) {
    const nc = assessment.notChecked.some((n) => n.signal === signal);
    rows.push({ signal, case: scenario.name, expected: 'not checked', actual: nc ? 'not checked' : 'checked', ok: nc });
  }
  if (scenario.level) {
    rows.push({ signal: '(level)', case: scenario.name, expected: scenario.level, actual: `${assessment.level} (${assessment.score})`, ok: assessment.level === scenario.level });
  }
}

describe('scenario corpus', () => {
  it('prints the per-signal table', () => {
    const order = [...signals.map((s) => s.id), '(level)'];
    const lines: string[] = [];
    const pad = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s.padEnd(n));
    lines.push(`${pad('signal', 40)} ${pad('case', 52)} ${pad('expected', 12)} ${pad('actual', 14)} ok`);
    for (const id of order) {
      const mine = rows.filter((r) => r.signal === id);
      const fire = mine.filter((r) => r.expected.startsWith('fires')).length;
      const quiet = mine.filter((r) => r.expected === 'silent').length;
      if (id !== '(level)') lines.push(`── ${id}: ${fire} firing, ${quiet} silent`);
      for (const r of mine) lines.push(`${pad(r.signal, 40)} ${pad(r.case, 52)} ${pad(r.expected, 12)} ${pad(r.actual, 14)} ${r.ok ? 'ok' : 'MISMATCH'}`);
    }
    const bad = rows.filter((r) => !r.ok);
    lines.push(`${rows.length} expectations over ${allScenarios.length} scenarios, ${bad.length} mismatches`);
    console.log(lines.join('\n'));
    expect(bad.map((r) => `${r.case} / ${r.signal}: expected ${r.expected}, got ${r.actual}`)).toEqual([]);
  });

  it.each(results.map((r) => [r.scenario.name, r] as const))('%s: findings are well-formed', (_name, { assessment }) => {
    for (const f of assessment.findings) {
      expect(f.id.startsWith(f.signal)).toBe(true);
      expect(f.title.length).toBeGreaterThan(0);
      expect(f.title).not.toMatch(/\n/);
      expect(f.evidence.length).toBeGreaterThan(10);
      expect(f.howToVerify.length).toBeGreaterThan(10);
      expect(f.refs.length).toBeGreaterThan(0);
      // Only refs the page readers give elements for, so a badge can sit beside them.
      for (const ref of [...f.refs, ...(f.fallbackRef ? [f.fallbackRef] : [])]) expect(ref).toMatch(/^(name|photo|connections|about|about-this-profile|activity|(experience|education|certification|activity):\d+|contact:(phone|email|website):\d+)$/);
      // Wording rule: never call a person a fraudster.
      expect(`${f.title} ${f.evidence} ${f.howToVerify}`).not.toMatch(/fraud|scam|criminal|liar|fake person/i);
    }
    expect(new Set(assessment.findings.map((f) => f.id)).size).toBe(assessment.findings.length);
    expect(assessment.checksRun).toBeLessThanOrEqual(assessment.checksTotal);
  });
});
