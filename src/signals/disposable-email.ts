// A throwaway mailbox has no innocent use on a professional profile. The domain list is the
// maintained disposable-email-domains package (exact domains and wildcard parents), not a hand list.
// It comes in through the context (the worker loads it only for a snapshot with an email), so this
// stays a pure function; without it the emails are reported as not checked, never as clean.
import type { Finding } from '../model.ts';
import type { Signal } from './signal.ts';
import { t } from '../i18n.ts';
import { finding, notChecked } from './common/findings.ts';
import { contactOverlayMissing } from './common/contact.ts';
import { disposableDomainOf } from './common/disposable-domains.ts';

const self = { id: 'disposable-email', category: 'contact' } as const;

export const disposableEmail: Signal = {
  ...self,
  run(snapshot, ctx) {
    const missing = contactOverlayMissing(snapshot, self);
    if (missing) return { findings: [], notChecked: missing };
    const emails = snapshot.contact!.emails;
    if (emails.length === 0) return { findings: [] };
    const list = ctx.disposableDomains;
    if (!list) {
      return {
        findings: [],
        notChecked: notChecked(self, t('f_disposable_no_list_reason'), t('f_disposable_no_list_see')),
      };
    }
    const findings: Finding[] = [];
    emails.forEach((email, i) => {
      const domain = disposableDomainOf(email.address, list);
      if (!domain) return;
      findings.push(
        finding(self, {
          detail: String(i),
          severity: 'alert',
          title: t('f_disposable_title'),
          evidence: t('f_disposable_evidence', [email.address, domain]),
          howToVerify: t('f_disposable_verify'),
          refs: [email.ref],
        }),
      );
    });
    return { findings };
  },
};

export default disposableEmail;
