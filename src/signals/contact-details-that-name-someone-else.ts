// A contact e-mail or personal website that names another person ("maria.gonzalez@…" on John Smith's
// profile) suggests details carried over from someone else's identity. Family members share addresses,
// so this is `warn` at most. Only handles that spell a name (two or more words split by dots, dashes
// or underscores) are judged; a single word may be any nickname.
import type { Finding } from '../model.ts';
import type { Signal } from './signal.ts';
import { t } from '../i18n.ts';
import { finding, notChecked } from './common/findings.ts';
import { contactOverlayMissing } from './common/contact.ts';
import { compareNameWithHandle, foldToAscii } from './common/person-names.ts';

/** Words in mailbox and site names that are not a person's name. */
const GENERIC = new Set([
  'info', 'contact', 'hello', 'hi', 'mail', 'email', 'admin', 'jobs', 'job', 'work', 'dev', 'developer', 'me', 'the',
  'official', 'career', 'careers', 'cv', 'resume', 'portfolio', 'blog', 'site', 'web', 'www', 'home', 'office', 'team',
  'support', 'hr', 'pro', 'design', 'studio', 'tech', 'code', 'engineer', 'consulting', 'online', 'page', 'my',
]);

const PUBLIC_HOSTS = /(^|\.)(github\.com|gitlab\.com|linkedin\.com|twitter\.com|x\.com|medium\.com|behance\.net|dribbble\.com)$/;

export function handleWords(handle: string): string[] {
  return foldToAscii(handle)
    .split(/[._\-+\d]+/)
    .filter((w) => w.length > 0 && !GENERIC.has(w));
}

/** The part of a website that is the owner's chosen name: the first path segment on a public host, else the domain label. */
function siteHandle(url: string): string | null {
  try {
    const u = new URL(/^https?:/i.test(url) ? url : `https://${url}`);
    const host = u.hostname.replace(/^www\./, '');
    if (PUBLIC_HOSTS.test(host)) return u.pathname.split('/').filter(Boolean)[0] ?? null;
    return host.split('.').slice(0, -1).join('-') || null;
  } catch {
    return null;
  }
}

const self = { id: 'contact-details-that-name-someone-else', category: 'network' } as const;

export const contactDetailsThatNameSomeoneElse: Signal = {
  ...self,
  run(snapshot) {
    const missing = contactOverlayMissing(snapshot, self);
    if (missing) return { findings: [], notChecked: missing };
    if (!snapshot.name) return { findings: [], notChecked: notChecked(self, t('f_contact_names_no_name_reason'), t('f_contact_names_no_name_see')) };
    const contact = snapshot.contact!;
    const handles = [
      ...contact.emails.map((e) => ({ ref: e.ref, shown: e.address, handle: e.address.split('@')[0] ?? '' })),
      ...contact.websites.map((w) => ({ ref: w.ref, shown: w.url, handle: siteHandle(w.url) ?? '' })),
    ];
    const findings: Finding[] = [];
    for (const h of handles) {
      const words = handleWords(h.handle);
      if (words.length < 2 || !words.every((w) => /^[a-z]{2,}$/.test(w))) continue;
      const verdict = compareNameWithHandle(snapshot.name, words);
      if (verdict.verdict !== 'different') continue;
      findings.push(
        finding(self, {
          detail: h.ref,
          severity: 'warn',
          title: t('f_contact_names_title'),
          evidence: t('f_contact_names_evidence', [h.shown, words.join(' '), snapshot.name]),
          howToVerify: t('f_contact_names_verify'),
          refs: [h.ref],
        }),
      );
    }
    return { findings };
  },
};

export default contactDetailsThatNameSomeoneElse;
