// A degree on the application that the profile does not list: no entry of that level, and no entry
// at that school whose level is unstated. Profiles are not always kept up to date, so this is a
// warning; when the profile shows only part of its education, the hidden schools may hold it.
import type { Finding } from '../model.ts';
import type { Signal } from './signal.ts';
import { t } from '../i18n.ts';
import { finding, notChecked, partlyChecked } from './common/findings.ts';
import { hiddenNote, sectionsMissing } from './common/coverage.ts';
import { describeEducation } from './common/degrees.ts';
import { applicationEducation, applicationMissing, levelOf, sameSchool, sideBySide } from './common/application.ts';

const self = { id: 'application-degree-not-on-profile', category: 'application' } as const;

export const applicationDegreeNotOnProfile: Signal = {
  ...self,
  run(snapshot, ctx) {
    const missing = applicationMissing(ctx, self) ?? sectionsMissing(self, snapshot, 'education');
    if (missing) return { findings: [], notChecked: missing };
    const hidden = hiddenNote(snapshot, 'education');
    if (hidden) return { findings: [], notChecked: partlyChecked(self, hidden.reason, hidden.howToSee, 'education') };
    const schools = applicationEducation(ctx.application!);
    if (schools.length === 0) return { findings: [], notChecked: notChecked(self, t('fa_no_education_reason'), t('fa_no_education_see')) };
    const findings: Finding[] = [];
    schools.forEach((e, i) => {
      const level = levelOf(e.degree);
      const listed = snapshot.education.some((p) => {
        const theirs = levelOf(p.degree);
        if (level === null) return sameSchool(p.school, e.school);
        return theirs === level || (theirs === null && sameSchool(p.school, e.school));
      });
      if (listed) return;
      const profile = snapshot.education.length > 0 ? snapshot.education.map(describeEducation).join('; ') : t('fa_degree_missing_none_listed');
      findings.push(
        finding(self, {
          detail: String(i),
          severity: 'warn',
          title: t('fa_degree_missing_title'),
          evidence: t('fa_degree_missing_evidence', [sideBySide(describeEducation(e), profile)]),
          howToVerify: t('fa_degree_missing_verify'),
          refs: snapshot.education.map((p) => p.ref),
        }),
      );
    });
    return { findings };
  },
};

export default applicationDegreeNotOnProfile;
