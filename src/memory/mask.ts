// Masking an application's contact values where they are kept without the user asking to keep the
// application (PRIVACY.md): "+1 415 867 5309" becomes "+1 ••• ••• 5309", "jenny.doe@gmail.com"
// becomes "j•••@gmail.com". Enough is left to recognise the value beside the candidate's own
// papers (the last four digits, the first letter and the domain), not enough to call or write.

import { withoutInvisible } from '../invisible.ts';
import { escapeRegExp } from '../regexp.ts';

const DOT = '•••';

/** "j•••@gmail.com": the first character of the local part and the whole domain. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return DOT;
  return `${[...email.slice(0, at)][0]}${DOT}${email.slice(at)}`;
}

/**
 * "+1 ••• ••• 5309": the last four digits and a leading country code ("+" and up to three digits
 * before a separator) stay, with the separators; every other run of digits is "•••".
 */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '').length;
  let seen = 0;
  return phone.replace(/\d+/g, (run, offset: number) => {
    const start = seen;
    seen += run.length;
    if (offset > 0 && phone[offset - 1] === '+' && offset === phone.indexOf('+') + 1 && run.length <= 3 && seen < digits) return run;
    const keepFrom = Math.max(0, digits - 4 - start);
    if (keepFrom >= run.length) return DOT;
    return keepFrom === 0 ? run : `${DOT}${run.slice(keepFrom)}`;
  });
}

/**
 * The text with every occurrence of these phones and e-mails (as written, without the invisible
 * characters the comparison removed; e-mails in any case) masked, and the words an address was read
 * as ('j•••@gmail.com reads "jenny doe"') too: they would spell the address out again.
 */
export function maskContacts(text: string, contact: { phones: readonly string[]; emails: readonly string[] }): string {
  let out = text;
  for (const email of contact.emails.map(withoutInvisible).filter((e) => e.includes('@'))) {
    out = out.replace(new RegExp(`(${escapeRegExp(email)})( reads "[^"]*")?`, 'gi'), (_found, address: string, reads?: string) => maskEmail(address) + (reads ? ' reads "•••"' : ''));
  }
  for (const phone of contact.phones.map((p) => withoutInvisible(p).trim()).filter((p) => /\d/.test(p))) {
    out = out.replace(new RegExp(escapeRegExp(phone), 'g'), maskPhone);
  }
  return out;
}

/** Findings with `maskContacts` applied to their titles and evidence. */
export function maskFindings<F extends { title: string; evidence: string }>(findings: readonly F[], contact: { phones: readonly string[]; emails: readonly string[] }): F[] {
  return findings.map((f) => ({ ...f, title: maskContacts(f.title, contact), evidence: maskContacts(f.evidence, contact) }));
}
