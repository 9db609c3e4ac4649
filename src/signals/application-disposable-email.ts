// The application's email uses a throwaway domain (the disposable-email-domains list the contact
// check uses, passed in the context). No innocent use on an application; without the list the
// addresses are reported as not checked, never as clean.
import type { Finding } from '../model.ts';
import type { Signal } from './signal.ts';
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
    if (emails.length === 0) return { findings: [], notChecked: notChecked(self, 'the application gives no email address', 'ask for an email address and write to it') };
    const list = ctx.disposableDomains;
    if (!list) return { findings: [], notChecked: notChecked(self, 'the disposable-domain list could not be loaded', "look the address's domain up by hand") };
    const findings: Finding[] = [];
    emails.forEach((address, i) => {
      const domain = disposableDomainOf(address, list);
      if (!domain) return;
      findings.push(
        finding(self, {
          detail: String(i),
          severity: 'alert',
          title: "The application's email is a throwaway address",
          evidence: `Application: ${address} uses ${domain}, a disposable-mail domain.`,
          howToVerify: 'Ask for a lasting address; send it a message that needs a reply during the process.',
          refs: [],
        }),
      );
    });
    return { findings };
  },
};

export default applicationDisposableEmail;
