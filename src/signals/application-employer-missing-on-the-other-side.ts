// An employer on one side that the other does not list, in years the other side covers. An employer
// on the application that the profile lacks is a warning (a history written for the application);
// one on the profile that the application leaves out is information (résumés are tailored and cut
// short). Employers are compared by folded name; a renamed or acquired company is not recognised.
import type { Finding, Position } from '../model.ts';
import type { Signal } from './signal.ts';
import { t } from '../i18n.ts';
import { finding, notChecked, partlyChecked } from './common/findings.ts';
import { experienceComplete, hiddenNote, sectionsMissing } from './common/coverage.ts';
import { describePosition } from './common/employment.ts';
import { formatMonth } from './common/partial-dates.ts';
import { applicationMissing, applicationPositions, sameEmployerName, sideBySide, widest, type Span } from './common/application.ts';

const self = { id: 'application-employer-missing-on-the-other-side', category: 'application' } as const;

function covered(positions: readonly Position[], ctx: Parameters<Signal['run']>[1]): Span | null {
  const spans = positions.map((p) => widest(p, ctx)).filter((s): s is Span => s !== null);
  if (spans.length === 0) return null;
  return { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
}

export const applicationEmployerMissingOnTheOtherSide: Signal = {
  ...self,
  run(snapshot, ctx) {
    const missing = applicationMissing(ctx, self) ?? sectionsMissing(self, snapshot, 'experience');
    if (missing) return { findings: [], notChecked: missing };
    const app = applicationPositions(ctx.application!);
    if (app.length === 0) return { findings: [], notChecked: notChecked(self, t('fa_employer_missing_no_positions_reason'), t('fa_employment_by_eye_see')) };
    const profile = snapshot.experience;
    const profileSpan = covered(profile, ctx);
    const appSpan = covered(app, ctx);
    const findings: Finding[] = [];
    const complete = experienceComplete(snapshot);
    // Employers on the application that the profile lacks: only when the profile shows its whole list.
    if (complete && profileSpan) {
      app.forEach((p, i) => {
        const span = widest(p, ctx);
        if (!span || profile.some((q) => sameEmployerName(q.company, p.company))) return;
        if (span.start < profileSpan.start || span.start > profileSpan.end) return;
        findings.push(
          finding(self, {
            detail: `application:${i}`,
            severity: 'warn',
            title: t('fa_employer_missing_title'),
            evidence: t('fa_employer_missing_evidence', [sideBySide(describePosition(p), t('fa_employer_no_position', [p.company, formatMonth(profileSpan.start), formatMonth(profileSpan.end)]))]),
            howToVerify: t('fa_employer_missing_verify', [p.company]),
            refs: [],
          }),
        );
      });
    }
    // Employers on the profile that the application leaves out, in the years the application covers.
    if (appSpan) {
      profile.forEach((q) => {
        const span = widest(q, ctx);
        if (!span || app.some((p) => sameEmployerName(q.company, p.company))) return;
        if (span.start < appSpan.start || span.start > appSpan.end) return;
        findings.push(
          finding(self, {
            detail: q.ref,
            severity: 'info',
            title: t('fa_employer_left_out_title'),
            evidence: t('fa_employer_left_out_evidence', [sideBySide(t('fa_employer_no_position', [q.company, formatMonth(appSpan.start), formatMonth(appSpan.end)]), describePosition(q))]),
            howToVerify: t('fa_employer_left_out_verify', [q.company]),
            refs: [q.ref],
          }),
        );
      });
    }
    const hidden = complete ? null : hiddenNote(snapshot, 'experience');
    return {
      findings,
      notChecked: complete ? undefined : partlyChecked(self, t('fa_employer_missing_partly_reason', [hidden?.reason ?? t('fa_employer_missing_not_all_shown')]), hidden?.howToSee ?? t('fa_employer_missing_partly_see'), 'experience'),
    };
  },
};

export default applicationEmployerMissingOnTheOtherSide;
