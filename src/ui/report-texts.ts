// Texts about reports for the extension's own pages (report form, popup, side panel): kept out of
// texts.ts so that they stay out of the size-limited content script.
import type { Review } from '../messages.ts';
import type { Destination } from '../settings.ts';
import { reviewLine, shortDate } from './texts.ts';

/** Where a report went, in the words of the report form: "the team webhook and the clipboard". */
export const DESTINATION_WORDS: Record<Destination, string> = {
  clipboard: 'the clipboard',
  download: 'a file',
  email: 'email',
  webhook: 'the team webhook',
  linkedin: "LinkedIn's report flow",
  ic3: 'IC3',
};

export function destinationList(destinations: readonly Destination[]): string {
  const words = ['your report log', ...destinations.map((d) => DESTINATION_WORDS[d])];
  return words.length === 1 ? words[0]! : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** The report form's warning before a second report of the same profile. */
export function earlierReportLine(earlier: { createdAt: string; destinations: Destination[] }, count: number, locale?: string): string {
  return `Already reported on ${shortDate(earlier.createdAt, locale)} to ${destinationList(earlier.destinations)}${count > 1 ? ` (${count} reports so far)` : ''}. Sending again makes another report.`;
}

/** The review line with where a report went: "Reported on 2 Dec 2026 to your report log and the team webhook". */
export function reviewLineFull(review: Review, locale?: string): string {
  const line = reviewLine({ ...review, reportedTo: undefined }, locale);
  return review.outcome === 'reported' && review.reportedTo ? `${line} to ${destinationList(review.reportedTo)}` : line;
}
