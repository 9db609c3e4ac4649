// Reviews: what a person decided about a profile (cleared, needs follow-up, reported), one state
// whichever page set it, kept in the local area under review:<profile>.
import type { RequestOf, Review } from '../messages.ts';
import type { Destination } from '../settings.ts';
import { reviewKey, tabIdsOf, tabStatesShowing, type WorkerContext } from './context.ts';

export function createReviews({ env, memorySerial, sessionCache }: WorkerContext) {
  /**
   * The tabs showing this profile get the review as it is now in their state, so the toolbar button
   * (which follows the tab states) says what the pill says, and their pages are told to draw it.
   */
  async function reviewInTabs(profileKey: string, review: Review | null): Promise<void> {
    const keys = await memorySerial(async () => {
      const groups: Record<string, Record<string, unknown>> = {};
      for (const [key, tab] of await tabStatesShowing(env.session, profileKey)) groups[key] = { [key]: { ...tab, review } };
      if (Object.keys(groups).length > 0) await sessionCache.write(groups);
      return Object.keys(groups);
    });
    // Not waited for: a slow or frozen tab must not hold the answer to the screen that changed it.
    if (keys.length > 0) void env.tellTabs?.(tabIdsOf(keys), { type: 'worker/profile-changed', profileKey });
  }

  async function readReview(profileKey: string): Promise<Review | null> {
    const got = await env.local.get([reviewKey(profileKey)]);
    return (got[reviewKey(profileKey)] as Review | undefined) ?? null;
  }

  async function setReview(profileKey: string, outcome: Review['outcome'] | null, extra: { note?: string; reportedTo?: Destination[] } = {}): Promise<Review | null> {
    if (outcome === null) {
      await env.local.remove([reviewKey(profileKey)]);
      await reviewInTabs(profileKey, null);
      return null;
    }
    const note = extra.note?.trim();
    const review: Review = { outcome, at: env.now().toISOString(), ...(note ? { note } : {}), ...(extra.reportedTo ? { reportedTo: extra.reportedTo } : {}) };
    await env.local.set({ [reviewKey(profileKey)]: review });
    await reviewInTabs(profileKey, review);
    return review;
  }

  /** A report sets the one review state to "reported", keeping the reviewer's note. */
  async function markReported(profileKey: string, destinations: Destination[]): Promise<void> {
    const before = await readReview(profileKey);
    await setReview(profileKey, 'reported', { note: before?.note, reportedTo: destinations });
  }

  /** The review set from a page (page/review, for the sender tab's own profile: ./router.ts) or from the popup (ui/review). */
  const review = async (req: RequestOf<'page/review' | 'ui/review'>) => ({ ok: true as const, review: await setReview(req.profileKey, req.outcome, { note: req.note }) });

  return { readReview, setReview, markReported, handlers: { 'page/review': review, 'ui/review': review } };
}

export type Reviews = ReturnType<typeof createReviews>;
