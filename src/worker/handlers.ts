// The worker's request handlers, browser-free: storage comes in as two key-value areas, so the same
// code runs under tests. Chrome stops an idle worker after ~30 s, so nothing lives only in memory:
// what one browsing session saw of a member is in the session area, reviews in the local area.
import * as v from 'valibot';
import { assess } from '../assess.ts';
import { mergeSnapshots } from '../extract/merge.ts';
import {
  describeIssues,
  PageRequestSchema,
  UiRequestSchema,
  type AnswerOf,
  type PageRequest,
  type Review,
  type TabState,
  type UiRequest,
} from '../messages.ts';
import type { ProfileSnapshot } from '../model.ts';
import { SnapshotSchema } from '../snapshot-schema.ts';

export interface StorageArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

export interface WorkerEnv {
  /** Caches that may be lost on browser restart: per-tab state, the merged view of a member. */
  session: StorageArea;
  /** Durable data: reviews, settings. */
  local: StorageArea;
  now(): Date;
}

/** Who sent a message, as the browser tells it (already checked to be this extension). */
export interface Sender {
  tabId: number | null;
  frameId: number | null;
  url: string | null;
}

export function profileKeyOf(snapshot: ProfileSnapshot): string | null {
  if (snapshot.memberId) return `member:${snapshot.memberId}`;
  if (snapshot.slug) return `slug:${snapshot.slug.toLowerCase()}`;
  return null;
}

const tabKey = (tabId: number) => `tab:${tabId}`;
const viewKey = (profileKey: string) => `view:${profileKey}`;
const reviewKey = (profileKey: string) => `review:${profileKey}`;

export function createWorker(env: WorkerEnv) {
  async function readReview(profileKey: string): Promise<Review | null> {
    const got = await env.local.get([reviewKey(profileKey)]);
    return (got[reviewKey(profileKey)] as Review | undefined) ?? null;
  }

  async function setReview(profileKey: string, outcome: Review['outcome'] | null): Promise<Review | null> {
    if (outcome === null) {
      await env.local.remove([reviewKey(profileKey)]);
      return null;
    }
    const review: Review = { outcome, at: env.now().toISOString() };
    await env.local.set({ [reviewKey(profileKey)]: review });
    return review;
  }

  async function onSnapshot(raw: unknown, sender: Sender): Promise<AnswerOf['page/snapshot']> {
    const parsed = v.safeParse(SnapshotSchema, raw);
    if (!parsed.success) return { ok: false, error: `invalid snapshot: ${describeIssues(parsed.issues)}` };
    const snapshot = parsed.output;
    const profileKey = profileKeyOf(snapshot);
    if (!profileKey) return { ok: false, error: 'invalid snapshot: no member id or profile slug to key it by' };

    const seen = await env.session.get([viewKey(profileKey)]);
    const earlier = seen[viewKey(profileKey)] as ProfileSnapshot | undefined;
    const merged = earlier ? mergeSnapshots(earlier, snapshot) : snapshot;
    const now = env.now();
    const assessment = assess(merged, { now, region: null, memory: null });
    const review = await readReview(profileKey);

    const items: Record<string, unknown> = { [viewKey(profileKey)]: merged };
    if (sender.tabId !== null) {
      const state: TabState = { status: 'profile', profileKey, snapshot: merged, assessment, review };
      items[tabKey(sender.tabId)] = state;
    }
    await env.session.set(items);
    return { ok: true, profileKey, snapshot: merged, assessment, review };
  }

  async function handlePage(request: unknown, sender: Sender): Promise<AnswerOf[PageRequest['type']]> {
    const parsed = v.safeParse(PageRequestSchema, request);
    if (!parsed.success) return { ok: false, error: `invalid message: ${describeIssues(parsed.issues)}` };
    const req = parsed.output;
    switch (req.type) {
      case 'page/snapshot':
        return onSnapshot(req.snapshot, sender);
      case 'page/not-a-profile': {
        if (sender.tabId !== null) {
          const state: TabState = { status: 'not-a-profile', url: req.url, kind: req.kind, reason: req.reason };
          await env.session.set({ [tabKey(sender.tabId)]: state });
        }
        return { ok: true };
      }
      case 'page/review':
        return { ok: true, review: await setReview(req.profileKey, req.outcome) };
    }
  }

  async function handleUi(request: unknown): Promise<AnswerOf[UiRequest['type']]> {
    const parsed = v.safeParse(UiRequestSchema, request);
    if (!parsed.success) return { ok: false, error: `invalid message: ${describeIssues(parsed.issues)}` };
    const req = parsed.output;
    switch (req.type) {
      case 'ui/tab-state': {
        const got = await env.session.get([tabKey(req.tabId)]);
        const state = (got[tabKey(req.tabId)] as TabState | undefined) ?? { status: 'none' };
        return { ok: true, state };
      }
      case 'ui/review':
        return { ok: true, review: await setReview(req.profileKey, req.outcome) };
    }
  }

  async function forgetTab(tabId: number): Promise<void> {
    await env.session.remove([tabKey(tabId)]);
  }

  return { handlePage, handleUi, forgetTab };
}
