// An employer on one side that the other does not list, in years the other side covers. An employer
// on the application that the profile lacks is a warning (a history written for the application);
// one on the profile that the application leaves out is information (résumés are tailored and cut
// short). Employers are compared by folded name; a renamed or acquired company is not recognised.
import type { Finding, Position } from '../model.ts';
import type { Signal } from './signal.ts';
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
    if (app.length === 0) return { findings: [], notChecked: notChecked(self, 'no positions could be read from the application', 'compare the employment history by eye') };
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
            title: 'An employer on the application is not on the profile',
            evidence: `${sideBySide(describePosition(p), `no position at ${p.company}, though its positions cover ${formatMonth(profileSpan.start)} – ${formatMonth(profileSpan.end)}`)} Profiles are not always kept up to date; a renamed or acquired company looks the same.`,
            howToVerify: `Ask about the role at ${p.company} and check it with a reference or an employment verification.`,
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
            title: 'An employer on the profile is not on the application',
            evidence: `${sideBySide(`no position at ${q.company}, though its positions cover ${formatMonth(appSpan.start)} – ${formatMonth(appSpan.end)}`, describePosition(q))} Résumés are often tailored or shortened.`,
            howToVerify: `Ask about the role at ${q.company} and why the application leaves it out.`,
            refs: [q.ref],
          }),
        );
      });
    }
    const hidden = complete ? null : hiddenNote(snapshot, 'experience');
    return {
      findings,
      notChecked: complete ? undefined : partlyChecked(self, `${hidden?.reason ?? 'not all positions are shown on this page'}; employers on the application were not looked for on the profile`, hidden?.howToSee ?? 'open "Show all experiences"', 'experience'),
    };
  },
};

export default applicationEmployerMissingOnTheOtherSide;
