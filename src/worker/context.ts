// What every family of the worker's handlers shares: the browser's parts as the worker gets them
// (WorkerEnv), who sent a message (Sender), the storage keys, and one context per worker: memory,
// the report log and queue, the queues that keep writes in order, and the settings as read now.
// Browser-free: storage comes in as key-value areas and the network, clock, alarm and ids as
// functions, so the same code runs under tests.
import { createMemory, DEFAULT_LIMITS, type MemoryLimits } from '../memory/store.ts';
import type { ProfileChangedPush, TabState } from '../messages.ts';
import type { MemoryView, ProfileSnapshot } from '../model.ts';
import type { MessageTable } from '../i18n.ts';
import type { Pixels } from '../photo/print.ts';
import { createReportLog } from '../report/log.ts';
import { createReportQueue, type Backoff } from '../report/queue.ts';
import type { Post } from '../report/webhook-reply.ts';
import { effectiveSettings, SETTINGS_KEY, type Settings } from '../settings.ts';
import type { DisposableDomains } from '../signals/common/disposable-domains.ts';
import { serialQueue, type StorageArea } from '../storage/area.ts';
import { createSessionCache } from '../storage/session-cache.ts';

export interface WorkerEnv {
  /** Caches that may be lost on browser restart: per-tab state, the merged view of a member. */
  session: StorageArea;
  /** Durable data: memory, reviews, settings, report log and queue. */
  local: StorageArea;
  now(): Date;
  /** Managed storage (team policy); empty when none. */
  managed?(): Promise<Record<string, unknown>>;
  extensionVersion?: string;
  /** A new idempotency key. */
  randomId?(): string;
  /** Sends a webhook request; throws when the server cannot be reached. */
  post?: Post;
  /**
   * The fetch the team hub is asked with (./team.ts: GET /v1/me; redirects not followed, a timeout,
   * the reply capped); absent: no hub can be reached.
   */
  hubFetch?: typeof fetch;
  backoff?: Backoff;
  /** Wakes the worker at this time (an alarm), or cancels the wake-up (null). */
  scheduleWake?(at: number | null): Promise<void>;
  /** Whether profile data may be sent out (Firefox: the optional data-collection consent). */
  sendingAllowed?(): Promise<boolean>;
  /** Memory bounds other than retention (which is a setting). */
  limits?: Partial<Omit<MemoryLimits, 'retentionDays'>>;
  /** The disposable-email domain list, loaded on first call; null when it could not be (./disposable-domains.ts). */
  disposableDomains?(): Promise<DisposableDomains | null>;
  /** What the session area's cache may hold (src/storage/session-cache.ts); tests set it lower. */
  sessionCapBytes?: number;
  /** Opens the extension's report page for the profile shown in this tab (page/open-report). */
  openReportPage?(tabId: number): Promise<void>;
  /** Opens the extension's compare page for the profile shown in this tab (page/open-compare). */
  openComparePage?(tabId: number): Promise<void>;
  /** Runs structure.js in the sender's frame, in its content-script world (page/load-structure). */
  loadStructure?(sender: ScriptTarget): Promise<void>;
  /** Runs content.js in the sender's frame once its page has loaded (page/load-content). */
  loadContent?(sender: ScriptTarget): Promise<void>;
  /** Tells these tabs' content scripts that a profile changed (never throws: a tab may have closed). */
  tellTabs?(tabIds: readonly number[], push: ProfileChangedPush): Promise<void>;
  /**
   * The packaged words of one language (_locales/<language>/messages.json): English for the reports
   * the reportsInEnglish setting asks in English, the browser's choice for the content script
   * (page/words). Null when they could not be read.
   */
  packagedMessages?(language: string): Promise<MessageTable | null>;
  /**
   * Where the tab's top frame draws the image at `photoUrl` (src/page/photo-box.ts, run in the
   * content scripts' world): the answer as it came, checked by the caller (./photo-prints.ts).
   */
  askPhotoBox?(tabId: number, photoUrl: string): Promise<unknown>;
  /**
   * The visible part of the tab, as the screen shows it (tabs.captureVisibleTab, decoded): its RGBA
   * pixels. `not-shown` when the tab is not the one in front in its window; `not-allowed` when the
   * browser refuses (no activeTab grant).
   */
  captureTab?(tabId: number): Promise<Pixels | 'not-shown' | 'not-allowed'>;
}

/** Where a packaged script is run: the sender's tab and frame, and in Chrome its very document. */
export interface ScriptTarget {
  tabId: number;
  frameId: number;
  documentId: string | null;
}

/** Who sent a message, as the browser tells it (already checked to be this extension). */
export interface Sender {
  tabId: number | null;
  frameId: number | null;
  url: string | null;
  /** Chrome's id of the sending document (a script run for it lands in no later document); absent in Firefox. */
  documentId?: string | null;
}

export function profileKeyOf(snapshot: ProfileSnapshot): string | null {
  if (snapshot.memberId) return `member:${snapshot.memberId}`;
  if (snapshot.slug) return `slug:${snapshot.slug.toLowerCase()}`;
  return null;
}

