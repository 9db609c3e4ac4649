// Comparisons with the application: the compare page keeps one with a profile, shows it again,
// and deletes it.
import * as v from 'valibot';
import { ComparisonSchema } from '../memory/schemas.ts';
import type { StoredComparison } from '../memory/store.ts';
import { profileKey, type Answer } from './common.ts';

export const comparisonUiRequests = [
  /** The compare page keeps a comparison with the profile (its phones and emails only as index hashes). */
  v.object({
    type: v.literal('ui/keep-comparison'),
    profileKey,
    comparison: ComparisonSchema,
    phones: v.pipe(v.array(v.pipe(v.string(), v.maxLength(60))), v.maxLength(10)),
    emails: v.pipe(v.array(v.pipe(v.string(), v.maxLength(320))), v.maxLength(10)),
  }),
  /** The comparison kept with a profile, for the compare page to show when it opens (null: none kept). */
  v.object({ type: v.literal('ui/kept-comparison'), profileKey }),
  /** Deletes the kept comparison and the application's phones and emails from the shared-detail index; the profile stays remembered. */
  v.object({ type: v.literal('ui/delete-comparison'), profileKey }),
] as const;

export interface ComparisonAnswers {
  'ui/keep-comparison': Answer<{ kept: boolean }>;
  'ui/kept-comparison': Answer<{ comparison: StoredComparison | null }>;
  'ui/delete-comparison': Answer<{ deleted: boolean }>;
}
