// Several simultaneous remote jobs is a known pattern of the DPRK IT-worker schemes. Only positions
// both marked full-time, at different employers, with month dates, can prove an overlap: side roles
// (contract, freelance, founder, advisory, volunteer, internship), moves inside one company, short
// hand-overs and bare-year dates prove nothing.
import type { Finding, Position } from '../model.ts';
import type { Signal } from './signal.ts';
import { t } from '../i18n.ts';
import { finding } from './common/findings.ts';
import { describePosition, exactSpan, isFullTime, sameEmployer } from './common/employment.ts';
import { formatDuration } from './common/partial-dates.ts';
import { MAX_FINDINGS_PER_SIGNAL } from './signal.ts';
import { sectionsMissing, leftOut } from './common/coverage.ts';

/** A hand-over of up to three months is ordinary. */
const HANDOVER_MONTHS = 3;

const self = { id: 'overlapping-full-time-roles', category: 'timeline' } as const;

export interface Overlap {
  a: { p: Position; i: number };
  b: { p: Position; i: number };
  months: number;
}

export function overlappingFullTimeRoles(positions: readonly Position[], ctx: Parameters<Signal['run']>[1]): Overlap[] {
  const fullTime = positions
    .map((p, i) => ({ p, i, span: exactSpan(p, ctx) }))
    .filter((x): x is { p: Position; i: number; span: { start: number; end: number } } => isFullTime(x.p) && x.span !== null);
  const overlaps: Overlap[] = [];
  for (let x = 0; x < fullTime.length; x++) {
    for (let y = x + 1; y < fullTime.length; y++) {
      const a = fullTime[x]!;
      const b = fullTime[y]!;
      if (sameEmployer(a.p, b.p)) continue;
      // LinkedIn counts months inclusively: Jan–Mar is 3 months.
      const months = Math.min(a.span.end, b.span.end) - Math.max(a.span.start, b.span.start) + 1;
      if (months > HANDOVER_MONTHS) overlaps.push({ a, b, months });
    }
  }
  return overlaps;
}

export const overlappingFullTimeRolesSignal: Signal = {
  ...self,
  run(snapshot, ctx) {
    const missing = sectionsMissing(self, snapshot, 'experience');
    if (missing) return { findings: [], notChecked: missing };
    const partial = leftOut(self, snapshot, 'experience');
    const overlaps = overlappingFullTimeRoles(snapshot.experience, ctx);
    // Three or more full-time jobs held at once at some point is the multiple-remote-jobs pattern.
    const involved = new Map<number, number>();
    for (const o of overlaps) {
      involved.set(o.a.i, (involved.get(o.a.i) ?? 0) + 1);
      involved.set(o.b.i, (involved.get(o.b.i) ?? 0) + 1);
    }
    // Each pair is a finding; a profile that lists hundreds of concurrent jobs would make tens of
    // thousands. The longest overlaps are kept (assess() caps every signal the same way).
    const shown = overlaps.length > MAX_FINDINGS_PER_SIGNAL ? [...overlaps].sort((a, b) => b.months - a.months).slice(0, MAX_FINDINGS_PER_SIGNAL) : overlaps;
    const findings: Finding[] = shown.map((o) =>
      finding(self, {
        detail: `${o.a.i}-${o.b.i}`,
        severity: (involved.get(o.a.i) ?? 0) >= 2 && (involved.get(o.b.i) ?? 0) >= 2 ? 'alert' : 'warn',
        title: t('f_overlap_title'),
        evidence: t('f_overlap_evidence', [describePosition(o.a.p), describePosition(o.b.p), formatDuration(o.months)]),
        howToVerify: t('f_overlap_verify'),
        refs: [o.a.p.ref, o.b.p.ref],
      }),
    );
    return { findings, notChecked: partial };
  },
};

export default overlappingFullTimeRolesSignal;
