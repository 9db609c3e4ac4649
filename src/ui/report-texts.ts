// Texts about reports for the extension's own pages (report form, popup, side panel): kept out of
// texts.ts so that they stay out of the size-limited content script.
import { t, tn, words } from '../i18n.ts';
import type { Review } from '../messages.ts';
import type { Destination } from '../settings.ts';
import { listAnd, reviewLine, shortDate } from './texts.ts';

/** Where a report went, in the words of the report form: "the team webhook and the clipboard". */
export const DESTINATION_WORDS: Readonly<Record<Destination, string>> = words<Destination>('reptext_dest_', ['clipboard', 'download', 'email', 'webhook', 'team', 'linkedin', 'ic3']);

/** "your report log, the clipboard and a file" in the UI language (list_and). */
export function destinationList(destinations: readonly Destination[]): string {
  return listAnd([t('reptext_report_log'), ...destinations.map((d) => DESTINATION_WORDS[d])]);
}

/** The report form's warning before a second report of the same profile. */
export function earlierReportLine(earlier: { createdAt: string; destinations: Destination[] }, count: number, locale?: string): string {
  const args = [shortDate(earlier.createdAt, locale), destinationList(earlier.destinations)];
  return count > 1 ? tn('reptext_earlier_count', count, args) : t('reptext_earlier', args);
}

/** The review line with where a report went: "Reported by you on 2 Dec 2026 to your report log and the team webhook". */
export function reviewLineFull(review: Review, locale?: string): string {
  if (review.outcome === 'reported' && review.reportedTo) return t('reptext_reported_to', [shortDate(review.at, locale), destinationList(review.reportedTo)]);
  return reviewLine({ ...review, reportedTo: undefined }, locale);
}