export const tabKey = (tabId: number) => `tab:${tabId}`;
export const viewKey = (profileKey: string) => `view:${profileKey}`;
export const assessedKey = (profileKey: string) => `assessed:${profileKey}`;
export const reviewKey = (profileKey: string) => `review:${profileKey}`;
/** Set in the session area when the user forgets a member: not remembered again until the browser closes. */
export const forgottenKey = (profileKey: string) => `forgotten:${profileKey}`;
/** The session cache's group of one member's view and assessment. */
export const profileGroup = (profileKey: string) => `profile:${profileKey}`;

/** The tab ids of tab-state keys ("tab:7" → 7). */
export const tabIdsOf = (keys: readonly string[]): number[] => keys.map((k) => Number(k.slice('tab:'.length))).filter((id) => Number.isInteger(id) && id >= 0);

/** The states of the tabs showing this profile, by their keys in the session area. */

export async function tabStatesShowing(session: StorageArea, profileKey: string): Promise<[string, Extract<TabState, { status: 'profile' }>][]> {
  return Object.entries(await session.getAll()).filter(
    (entry): entry is [string, Extract<TabState, { status: 'profile' }>] => {
      const state = entry[1] as TabState | null;
      return entry[0].startsWith('tab:') && state?.status === 'profile' && state.profileKey === profileKey;
    },
  );
}

/** Tells the content scripts of the tabs showing this profile to read it again. */
export async function tellTabsShowing(env: WorkerEnv, profileKey: string): Promise<void> {
  if (!env.tellTabs) return;
  const tabIds = tabIdsOf((await tabStatesShowing(env.session, profileKey)).map(([key]) => key));
  if (tabIds.length > 0) await env.tellTabs(tabIds, { type: 'worker/profile-changed', profileKey });
}

export function createContext(env: WorkerEnv) {
  const memory = createMemory(env.local);
  const memorySerial = serialQueue();
  /** Session writes go through it (inside memorySerial): the oldest members and tabs go past its cap. */
  const sessionCache = createSessionCache(env.session, env.sessionCapBytes);
  const reportSerial = serialQueue();
  const log = createReportLog(env.local, reportSerial);

  /** The team policy as this worker last read it; null until its first read settles. */
  let policySeen: Record<string, unknown> | null = null;
  const readPolicy = () => (env.managed ? env.managed().catch(() => ({})) : Promise.resolve({})).then((m: Record<string, unknown>) => (policySeen = m));

  async function loadSettings() {
    const [local, managed] = await Promise.all([env.local.get([SETTINGS_KEY]), readPolicy()]);
    return effectiveSettings(local[SETTINGS_KEY], managed);
  }

  /**
   * The settings a snapshot is answered with, never waiting for the team policy: Chrome's first
   * managed read after a browser start takes ~2 s, and the first profile must get its level as fast
   * as the next. What the answer depends on (ANSWER_SETTINGS: region, disabled signals, quiet mode)
   * is never managed (settings.ts checks it at compile time), so the policy cannot change an answer;
   * it is laid over once known (retention, for what is remembered: extension/background.ts runs the sweep again when a late policy arrives).
   */
  async function answerSettings() {
    void readPolicy();
    const local = await env.local.get([SETTINGS_KEY]);
    return effectiveSettings(local[SETTINGS_KEY], policySeen ?? {});
  }

  /** What the history signals see for a member about to be assessed: memory's earlier versions and shared details, and the report log. */
  async function memoryView(profileKey: string, seen: ProfileSnapshot, merged: ProfileSnapshot, region: string | null): Promise<MemoryView> {
    const { previous, shared } = await memory.view(profileKey, seen, merged, region);
    const reports = (await log.forProfile(profileKey)).map((e) => ({ sentAt: e.createdAt, destinations: e.destinations }));
    return { previous, shared, reports };
  }

  return {
    env,
    memory,
    memoryView,
    memorySerial,
    sessionCache,
    reportSerial,
    log,
    queue: createReportQueue(env.local, reportSerial),
    version: env.extensionVersion ?? '0.0.0',
    randomId: env.randomId ?? (() => crypto.randomUUID()),
    backoff: env.backoff ?? ({ baseMs: 30_000, maxMs: 3_600_000, random: Math.random } satisfies Backoff),
    loadSettings,
    answerSettings,
    /** The team policy (managed storage) as read now; empty when none. */
    readPolicy,
    limitsFor: (settings: Settings): MemoryLimits => ({ ...DEFAULT_LIMITS, ...env.limits, retentionDays: settings.retentionDays }),
    /** The newest snapshot's remembering (memory, session state): it finishes after its answer. */
    lastRemembered: Promise.resolve() as Promise<unknown>,
    /** The newest snapshot's question to the team hub (./sightings.ts), settled when its answer was stored and the tabs told. */
    lastAsked: Promise.resolve() as Promise<unknown>,
  };
}

export type WorkerContext = ReturnType<typeof createContext>;
