// Reviews: what a person decided about a profile, set from the in-page panel or the popup.
import * as v from 'valibot';
import { ReviewOutcomeSchema, type ReviewOutcome } from '../memory/schemas.ts';
import type { Destination } from '../settings.ts';
import { profileKey, shortText, type Answer } from './common.ts';

export const reviewPageRequests = [v.object({ type: v.literal('page/review'), profileKey, outcome: v.nullable(ReviewOutcomeSchema), note: v.optional(shortText) })] as const;

export const reviewUiRequests = [v.object({ type: v.literal('ui/review'), profileKey, outcome: v.nullable(ReviewOutcomeSchema), note: v.optional(shortText) })] as const;

/**
 * What a person decided about a profile: one state, whichever page set it. Sending a report sets
 * it to "reported", with where it went; a second report then says when and where the first went.
 */
export interface Review {
  outcome: ReviewOutcome;
  at: string;
  /** The reviewer's own words, kept with the review (never sent anywhere unless put in a report's note). */
  note?: string;
  /** Set when a report made this review: where it went. */
  reportedTo?: Destination[];
}

export interface ReviewAnswers {
  'page/review': Answer<{ review: Review | null }>;
  'ui/review': Answer<{ review: Review | null }>;
}
