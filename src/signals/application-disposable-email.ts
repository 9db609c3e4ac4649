// The application's email uses a throwaway domain (the disposable-email-domains list the contact
// check uses, passed in the context). No innocent use on an application; without the list the
// addresses are reported as not checked, never as clean.
import type { Finding } from '../model.ts';
import type { Signal } from './signal.ts';
import { t } from '../i18n.ts';
import { finding, notChecked } from './common/findings.ts';
import { applicationMissing } from './common/application.ts';
import { disposableDomainOf } from './common/disposable-domains.ts';

const self = { id: 'application-disposable-email', category: 'application' } as const;

export const applicationDisposableEmail: Signal = {
  ...self,
  run(_snapshot, ctx) {
    const missing = applicationMissing(ctx, self);
    if (missing) return { findings: [], notChecked: missing };
    const emails = ctx.application!.emails;
    if (emails.length === 0) return { findings: [], notChecked: notChecked(self, t('fa_no_email_reason'), t('fa_no_email_see')) };
    const list = ctx.disposableDomains;
    if (!list) return { findings: [], notChecked: notChecked(self, t('fa_disposable_no_list_reason'), t('fa_disposable_no_list_see')) };
    const findings: Finding[] = [];
    emails.forEach((address, i) => {
      const domain = disposableDomainOf(address, list);
      if (!domain) return;
      findings.push(
        finding(self, {
          detail: String(i),
          severity: 'alert',
          title: t('fa_disposable_title'),
          evidence: t('fa_disposable_evidence', [address, domain]),
          howToVerify: t('fa_disposable_verify'),
          refs: [],
        }),
      );
    });
    return { findings };
  },
};

export default applicationDisposableEmail;
