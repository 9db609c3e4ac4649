// The kept comparison with the application as a report carries it. Kept with the application
// ("keep the application" ticked), its findings quote the candidate's phones and e-mails in clear;
// a report carries them in clear only when the user ticks that on the report form (PRIVACY.md),
// otherwise masked as a comparison kept without the application is ("+1 ••• ••• 5309").
import type { StoredComparison } from '../memory/store.ts';
import { maskContacts, maskFindings } from '../memory/mask.ts';

type Contact = { phones: string[]; emails: string[] };

const strings = (list: unknown): string[] => (Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : []);

/**
 * The phones and e-mails of a kept application: kept beside it since they are; in a comparison kept
 * before that, read from the application as kept (a file's is its JSON), or, for pasted text, what
 * looks like an e-mail address or a phone number in it. No reader is needed here: the worker does
 * not carry the application readers.
 */
export function keptContacts(comparison: StoredComparison): Contact {
  if (comparison.contacts) return comparison.contacts;
  const text = comparison.text ?? '';
  try {
    const read = JSON.parse(text) as { schemaVersion?: unknown; emails?: unknown; phones?: unknown };
    if (read && typeof read === 'object' && read.schemaVersion === 1 && Array.isArray(read.phones)) {
      return { emails: strings(read.emails), phones: strings(read.phones.map((p: unknown) => (p && typeof p === 'object' ? (p as { raw?: unknown }).raw : null))) };
    }
  } catch {
    // Not the JSON of a read file: pasted text.
  }
  // Word by word and with bounded runs: time in proportion to the text, whatever it holds.
  const emails = text
    .split(/\s+/)
    .map((word) => word.replace(/^[<("'[]+|[>)"',;:.\]]+$/g, ''))
    .filter((word) => /^[^@]{1,64}@[^@]{1,253}\.[A-Za-z]{2,24}$/.test(word));
  return { emails, phones: text.match(/\+?\(?\d[\d ()./-]{5,22}\d/g) ?? [] };
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
  const contact = keptContacts(comparison);
  return { ...kept, findings: maskFindings(kept.findings, contact), text: maskContacts(comparison.text, contact), contactsMasked: true };
}
