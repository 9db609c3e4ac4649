// A senior full-time career that was over, or well under way, years before the first degree even began
// is an employment history that does not hold together with the education. Working students (junior,
// part-time, intern roles), mature students who worked before studying (non-senior roles) and second
// degrees (only the first degree counts) stay silent. Roles held *during* the degree are the business
// of education-that-contradicts-the-timeline, so the two never count the same story twice.
import type { Signal } from './signal.ts';
import { t } from '../i18n.ts';
import { finding } from './common/findings.ts';
import { describePosition, isFullTime, isInternOrStudent, isSeniorTitle, looseSpan } from './common/employment.ts';
import { degreeLevel, describeEducation, isDegree } from './common/degrees.ts';
import { earliestMonth, formatDuration, latestMonth } from './common/partial-dates.ts';
import { leftOut, sectionsMissing } from './common/coverage.ts';

const YEARS_BEFORE = 3;

const self = { id: 'career-before-education', category: 'timeline' } as const;

export const careerBeforeEducation: Signal = {
  ...self,
  run(snapshot, ctx) {
    const missing = sectionsMissing(self, snapshot, 'experience', 'education');
    if (missing) return { findings: [], notChecked: missing };
    const degrees = snapshot.education
      .filter((e) => isDegree(e) && degreeLevel(e) !== 'doctorate' && earliestMonth(e.start) !== null)
      .sort((a, b) => earliestMonth(a.start)! - earliestMonth(b.start)!);
    const first = degrees[0];
    const partial = leftOut(self, snapshot, 'experience', 'education');
    if (!first) return { findings: [], notChecked: partial };
    const degreeStart = latestMonth(first.start)!;
    const roles = snapshot.experience
      .map((p) => ({ p, span: looseSpan(p, ctx) }))
      .filter(
        (x) =>
          x.span !== null &&
          isFullTime(x.p) &&
          isSeniorTitle(x.p.title) &&
          !isInternOrStudent(x.p) &&
          // Whole role before the degree began (parallel roles belong to the other signal).
          latestMonth(x.p.end ?? null) !== null &&
          latestMonth(x.p.end)! < earliestMonth(first.start)! &&
          degreeStart - latestMonth(x.p.start)! >= YEARS_BEFORE * 12,
      )
      .sort((a, b) => a.span!.start - b.span!.start);
    const earliest = roles[0];
    if (!earliest) return { findings: [], notChecked: partial };
    const lead = degreeStart - latestMonth(earliest.p.start)!;
    return {
      findings: [
        finding(self, {
          severity: 'warn',
          title: t('f_career_before_title'),
          evidence: t('f_career_before_evidence', [describePosition(earliest.p), formatDuration(lead), describeEducation(first)]),
          howToVerify: t('f_career_before_verify'),
          refs: [earliest.p.ref, first.ref],
        }),
      ],
      notChecked: partial,
    };
  },
};

export default careerBeforeEducation;
