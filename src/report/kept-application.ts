// The kept comparison with the application as a report carries it. Kept with the application
// ("keep the application" ticked), its findings quote the candidate's phones and e-mails in clear;
// a report carries them in clear only when the user ticks that on the report form (PRIVACY.md),
// otherwise masked as a comparison kept without the application is ("+1 ••• ••• 5309").
import { readPastedText } from '../application/read.ts';
import type { StoredComparison } from '../memory/store.ts';
import { maskContacts, maskFindings } from '../memory/mask.ts';

type Contact = { phones: string[]; emails: string[] };

const strings = (list: unknown): string[] => (Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : []);

/**
 * The phones and e-mails of a kept application: a file is kept as the application read from it (its
 * JSON, extension/compare), pasted text as pasted, which is read again here.
 */
export function keptContacts(text: string): Contact {
  try {
    const read = JSON.parse(text) as { schemaVersion?: unknown; emails?: unknown; phones?: unknown };
    if (read && typeof read === 'object' && read.schemaVersion === 1 && Array.isArray(read.phones)) {
      return { emails: strings(read.emails), phones: strings(read.phones.map((p: unknown) => (p && typeof p === 'object' ? (p as { raw?: unknown }).raw : null))) };
    }
  } catch {
    // Not the JSON of a read file: pasted text.
  }
  const application = readPastedText(text);
  return { emails: application.emails, phones: application.phones.map((p) => p.raw) };
}

/** Whether the kept comparison holds the application's contact values in clear (the report form then offers the choice). */
export function holdsClearContacts(comparison: StoredComparison | null): boolean {
  return comparison !== null && comparison.contactsMasked !== true && comparison.text !== null;
}

/** The comparison for a report: as kept when `inClear`, else with the application's phones and e-mails masked in its findings and text. */
export function comparisonForReport(comparison: StoredComparison | null, inClear: boolean): StoredComparison | null {
  if (!comparison || inClear || !holdsClearContacts(comparison) || comparison.text === null) return comparison;
  const contact = keptContacts(comparison.text);
  return { ...comparison, findings: maskFindings(comparison.findings, contact), text: maskContacts(comparison.text, contact), contactsMasked: true };
}
