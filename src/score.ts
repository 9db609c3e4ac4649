// The score: a weight of evidence from 0 to 100, NOT a probability that an account is compromised.
// It only orders profiles by how much checkable evidence a person should review. It is monotone:
// more findings, or a stronger severity on one, never lower it; `info` findings add nothing.
//
// Model (all the numbers live in SCORING below, with the reasoning):
//   1. Each finding is worth SEVERITY_POINTS[severity].
//   2. Per signal, the strongest finding counts fully and each further finding of the same signal adds
//      REPEAT_SHARE of its points, up to SIGNAL_CAP × the strongest: three overlapping job pairs are
//      more than one, but one signal repeating itself should not outweigh independent signals.
//   3. The hijacked-dormant-account pattern: when "woken account" signs (activity after a long silence,
//      a new role after a gap) and "identity edit" signs (name/photo/contact changed, a slug that names
//      someone else, rewritten history) co-occur, PATTERN_BONUS × the smaller of the two sides is added,
//      so together they weigh more than apart. min() of two non-decreasing sums is non-decreasing, so the
//      bonus keeps the score monotone.
//   4. score = round(100 × (1 − e^(−points / SATURATION))): bounded, strictly increasing in points.
//   5. Levels from fixed thresholds on the score.
import type { Finding, Level, Severity } from './model.ts';

export const SCORING = {
  /** info is shown but never scored (catalogue rule). An alert is worth 2.5 warns: alerts are
   * reserved for evidence that is hard to explain innocently (an identity rewritten on a dormant
   * account, a disposable address, a number that cannot exist). */
  SEVERITY_POINTS: { info: 0, warn: 12, alert: 30 } as Record<Severity, number>,
  /** Further findings of the same signal count at 30%: repetition is weaker than independence. */
  REPEAT_SHARE: 0.3,
  /** One signal can at most contribute 1.5 × its strongest finding. */
  SIGNAL_CAP: 1.5,
  /** Signals whose findings say "this dormant account woke up". */
  WOKEN_SIGNALS: ['activity-gap-then-burst', 'new-current-role-after-a-long-gap'] as readonly string[],
  /** Signals whose findings say "someone changed who this account presents as". */
  IDENTITY_EDIT_SIGNALS: [
    'identity-edits-on-an-old-account',
    'url-slug-vs-name',
    'name-inconsistency-on-the-page',
    'changed-since-last-seen',
    'shared-across-profiles',
  ] as readonly string[],
  /** Half the smaller side again: a woken account plus an edited identity is the pattern the
   * Amazon and FBI reports describe, and either alone has common innocent causes. */
  PATTERN_BONUS: 0.5,
  /** 50 points ≈ 63. One warn (12) stays low (21); two independent warns (24) are medium (38);
   * one alert (30) is medium (45); an alert with a warn (42) is medium (57), and high once the
   * hijack-pattern bonus or a third sign joins. */
  SATURATION: 50,
  /** low < 25 ≤ medium < 60 ≤ high. */
  LEVEL_THRESHOLDS: { medium: 25, high: 60 },
} as const;

export interface ScoreBreakdown {
  score: number;
  level: Level;
  points: number;
  perSignal: Record<string, number>;
  patternBonus: number;
}

function signalPoints(findings: readonly Finding[]): number {
  const points = findings.map((f) => SCORING.SEVERITY_POINTS[f.severity]).sort((a, b) => b - a);
  const strongest = points[0] ?? 0;
  const rest = points.slice(1).reduce((sum, p) => sum + p, 0);
  return Math.min(strongest + SCORING.REPEAT_SHARE * rest, SCORING.SIGNAL_CAP * strongest);
}

export function levelFor(score: number): Level {
  if (score >= SCORING.LEVEL_THRESHOLDS.high) return 'high';
  if (score >= SCORING.LEVEL_THRESHOLDS.medium) return 'medium';
  return 'low';
}

export function scoreFindings(findings: readonly Finding[]): ScoreBreakdown {
  const bySignal = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = bySignal.get(f.signal) ?? [];
    list.push(f);
    bySignal.set(f.signal, list);
  }
  const perSignal: Record<string, number> = {};
  let points = 0;
  for (const [signal, list] of bySignal) {
    const p = signalPoints(list);
    perSignal[signal] = p;
    points += p;
  }
  const side = (ids: readonly string[]) => ids.reduce((sum, id) => sum + (perSignal[id] ?? 0), 0);
  const patternBonus = SCORING.PATTERN_BONUS * Math.min(side(SCORING.WOKEN_SIGNALS), side(SCORING.IDENTITY_EDIT_SIGNALS));
  points += patternBonus;
  const score = Math.round(100 * (1 - Math.exp(-points / SCORING.SATURATION)));
  return { score, level: levelFor(score), points, perSignal, patternBonus };
}
