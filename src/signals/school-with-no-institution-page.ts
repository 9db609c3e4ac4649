// A school given as free text (no link to a LinkedIn school page) and as a bare acronym cannot be
// looked up. Small and foreign schools often have no page and famous ones go by acronyms, so this is
// `info` only: a prompt to ask for the full name, never a point against the profile.
import type { Finding } from '../model.ts';
import type { Signal } from './signal.ts';
import { t } from '../i18n.ts';
import { finding } from './common/findings.ts';
import { leftOut, sectionsMissing } from './common/coverage.ts';

const BARE_ACRONYM = /^[\p{Lu}&.-]{2,7}$/u;

const self = { id: 'school-with-no-institution-page', category: 'education' } as const;

export const schoolWithNoInstitutionPage: Signal = {
  ...self,
  run(snapshot) {
    const missing = sectionsMissing(self, snapshot, 'education');
    if (missing) return { findings: [], notChecked: missing };
    const findings: Finding[] = [];
    snapshot.education.forEach((e, i) => {
      const name = e.school.trim();
      if (e.schoolUrl || !BARE_ACRONYM.test(name.replace(/\s+/g, ''))) return;
      findings.push(
        finding(self, {
          detail: String(i),
          severity: 'info',
          title: t('f_school_page_title'),
          evidence: t('f_school_page_evidence', name),
          howToVerify: t('f_school_page_verify'),
          refs: [e.ref],
        }),
      );
    });
    return { findings, notChecked: leftOut(self, snapshot, 'education') };
  },
};

export default schoolWithNoInstitutionPage;
