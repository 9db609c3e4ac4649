// The same employer with dates more than six months apart between the application and the profile:
// the whole time at the employer is compared (first start, last end), so a role split into two on
// one side is not a contradiction. When the time at the employer agrees and the application itself
// lists several roles there, each role is compared with its own counterpart on the profile, matched
// role by role by title and dates (matchRoles): a role moved within the employer is a smaller
// disagreement, said as information, and never compared with another role there. Bare years are
// read as the months that bring them closest.
import type { Finding, Position } from '../model.ts';
import type { Signal } from './signal.ts';
import { t, tn } from '../i18n.ts';
import { finding, notChecked } from './common/findings.ts';
import { sectionsMissing } from './common/coverage.ts';
import { earliestMonth, latestMonth } from './common/partial-dates.ts';
import { applicationMissing, applicationPositions, describeDates, leastMonthsApart, matchRoles, sameEmployerName, sideBySide } from './common/application.ts';

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

/** The roles the application lists at one employer whose dates disagree with their own counterparts' on the profile. */
function movedRoles(mine: readonly Position[], theirs: readonly Position[], now: Date): { app: Position; profile: Position; startApart: number; endApart: number }[] {
  // (Each application role is named by its own ref in the finding: two with one title, a return to
  // a role, are two findings.)
  if (mine.length < 2) return [];
  const moved = [];
  for (const [app, profile] of matchRoles(mine, theirs)) {
    if (!app.start || !profile.start) continue;
    const startApart = leastMonthsApart(app.start, profile.start, now) ?? 0;
    const endApart = leastMonthsApart(app.end, profile.end, now) ?? 0;
    if (Math.max(startApart, endApart) > TOLERANCE_MONTHS) moved.push({ app, profile, startApart, endApart });
  }
  // In the order the application lists them.
  return moved.sort((a, b) => mine.indexOf(a.app) - mine.indexOf(b.app));
}

/** "the start by at least 24 months", "the end by …", or both joined by "and". */
function differBy(startApart: number, endApart: number): string {
  const start = startApart > TOLERANCE_MONTHS ? tn('fa_dates_start_by', startApart) : null;
  const end = endApart > TOLERANCE_MONTHS ? tn('fa_dates_end_by', endApart) : null;
  return start && end ? t('list_and', [start, end]) : (start ?? end ?? '');
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
      if (Math.max(startApart, endApart) <= TOLERANCE_MONTHS) {
        for (const m of movedRoles(mine, theirs, ctx.now)) {
          findings.push(
            finding(self, {
              detail: `${m.profile.ref}:${m.app.ref}`,
              severity: 'info',
              title: t('fa_dates_role_title'),
              evidence: t('fa_dates_role_evidence', [
                sideBySide(
                  t('fa_dates_role_side', [m.app.title, employer, describeDates(m.app.start, m.app.end, m.app.current)]),
                  t('fa_dates_role_side', [m.profile.title, m.profile.company, describeDates(m.profile.start, m.profile.end, m.profile.current)]),
                ),
                differBy(m.startApart, m.endApart),
                employer,
              ]),
              howToVerify: t('fa_dates_role_verify', [m.app.title, employer]),
              refs: [m.profile.ref],
            }),
          );
        }
        continue;
      }
      findings.push(
        finding(self, {
          detail: theirs[0]!.ref,
          severity: 'warn',
          title: t('fa_dates_job_title'),
          evidence: t('fa_dates_job_evidence', [
            sideBySide(t('fa_dates_job_side', [employer, describeDates(a.start, a.end, a.current)]), t('fa_dates_job_side', [theirs[0]!.company, describeDates(b.start, b.end, b.current)])),
            differBy(startApart, endApart),
          ]),
          howToVerify: t('fa_dates_job_verify', [employer]),
          refs: theirs.map((q) => q.ref),
        }),
      );
    }
    if (compared === 0) return { findings, notChecked: notChecked(self, t('fa_dates_none_reason'), t('fa_employment_by_eye_see')) };
    return { findings };
  },
};

export default applicationEmploymentDatesVsProfile;
