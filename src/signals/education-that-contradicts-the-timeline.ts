// A first degree studied while holding a senior full-time job that had begun years before the studies:
// the education and the work history tell two different lives. Second degrees (master's, MBA, PhD)
// after years of work are ordinary and never count; working students hold junior or part-time roles.
// A senior career wholly before the first degree is career-before-education's, not this signal's.
import type { Finding } from '../model.ts';
import type { Signal } from './signal.ts';
import { t } from '../i18n.ts';
import { finding } from './common/findings.ts';
import { describePosition, isFullTime, isInternOrStudent, isSeniorTitle, looseSpan } from './common/employment.ts';
import { degreeLevel, describeEducation } from './common/degrees.ts';
import { earliestMonth, formatDuration, latestMonth } from './common/partial-dates.ts';
import { leftOut, sectionsMissing } from './common/coverage.ts';

const YEARS_BEFORE = 3;

const self = { id: 'education-that-contradicts-the-timeline', category: 'education' } as const;

export const educationThatContradictsTheTimeline: Signal = {
  ...self,
  run(snapshot, ctx) {
    const missing = sectionsMissing(self, snapshot, 'experience', 'education');
    if (missing) return { findings: [], notChecked: missing };
    const findings: Finding[] = [];
    snapshot.education.forEach((e) => {
      const level = degreeLevel(e);
      if (level !== 'bachelor' && level !== 'associate') return;
      const start = latestMonth(e.start);
      const graduation = earliestMonth(e.end);
      if (start === null || graduation === null) return;
      const clash = snapshot.experience
        .map((p) => ({ p, span: looseSpan(p, ctx) }))
        .find(
          ({ p, span }) =>
            span !== null &&
            isFullTime(p) &&
            isSeniorTitle(p.title) &&
            !isInternOrStudent(p) &&
            start - latestMonth(p.start)! >= YEARS_BEFORE * 12 &&
            // Still held when the studies began.
            (p.end === null || earliestMonth(p.end)! >= start),
        );
      if (!clash) return;
      findings.push(
        finding(self, {
          detail: e.ref,
          severity: 'warn',
          title: t('f_edu_timeline_title'),
          evidence: t('f_edu_timeline_evidence', [describeEducation(e), formatDuration(start - latestMonth(clash.p.start)!), describePosition(clash.p)]),
          howToVerify: t('f_edu_timeline_verify'),
          refs: [e.ref, clash.p.ref],
        }),
      );
    });
    return { findings, notChecked: leftOut(self, snapshot, 'experience', 'education') };
  },
};

export default educationThatContradictsTheTimeline;
