// A degree of one level (bachelor's, master's, doctorate) that the application places at another
// school than the profile does. School names are compared by their distinctive words and acronyms;
// a translated ("Technical University of Munich" / "Technische Universität München") or renamed
// school is not recognised, which the finding says.
import type { Finding } from '../model.ts';
import type { Signal } from './signal.ts';
import { t } from '../i18n.ts';
import { finding, notChecked } from './common/findings.ts';
import { sectionsMissing } from './common/coverage.ts';
import { describeEducation } from './common/degrees.ts';
import { LEVEL_WORDS, applicationEducation, applicationMissing, levelOf, sameSchool, sideBySide } from './common/application.ts';

const self = { id: 'application-school-vs-profile', category: 'application' } as const;

export const applicationSchoolVsProfile: Signal = {
  ...self,
  run(snapshot, ctx) {
    const missing = applicationMissing(ctx, self) ?? sectionsMissing(self, snapshot, 'education');
    if (missing) return { findings: [], notChecked: missing };
    const schools = applicationEducation(ctx.application!);
    if (schools.length === 0) return { findings: [], notChecked: notChecked(self, t('fa_no_education_reason'), t('fa_no_education_see')) };
    const findings: Finding[] = [];
    schools.forEach((e, i) => {
      const level = levelOf(e.degree);
      if (!level) return;
      const sameLevel = snapshot.education.filter((p) => levelOf(p.degree) === level);
      if (sameLevel.length === 0 || sameLevel.some((p) => sameSchool(p.school, e.school))) return;
      findings.push(
        finding(self, {
          detail: String(i),
          severity: 'warn',
          title: t('fa_school_title'),
          evidence: t('fa_school_evidence', [sideBySide(describeEducation(e), sameLevel.map(describeEducation).join('; ')), LEVEL_WORDS[level]]),
          howToVerify: t('fa_school_verify'),
          refs: sameLevel.map((p) => p.ref),
        }),
      );
    });
    return { findings };
  },
};

export default applicationSchoolVsProfile;
