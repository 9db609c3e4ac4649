// The score is a weight of evidence, and it must be monotone: more findings, or a stronger severity on
// one, never lower it; info adds nothing; the hijacked-dormant-account pattern weighs more together.
import { describe, expect, it } from 'vitest';
import { levelFor, scoreFindings, SCORING } from '../../src/score.ts';
import { signals } from '../../src/signals/index.ts';
import type { Finding, ProfileSnapshot, Severity } from '../../src/model.ts';
import { assess } from '../../src/assess.ts';
import { allScenarios } from '../scenarios/index.ts';
import { context } from '../scenarios/builder.ts';
import { prng } from '../support/prng.ts';

/** A small seeded PRNG (mulberry32) so failures reproduce. */

const SEVERITIES: Severity[] = ['info', 'warn', 'alert'];
const ids = signals.map((s) => s.id);
let serial = 0;

function randomFinding(rand: () => number): Finding {
  const signal = signals[Math.floor(rand() * signals.length)]!;
  return {
    id: `${signal.id}:${serial++}`,
    signal: signal.id,
    category: signal.category,
    severity: SEVERITIES[Math.floor(rand() * 3)]!,
    title: 't',
    evidence: 'e',
    howToVerify: 'v',
    refs: ['name'],
  };
}

function finding(signal: string, severity: Severity): Finding {
  const s = signals.find((x) => x.id === signal)!;
  return { id: `${signal}:${serial++}`, signal, category: s.category, severity, title: 't', evidence: 'e', howToVerify: 'v', refs: [] };
}

const RANK: Record<Severity, number> = { info: 0, warn: 1, alert: 2 };
const CASES = 3000;

describe('score', () => {
  it('never falls when a finding is added (property, seeded)', () => {
    const rand = prng(20261115);
    for (let i = 0; i < CASES; i++) {
      const set = Array.from({ length: Math.floor(rand() * 10) }, () => randomFinding(rand));
      const extra = randomFinding(rand);
      const before = scoreFindings(set);
      const after = scoreFindings([...set, extra]);
      expect(after.score, JSON.stringify({ set: set.map((f) => [f.signal, f.severity]), extra: [extra.signal, extra.severity] })).toBeGreaterThanOrEqual(before.score);
      expect(after.points).toBeGreaterThanOrEqual(before.points - 1e-9);
    }
  });

  it('never falls when a finding gets stronger (property, seeded)', () => {
    const rand = prng(7);
    for (let i = 0; i < CASES; i++) {
      const set = Array.from({ length: 1 + Math.floor(rand() * 10) }, () => randomFinding(rand));
      const k = Math.floor(rand() * set.length);
      const target = set[k]!;
      if (target.severity === 'alert') continue;
      const stronger = SEVERITIES[RANK[target.severity] + 1 + Math.floor(rand() * (2 - RANK[target.severity]))]!;
      const raised = set.map((f, j) => (j === k ? { ...f, severity: stronger } : f));
      expect(scoreFindings(raised).score).toBeGreaterThanOrEqual(scoreFindings(set).score);
      expect(scoreFindings(raised).points).toBeGreaterThanOrEqual(scoreFindings(set).points - 1e-9);
    }
  });

  it('adds nothing for info findings', () => {
    const rand = prng(99);
    for (let i = 0; i < 500; i++) {
      const set = Array.from({ length: Math.floor(rand() * 8) }, () => randomFinding(rand));
      const info = { ...randomFinding(rand), severity: 'info' as const };
      expect(scoreFindings([...set, info]).score).toBe(scoreFindings(set).score);
    }
    expect(scoreFindings(ids.map((id) => finding(id, 'info'))).score).toBe(0);
  });

  it('stays within 0–100 with levels from the documented thresholds', () => {
    expect(scoreFindings([]).score).toBe(0);
    const everything = ids.flatMap((id) => [finding(id, 'alert'), finding(id, 'alert'), finding(id, 'warn')]);
    const max = scoreFindings(everything);
    expect(max.score).toBeLessThanOrEqual(100);
    expect(max.level).toBe('high');
    expect(levelFor(SCORING.LEVEL_THRESHOLDS.medium - 1)).toBe('low');
    expect(levelFor(SCORING.LEVEL_THRESHOLDS.medium)).toBe('medium');
    expect(levelFor(SCORING.LEVEL_THRESHOLDS.high)).toBe('high');
  });

  it('documents what single findings score: one warn stays low, one alert is medium', () => {
    expect(scoreFindings([finding('overlapping-full-time-roles', 'warn')]).level).toBe('low');
    expect(scoreFindings([finding('disposable-email', 'alert')]).level).toBe('medium');
    expect(scoreFindings([finding('overlapping-full-time-roles', 'warn'), finding('invalid-phone-number', 'warn')]).level).toBe('medium');
  });

  it('weighs woken-account and identity-edit signs more together than apart', () => {
    const woken = [finding('activity-gap-then-burst', 'warn')];
    const edited = [finding('identity-edits-on-an-old-account', 'alert')];
    const apart = scoreFindings(woken).points + scoreFindings(edited).points;
    const together = scoreFindings([...woken, ...edited]);
    expect(together.points).toBeGreaterThan(apart);
    expect(together.patternBonus).toBeGreaterThan(0);
    expect(together.level).toBe('high');
    // The same two strengths from unrelated categories do not get the bonus.
    const unrelated = scoreFindings([finding('overlapping-full-time-roles', 'warn'), finding('disposable-email', 'alert')]);
    expect(unrelated.patternBonus).toBe(0);
    expect(unrelated.level).toBe('medium');
  });

  it('counts a signal repeating itself less than independent signals', () => {
    const repeated = scoreFindings([finding('overlapping-full-time-roles', 'warn'), finding('overlapping-full-time-roles', 'warn')]);
    const independent = scoreFindings([finding('overlapping-full-time-roles', 'warn'), finding('impossible-dates', 'warn')]);
    expect(repeated.points).toBeLessThan(independent.points);
    expect(repeated.points).toBeGreaterThan(scoreFindings([finding('overlapping-full-time-roles', 'warn')]).points);
  });
});

