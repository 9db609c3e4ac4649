// A throwaway mailbox has no innocent use on a professional profile. The domain list is the
// maintained disposable-email-domains package (exact domains and wildcard parents), not a hand list.
// Worker only: the list is large.
import disposableDomains from 'disposable-email-domains/index.json' with { type: 'json' };
import disposableWildcards from 'disposable-email-domains/wildcard.json' with { type: 'json' };
import type { Finding } from '../model.ts';
import type { Signal } from './signal.ts';
import { finding } from './common/findings.ts';
import { contactOverlayMissing } from './common/contact.ts';

let exact: Set<string> | null = null;
let wildcard: Set<string> | null = null;

/** The disposable domain (or wildcard parent) an address uses, or null. */
export function disposableDomainOf(address: string): string | null {
  exact ??= new Set(disposableDomains as string[]);
  wildcard ??= new Set(disposableWildcards as string[]);
  const domain = address.trim().toLowerCase().split('@').pop()?.replace(/\.$/, '') ?? '';
  if (!domain) return null;
  if (exact.has(domain)) return domain;
  const labels = domain.split('.');
  for (let i = 1; i < labels.length - 1; i++) {
    const parent = labels.slice(i).join('.');
    if (wildcard.has(parent) || exact.has(parent)) return parent;
  }
  return null;
}

const self = { id: 'disposable-email', category: 'contact' } as const;

export const disposableEmail: Signal = {
  ...self,
  run(snapshot) {
    const missing = contactOverlayMissing(snapshot, self);
    if (missing) return { findings: [], notChecked: missing };
    const findings: Finding[] = [];
    snapshot.contact!.emails.forEach((email, i) => {
      const domain = disposableDomainOf(email.address);
      if (!domain) return;
      findings.push(
        finding(self, {
          detail: String(i),
          severity: 'alert',
          title: 'Contact email is a throwaway address',
          evidence: `${email.address} uses ${domain}, a disposable-mail domain.`,
          howToVerify: 'Ask for a lasting address; send it a message that needs a reply during the process.',
          refs: [email.ref],
        }),
      );
    });
    return { findings };
  },
};

export default disposableEmail;
