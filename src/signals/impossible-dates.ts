// Dates that cannot be: a position that ends before it starts, starts in the future, or whose stated
// duration disagrees with its own dates. LinkedIn computes the duration itself (inclusive months,
// "Less than a year" for short roles), so a disagreement beyond its rounding means the page was edited
// in a way LinkedIn's own form would not produce, or the dates were altered after rendering.
import type { Finding } from '../model.ts';
import type { Signal } from './signal.ts';
import { t } from '../i18n.ts';
import { finding } from './common/findings.ts';
import { describePosition } from './common/employment.ts';
import { earliestMonth, exactMonth, formatDuration, latestMonth, monthOf, parseDurationText } from './common/partial-dates.ts';
import { sectionsMissing, leftOut } from './common/coverage.ts';

/** LinkedIn rounds to the month; a month either way is its rounding, not an inconsistency. */
const DURATION_TOLERANCE_MONTHS = 1;

const self = { id: 'impossible-dates', category: 'timeline' } as const;

export const impossibleDates: Signal = {
  ...self,
  run(snapshot, ctx) {
    const missing = sectionsMissing(self, snapshot, 'experience');
    if (missing) return { findings: [], notChecked: missing };
    const partial = leftOut(self, snapshot, 'experience');
    const now = monthOf(ctx.now);
    const findings: Finding[] = [];
    const verify = t('f_impossible_dates_verify');
    snapshot.experience.forEach((p, i) => {
      const startEarliest = earliestMonth(p.start);
      const endLatest = p.end === null ? null : latestMonth(p.end);
      if (startEarliest !== null && startEarliest > now) {
        findings.push(
          finding(self, {
            detail: `future:${i}`,
            severity: 'warn',
            title: t('f_impossible_dates_future_title'),
            evidence: t('f_impossible_dates_future_evidence', [describePosition(p), ctx.now.toISOString().slice(0, 10)]),
            howToVerify: verify,
            refs: [p.ref],
          }),
        );
      }
      if (startEarliest !== null && endLatest !== null && endLatest < startEarliest) {
        findings.push(
          finding(self, {
            detail: `reversed:${i}`,
            severity: 'warn',
            title: t('f_impossible_dates_reversed_title'),
            evidence: t('f_impossible_dates_reversed_evidence', describePosition(p)),
            howToVerify: verify,
            refs: [p.ref],
          }),
        );
        return;
      }
      // Durations of current roles depend on the day the page was rendered: compare closed roles only.
      const start = exactMonth(p.start);
      const end = p.end === null ? null : exactMonth(p.end);
      const stated = parseDurationText(p.duration);
      if (start === null || end === null || !stated) return;
      const actual = end - start + 1;
      const fits = stated.lessThanAYear
        ? actual <= 12
        : Math.abs(stated.months - actual) <= DURATION_TOLERANCE_MONTHS || (stated.months % 12 === 0 && Math.abs(stated.months - actual) <= 1);
      if (!fits) {
        findings.push(
          finding(self, {
            detail: `duration:${i}`,
            severity: 'warn',
            title: t('f_impossible_dates_duration_title'),
            evidence: t('f_impossible_dates_duration_evidence', [describePosition(p), p.duration ?? '', formatDuration(actual)]),
            howToVerify: verify,
            refs: [p.ref],
          }),
        );
      }
    });
    return { findings, notChecked: partial };
  },
};

export default impossibleDates;
