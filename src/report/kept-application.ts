// The kept comparison with the application as a report carries it. Kept with the application
// ("keep the application" ticked), its findings quote the candidate's phones and e-mails in clear;
// a report carries them in clear only when the user ticks that on the report form (PRIVACY.md),
// otherwise masked as a comparison kept without the application is ("+1 ••• ••• 5309").
import type { StoredComparison } from '../memory/store.ts';
import { findEmails } from '../application/emails.ts';
import { withoutInvisible } from '../invisible.ts';
import { maskContacts, maskFindings } from '../memory/mask.ts';

type Contact = { phones: string[]; emails: string[] };

const strings = (list: unknown): string[] => (Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : []);

/**
 * The phones and e-mails of a kept application: kept beside it since they are; in a comparison kept
 * before that, read from the application as kept (a file's is its JSON).
 */
export function keptContacts(comparison: StoredComparison): Contact {
  if (comparison.contacts) return comparison.contacts;
  try {
    const read = JSON.parse(comparison.text ?? '') as { schemaVersion?: unknown; emails?: unknown; phones?: unknown };
    if (read && typeof read === 'object' && read.schemaVersion === 1 && Array.isArray(read.phones)) {
      return { emails: strings(read.emails), phones: strings(read.phones.map((p: unknown) => (p && typeof p === 'object' ? (p as { raw?: unknown }).raw : null))) };
    }
  } catch {
    // Not the JSON of a read file: pasted text, read below.
  }
  return { emails: [], phones: [] };
}

/** A run of digits with the separators phone numbers are written with, bounded (linear time). */
const PHONE_LIKE = /\+?\(?\d[\d ().-]{5,22}\d/g;

/**
 * What in the text reads as an e-mail address or a phone number, besides what was kept: a pasted
 * application may hold more of them than the comparison read (it reads ten of each), and a
 * comparison kept before the contact values were kept beside it has only its text. Lines and
 * slashes end a number, so two numbers side by side are two.
 */
function contactsInText(text: string): Contact {
  return { emails: findEmails(text), phones: text.split(/[\n/|,;]/).flatMap((piece) => piece.match(PHONE_LIKE) ?? []).map((p) => p.trim()) };
}

/** Whether the kept comparison holds the application's contact values in clear (the report form then offers the choice). */
export function holdsClearContacts(comparison: StoredComparison | null): boolean {
  return comparison !== null && comparison.contactsMasked !== true && comparison.text !== null;
}

/** The comparison for a report: as kept when `inClear`, else with the application's phones and e-mails masked in its findings and text. */
export function comparisonForReport(comparison: StoredComparison | null, inClear: boolean): StoredComparison | null {
  if (!comparison) return null;
  const { contacts: _contacts, ...kept } = comparison;
  if (inClear || !holdsClearContacts(comparison) || comparison.text === null) return kept;
  // Hidden characters out of the text first: a number written with zero-width characters between
  // its digits would otherwise not be found, and stay in clear.
  const text = withoutInvisible(comparison.text).replace(/[\t\u00a0\u2007\u202f]/g, ' ');
  const mine = keptContacts(comparison);
  const found = contactsInText(text);
  const contact = { emails: [...mine.emails, ...found.emails], phones: [...mine.phones, ...found.phones] };
  return { ...kept, findings: maskFindings(kept.findings, contact), text: maskContacts(text, contact), contactsMasked: true };
}
