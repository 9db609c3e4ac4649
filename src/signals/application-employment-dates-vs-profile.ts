// The same employer with dates more than six months apart between the application and the profile:
// the whole time at the employer is compared (first start, last end), so a role split into two on
// one side is not a contradiction. Bare years are read as the months that bring them closest.
import type { Finding, Position } from '../model.ts';
import type { Signal } from './signal.ts';
import { finding, notChecked, plural } from './common/findings.ts';
import { sectionsMissing } from './common/coverage.ts';
import { earliestMonth, latestMonth } from './common/partial-dates.ts';
import { applicationMissing, applicationPositions, describeDates, leastMonthsApart, sameEmployerName, sideBySide } from './common/application.ts';

const self = { id: 'application-employment-dates-vs-profile', category: 'application' } as const;

/** More than this many months apart is a contradiction, not rounding or a notice period. */
const TOLERANCE_MONTHS = 6;

interface Tenure {
  start: string | null;
  end: string | null;
  current: boolean;
}

function tenure(positions: readonly Position[]): Tenure {
  const starts = positions.map((p) => p.start).filter((s): s is string => !!s);
  const current = positions.some((p) => p.end === null);
  const ends = positions.map((p) => p.end).filter((s): s is string => !!s);
  const start = starts.sort((a, b) => (earliestMonth(a) ?? 0) - (earliestMonth(b) ?? 0))[0] ?? null;
  const end = current ? null : (ends.sort((a, b) => (latestMonth(b) ?? 0) - (latestMonth(a) ?? 0))[0] ?? null);
  return { start, end, current };
}

export const applicationEmploymentDatesVsProfile: Signal = {
  ...self,
  run(snapshot, ctx) {
    const missing = applicationMissing(ctx, self) ?? sectionsMissing(self, snapshot, 'experience');
    if (missing) return { findings: [], notChecked: missing };
    const app = applicationPositions(ctx.application!);
    const employers = [...new Set(app.map((p) => p.company))];
    const findings: Finding[] = [];
    let compared = 0;
    const seen: string[] = [];
    for (const employer of employers) {
      if (seen.some((e) => sameEmployerName(e, employer))) continue;
      seen.push(employer);
      const mine = app.filter((p) => sameEmployerName(p.company, employer));
      const theirs = snapshot.experience.filter((q) => sameEmployerName(q.company, employer));
      if (theirs.length === 0) continue;
      const a = tenure(mine);
      const b = tenure(theirs);
      if (!a.start || !b.start) continue;
      compared++;
      const startApart = leastMonthsApart(a.start, b.start, ctx.now) ?? 0;
      const endApart = leastMonthsApart(a.end, b.end, ctx.now) ?? 0;
      if (Math.max(startApart, endApart) <= TOLERANCE_MONTHS) continue;
      const parts = [startApart > TOLERANCE_MONTHS ? `the start by at least ${plural(startApart, 'month')}` : null, endApart > TOLERANCE_MONTHS ? `the end by at least ${plural(endApart, 'month')}` : null].filter(Boolean);
      findings.push(
        finding(self, {
          detail: theirs[0]!.ref,
          severity: 'warn',
          title: 'The application and the profile date a job differently',
          evidence: `${sideBySide(`${employer}, ${describeDates(a.start, a.end, a.current)}`, `${theirs[0]!.company}, ${describeDates(b.start, b.end, b.current)}`)} They differ in ${parts.join(' and ')}. A profile not updated after leaving a job looks like this too.`,
          howToVerify: `Ask for the dates at ${employer} and confirm them with an employment verification or a reference.`,
          refs: theirs.map((q) => q.ref),
        }),
      );
    }
    if (compared === 0) return { findings, notChecked: notChecked(self, 'no employer with dates appears on both the application and the profile', 'compare the employment history by eye') };
    return { findings };
  },
};

export default applicationEmploymentDatesVsProfile;
