// A more senior title on the application than the profile gives for the same employer and months
// ("Senior Engineer" against "Engineer", "Head of Data" against "Data Analyst"). Promotions inside a
// job are allowed for: the application's title is compared with the most senior profile title at
// that employer in the months they share. Seniority is read from title words in seven languages.
// A role the profile lists too (matched role by role by title and dates, matchRoles) is not
// compared here with the other roles there: if its dates differ, the employment dates comparison
// says so, beside its own counterpart.
import type { Finding, Position } from '../model.ts';
import type { Signal } from './signal.ts';
import { t } from '../i18n.ts';
import { finding } from './common/findings.ts';
import { sectionsMissing } from './common/coverage.ts';
import { describePosition } from './common/employment.ts';
import { applicationMissing, applicationPositions, matchRoles, narrowest, sameEmployerName, seniorityRank, sideBySide, widest } from './common/application.ts';

const self = { id: 'application-title-more-senior-than-profile', category: 'application' } as const;

export const applicationTitleMoreSeniorThanProfile: Signal = {
  ...self,
  run(snapshot, ctx) {
    const missing = applicationMissing(ctx, self) ?? sectionsMissing(self, snapshot, 'experience');
    if (missing) return { findings: [], notChecked: missing };
    const findings: Finding[] = [];
    const app = applicationPositions(ctx.application!);
    // The application's roles that have their own counterpart on the profile, employer by employer.
    const matched = new Map<Position, Position>();
    const grouped = new Set<Position>();
    for (const p of app) {
      if (grouped.has(p)) continue;
      const mine = app.filter((o) => sameEmployerName(o.company, p.company));
      for (const o of mine) grouped.add(o);
      for (const [m, q] of matchRoles(mine, snapshot.experience.filter((q) => sameEmployerName(q.company, p.company)))) matched.set(m, q);
    }
    app.forEach((p, i) => {
      const rank = seniorityRank(p.title);
      const span = narrowest(p, ctx) ?? widest(p, ctx);
      if (rank === null || !span) return;
      // A role matched to its own counterpart is left to the dates comparison only while the two
      // share time: a title dated back to before the profile gives it (a promotion claimed years
      // early) is still compared with the roles the profile lists then.
      const counterpart = matched.get(p);
      const theirs = counterpart ? widest(counterpart, ctx) : null;
      if (theirs && theirs.start <= span.end && span.start <= theirs.end) return;
      const same = snapshot.experience.filter((q) => {
        if (!sameEmployerName(q.company, p.company)) return false;
        const theirs = widest(q, ctx);
        return theirs !== null && theirs.start <= span.end && span.start <= theirs.end;
      });
      const ranks = same.map((q) => seniorityRank(q.title)).filter((r): r is number => r !== null);
      if (ranks.length === 0 || rank <= Math.max(...ranks)) return;
      findings.push(
        finding(self, {
          detail: String(i),
          severity: 'warn',
          title: t('fa_senior_title_title'),
          evidence: t('fa_senior_title_evidence', [sideBySide(describePosition(p), same.map(describePosition).join('; '))]),
          howToVerify: t('fa_senior_title_verify', [p.company]),
          refs: same.map((q) => q.ref),
        }),
      );
    });
    return { findings };
  },
};

export default applicationTitleMoreSeniorThanProfile;
