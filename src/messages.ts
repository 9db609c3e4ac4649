// Messages between the extension's contexts. Each request type is named by direction:
// `page/…` content script → worker, `ui/…` popup or options → worker. Every message is validated
// by its receiver (valibot) and every answer has the shape `{ ok: true, … } | { ok: false, error }`,
// so a malformed or unknown message gets a clear error and changes nothing.
import * as v from 'valibot';
import type { Assessment, ProfileSnapshot } from './model.ts';

export const ReviewOutcomeSchema = v.picklist(['cleared', 'needs-follow-up', 'reported']);
export type ReviewOutcome = v.InferOutput<typeof ReviewOutcomeSchema>;

const profileKey = v.pipe(v.string(), v.minLength(1), v.maxLength(300));

/** Content script → worker. The snapshot itself is validated separately (snapshot-schema.ts),
 * so that schema stays in the worker's bundle, not the content script's. */
export const PageRequestSchema = v.variant('type', [
  v.object({ type: v.literal('page/snapshot'), snapshot: v.unknown() }),
  v.object({
    type: v.literal('page/not-a-profile'),
    url: v.pipe(v.string(), v.maxLength(4_000)),
    kind: v.picklist(['authwall', 'private', 'not-a-profile']),
    reason: v.pipe(v.string(), v.maxLength(2_000)),
  }),
  v.object({ type: v.literal('page/review'), profileKey, outcome: v.nullable(ReviewOutcomeSchema) }),
]);
export type PageRequest = v.InferOutput<typeof PageRequestSchema>;

/** Popup or options page → worker. */
export const UiRequestSchema = v.variant('type', [
  v.object({ type: v.literal('ui/tab-state'), tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  v.object({ type: v.literal('ui/review'), profileKey, outcome: v.nullable(ReviewOutcomeSchema) }),
]);
export type UiRequest = v.InferOutput<typeof UiRequestSchema>;

/** What the worker keeps about one tab, for the popup. */
export type TabState =
  | { status: 'profile'; profileKey: string; snapshot: ProfileSnapshot; assessment: Assessment; review: Review | null }
  | { status: 'not-a-profile'; url: string; kind: 'authwall' | 'private' | 'not-a-profile'; reason: string }
  | { status: 'none' };

export interface Review {
  outcome: ReviewOutcome;
  at: string;
}

export type Answer<T> = ({ ok: true } & T) | { ok: false; error: string };

export interface SnapshotAnswer {
  profileKey: string;
  /** The merged view of everything seen of this member in this browsing session. */
  snapshot: ProfileSnapshot;
  assessment: Assessment;
  review: Review | null;
}

/** Answers, by request type. */
export interface AnswerOf {
  'page/snapshot': Answer<SnapshotAnswer>;
  'page/not-a-profile': Answer<object>;
  'page/review': Answer<{ review: Review | null }>;
  'ui/tab-state': Answer<{ state: TabState }>;
  'ui/review': Answer<{ review: Review | null }>;
}

export type RequestType = keyof AnswerOf;

/** Formats a valibot failure into one line for an error answer. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => {
      const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}
