// Snapshots and tab state: the content script's view of its tab's profile, what the worker keeps
// of each tab for the popup and the side panel, and the extension pages opened for a tab.
import * as v from 'valibot';
import type { Assessment, ProfileSnapshot } from '../model.ts';
import type { SignalExplanation } from '../explanation.ts';
import { profileKey, type Answer } from './common.ts';
import type { Review } from './reviews.ts';

/** The snapshot itself is validated separately (snapshot-schema.ts), so that schema stays in the worker's bundle, not the content script's. */
export const tabPageRequests = [
  v.object({ type: v.literal('page/snapshot'), snapshot: v.unknown() }),
  v.object({
    type: v.literal('page/not-a-profile'),
    url: v.pipe(v.string(), v.maxLength(4_000)),
    kind: v.picklist(['authwall', 'private', 'not-a-profile']),
    reason: v.pipe(v.string(), v.maxLength(2_000)),
  }),
  /**
   * The panel's "Report this profile…": the worker opens the extension's report page for this tab's
   * profile (report.html#tab=<id>). The form, its note and the evidence bundle stay in that page:
   * nothing of the report comes back into the LinkedIn page.
   */
  v.object({ type: v.literal('page/open-report'), profileKey }),
  /** The panel's "Compare with the application…": the worker opens compare.html#tab=<id> for this tab's profile. */
  v.object({ type: v.literal('page/open-compare'), profileKey }),
  /**
   * A page whose layout was not understood: the worker runs structure.js in this tab's content-script
   * world (extension/structure.ts), so that "Save the page structure" can build its file there.
   */
  v.object({ type: v.literal('page/load-structure') }),
  /**
   * The early script, once its page has loaded: the worker runs the full content script (content.js)
   * in that frame, so that none of it is compiled or run while the page is still loading.
   */
  v.object({ type: v.literal('page/load-content') }),
] as const;

export const tabUiRequests = [v.object({ type: v.literal('ui/tab-state'), tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) })] as const;

/** What the worker keeps about one tab, for the popup. */
export type TabState =
  | { status: 'profile'; profileKey: string; snapshot: ProfileSnapshot; assessment: Assessment; review: Review | null }
  | { status: 'not-a-profile'; url: string; kind: 'authwall' | 'private' | 'not-a-profile'; reason: string }
  | { status: 'none' };

export interface SnapshotAnswer {
  profileKey: string;
  /** (The merged view of the member is not sent back: the page has no use for it, and it is the
   * largest part of the answer. The popup finds it in the tab's state.)
   * Findings from memory (other profiles with the same phone, earlier versions, earlier reports)
   * come without their details (src/worker/page-assessment.ts): the content script lives in the
   * page, and those details are for the extension's own pages. */
  assessment: Assessment;
  /**
   * The catalogue's texts (why it matters, innocent explanations, source) for each signal the
   * assessment names: the catalogue stays in the worker, and out of the size-limited content script.
   */
  explanations: Record<string, SignalExplanation>;
  review: Review | null;
  /** The user's quiet mode: draw nothing in the page, findings show in the popup only. */
  quietMode: boolean;
}

/**
 * Worker → the content script of each tab showing a profile whose review changed, or which was
 * forgotten, from whichever screen: read the page again, so the pill says what the other screens say.
 */
export interface ProfileChangedPush {
  type: 'worker/profile-changed';
  profileKey: string;
}

export interface TabAnswers {
  'page/snapshot': Answer<SnapshotAnswer>;
  'page/not-a-profile': Answer<object>;
  'page/open-report': Answer<object>;
  'page/open-compare': Answer<object>;
  'page/load-structure': Answer<object>;
  'page/load-content': Answer<object>;
  'ui/tab-state': Answer<{ state: TabState }>;
}
