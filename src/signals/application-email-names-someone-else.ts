// The application's email address spells a person's name (two or more name words) that shares
// nothing with the name on the application or on the profile. Family members share addresses, so
// this is a warning at most; a single word may be any nickname and is not judged.
import type { Finding } from '../model.ts';
import type { Signal } from './signal.ts';
import { t } from '../i18n.ts';
import { finding, notChecked } from './common/findings.ts';
import { applicationMissing, sideBySide } from './common/application.ts';
import { compareNameWithHandle } from './common/person-names.ts';
import { handleWords } from './contact-details-that-name-someone-else.ts';

const self = { id: 'application-email-names-someone-else', category: 'application' } as const;

export const applicationEmailNamesSomeoneElse: Signal = {
  ...self,
  run(snapshot, ctx) {
    const missing = applicationMissing(ctx, self);
    if (missing) return { findings: [], notChecked: missing };
    const app = ctx.application!;
    if (app.emails.length === 0) return { findings: [], notChecked: notChecked(self, t('fa_no_email_reason'), t('fa_no_email_see')) };
    const names = [app.name, snapshot.name].filter((n): n is string => !!n);
    if (names.length === 0) return { findings: [], notChecked: notChecked(self, t('fa_email_names_no_name_reason'), t('fa_email_names_no_name_see')) };
    const findings: Finding[] = [];
    app.emails.forEach((address, i) => {
      const words = handleWords(address.split('@')[0] ?? '');
      if (words.length < 2 || !words.every((w) => /^[a-z]{2,}$/.test(w))) return;
      const verdicts = names.map((n) => compareNameWithHandle(n, words).verdict);
      if (!verdicts.every((v) => v === 'different')) return;
      const sides = sideBySide(t('fa_email_names_reads', [address, words.join(' ')]), t('fa_quoted', [snapshot.name ?? t('fa_no_name')]));
      findings.push(
        finding(self, {
          detail: String(i),
          severity: 'warn',
          title: t('fa_email_names_title'),
          evidence: app.name && app.name !== snapshot.name ? t('fa_email_names_evidence_signed', [sides, app.name]) : t('fa_email_names_evidence', [sides]),
          howToVerify: t('fa_email_names_verify'),
          refs: ['name'],
        }),
      );
    });
    return { findings };
  },
};

export default applicationEmailNamesSomeoneElse;