describe('score through assess() (metamorphic, over the corpus)', () => {
  // Adding a further sign to any profile never lowers its score: the corroboration step only raises.
  const withThrowawayEmail = (s: ProfileSnapshot): ProfileSnapshot => ({
    ...s,
    contact: {
      phones: s.contact?.phones ?? [],
      emails: [...(s.contact?.emails ?? []), { ref: `contact:email:${s.contact?.emails.length ?? 0}`, address: 'someone@mailinator.com' }],
      websites: s.contact?.websites ?? [],
      birthday: null,
      connectedSince: null,
    },
    coverage: { ...s.coverage, contact: { seen: true, shown: 1, total: null } },
  });
  // Signs independent of everything else on the profile. (Adding positions is not one: a position can
  // fill a gap and rightly silence the gap signal.)
  const withOtherNameInTitle = (s: ProfileSnapshot): ProfileSnapshot => ({
    ...s,
    nameSources: { ...s.nameSources, pageTitle: 'Zygmunt Wolski | LinkedIn' },
  });

  it.each(allScenarios.map((s) => [s.name, s] as const))('%s: one more sign never lowers the score', (_name, s) => {
    const ctx = s.ctx ?? context();
    const base = assess(s.snapshot, ctx).score;
    expect(assess(withThrowawayEmail(s.snapshot), ctx).score).toBeGreaterThanOrEqual(base);
    expect(assess(withOtherNameInTitle(s.snapshot), ctx).score).toBeGreaterThanOrEqual(base);
    expect(assess(withOtherNameInTitle(withThrowawayEmail(s.snapshot)), ctx).score).toBeGreaterThanOrEqual(assess(withThrowawayEmail(s.snapshot), ctx).score);
  });
});
