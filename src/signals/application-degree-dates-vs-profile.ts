// The same degree at the same school, with dates more than a year apart between the application and
// the profile. Bare years are read as whatever months bring them closest, so "2014" against "2015"
// never fires and "2014" against "2016" does.
import type { Finding } from '../model.ts';
import type { Signal } from './signal.ts';
import { finding, notChecked } from './common/findings.ts';
import { sectionsMissing } from './common/coverage.ts';
import { describeEducation } from './common/degrees.ts';
import { applicationEducation, applicationMissing, leastMonthsApart, levelOf, sameSchool, sideBySide } from './common/application.ts';
import { plural } from './common/findings.ts';

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
      const which = (endApart ?? 0) >= (startApart ?? 0) ? 'end' : 'start';
      findings.push(
        finding(self, {
          detail: String(i),
          severity: 'warn',
          title: "The application's degree dates differ from the profile's",
          evidence: `${sideBySide(describeEducation(e), describeEducation(match))} The ${which} differs by at least ${plural(worst, 'month')}. A profile or résumé typed from memory can be a year off; more is worth asking about.`,
          howToVerify: 'Ask when the degree was awarded and verify it with the school.',
          refs: [match.ref],
        }),
      );
    });
    if (compared === 0 && findings.length === 0) {
      return { findings, notChecked: notChecked(self, 'no degree appears on both the application and the profile with dates', 'compare the education dates by eye') };
    }
    return { findings };
  },
};

export default applicationDegreeDatesVsProfile;
