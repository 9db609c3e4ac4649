// The same degree at the same school, with dates more than a year apart between the application and
// the profile. Bare years are read as whatever months bring them closest, so "2014" against "2015"
// never fires and "2014" against "2016" does.
import type { Finding } from '../model.ts';
import type { Signal } from './signal.ts';
import { finding, notChecked } from './common/findings.ts';
import { sectionsMissing } from './common/coverage.ts';
import { describeEducation } from './common/degrees.ts';
import { applicationEducation, applicationMissing, leastMonthsApart, levelOf, sameSchool, sideBySide } from './common/application.ts';
import { t, tn } from '../i18n.ts';

const self = { id: 'application-degree-dates-vs-profile', category: 'application' } as const;

/** More than this many months apart is a contradiction, not rounding or a late thesis. */
const TOLERANCE_MONTHS = 12;

export const applicationDegreeDatesVsProfile: Signal = {
  ...self,
  run(snapshot, ctx) {
    const missing = applicationMissing(ctx, self) ?? sectionsMissing(self, snapshot, 'education');
    if (missing) return { findings: [], notChecked: missing };
    const schools = applicationEducation(ctx.application!);
    const findings: Finding[] = [];
    let compared = 0;
    schools.forEach((e, i) => {
      const level = levelOf(e.degree);
      const match = snapshot.education.find((p) => sameSchool(p.school, e.school) && (level === null || levelOf(p.degree) === null || levelOf(p.degree) === level));
      if (!match || (!e.start && !e.end) || (!match.start && !match.end)) return;
      compared++;
      const endApart = e.end && match.end ? leastMonthsApart(e.end, match.end, ctx.now) : null;
      const startApart = e.start && match.start ? leastMonthsApart(e.start, match.start, ctx.now) : null;
      const worst = Math.max(endApart ?? 0, startApart ?? 0);
      if (worst <= TOLERANCE_MONTHS) return;
      const sides = sideBySide(describeEducation(e), describeEducation(match));
      findings.push(
        finding(self, {
          detail: String(i),
          severity: 'warn',
          title: t('fa_degree_dates_title'),
          evidence: (endApart ?? 0) >= (startApart ?? 0) ? tn('fa_degree_dates_end_evidence', worst, [sides]) : tn('fa_degree_dates_start_evidence', worst, [sides]),
          howToVerify: t('fa_degree_dates_verify'),
          refs: [match.ref],
        }),
      );
    });
    if (compared === 0 && findings.length === 0) {
      return { findings, notChecked: notChecked(self, t('fa_degree_dates_none_reason'), t('fa_degree_dates_none_see')) };
    }
    return { findings };
  },
};

export default applicationDegreeDatesVsProfile;
