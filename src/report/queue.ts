// Deliveries that must not be lost. Each report for the team webhook, and each for the team's hub,
// is a queued item in storage.local ("report:queue"), one per (report, destination), until its
// server answers 2xx: a failed attempt (offline, server down, refused) sets the next attempt by
// exponential backoff, and the worker's alarm wakes it then, across worker stops and browser
// restarts. The body is fixed when the report is made and carries an idempotency key, also sent as
// the Idempotency-Key header, so a server that saw an attempt whose answer was lost files the retry
// once. Where an item goes and with which credentials is the worker's (src/worker/deliveries.ts):
// the queue stores no token.
import { serialQueue, type StorageArea } from '../storage/area.ts';
import { replyFailure } from './webhook-post.ts';
import type { PostResult } from './webhook-reply.ts';

export const QUEUE_KEY = 'report:queue';

/** Where a queued delivery goes: the webhook set in options, or the team hub this browser joined. */
export const DELIVERY_TARGETS = ['webhook', 'hub'] as const;
export type DeliveryTarget = (typeof DELIVERY_TARGETS)[number];

/**
 * The team and member a hub delivery was made for (src/worker/team.ts TeamState): it is sent only
 * while this browser is joined to that very team as that member, with the token read then.
 */
export interface HubBinding {
  /** The hub's origin. */
  hub: string;
  team: string;
  member: string;
  /** The team's name when the report was made, for the popup. */
  name: string;
  /** The profile's key under the team key (Telltale-Profile-Key). */
  profileKey: string;
}

export interface QueuedDelivery {
  /** The report's idempotency key: with `target`, the item's identity. */
  id: string;
  /** Absent in items queued before the hub was a destination: those are webhook items. */
  target?: DeliveryTarget;
  profileKey: string;
  profileName: string | null;
  url: string;
  /**
   * Which secret the report was queued with: a keyed fingerprint (memory/install-key.ts), null for
   * none. With `url`, the webhook it is bound to: after either changes it is held, never sent to the
   * old URL with the new secret (absent in items queued before this field: bound to `url` alone).
   */
  secretId?: string | null;
  /** Hub items only: the team and member it is bound to. */
  hub?: HubBinding;
  format: 'json' | 'slack';
  /** Exactly what every attempt sends. */
  body: string;
  createdAt: string;
  attempts: number;
  nextAttemptAt: string;
  lastAttemptAt: string | null;
  lastError: string | null;
  /** Set while an attempt is in flight; a worker stopped mid-attempt leaves it to expire. */
  leaseUntil: string | null;
}

export interface Backoff {
  /** First retry delay; production 30 s (Chrome's minimum alarm delay for packed MV3 extensions). */
  baseMs: number;
  maxMs: number;
  /** 0..1, for jitter; injected so tests are deterministic. */
  random(): number;
}

export const PRODUCTION_BACKOFF: Omit<Backoff, 'random'> = { baseMs: 30_000, maxMs: 60 * 60_000 };

/** Delay before attempt n+1 after n failed attempts: base·2^(n-1), capped, ±20 % jitter (never below base). */
export function retryDelayMs(failedAttempts: number, backoff: Backoff): number {
  const exp = backoff.baseMs * 2 ** Math.max(0, failedAttempts - 1);
  const capped = Math.min(exp, backoff.maxMs);
  return Math.max(backoff.baseMs, Math.round(capped * (0.8 + 0.4 * backoff.random())));
}

const LEASE_MS = 60_000;
/** A report not accepted within this time after it was made is given up (kept in the log as failed). */
export const GIVE_UP_AFTER_MS = 7 * 86_400_000;

/** An item's destination: its `target`, or the webhook for an item queued before there was a choice. */
export const targetOf = (item: Pick<QueuedDelivery, 'target'>): DeliveryTarget => item.target ?? 'webhook';
const isItem = (id: string, target: DeliveryTarget) => (i: QueuedDelivery) => i.id === id && targetOf(i) === target;

/**
 * What an answer means: delivered; failed, tried again after the backoff; or refused for good
 * (`final`: the same body can never be accepted, e.g. too large), which takes it out of the queue.
 */
export type Verdict = { delivered: true } | { delivered: false; error: string; final?: boolean };

/** A webhook's verdict: 2xx is delivered, anything else is tried again. */
export const webhookVerdict = (result: PostResult): Verdict => {
  const error = replyFailure(result);
  return error === null ? { delivered: true } : { delivered: false, error };
};

export interface AttemptOutcome {
  id: string;
  target: DeliveryTarget;
  delivered: boolean;
  status: number | null;
  error: string | null;
  attempts: number;
  nextAttemptAt: string | null;
  /** Failed again after GIVE_UP_AFTER_MS: the item left the queue. */
  gaveUp?: boolean;
  /** Refused for good (Verdict `final`): the item left the queue. */
  final?: boolean;
}

/**
 * `serial` orders this queue's read-modify-write steps (pass the one the report log uses too); the
 * request itself runs outside it, guarded by the item's lease.
 */
export function createReportQueue(area: StorageArea, serial = serialQueue()) {
  async function read(): Promise<QueuedDelivery[]> {
    return ((await area.get([QUEUE_KEY]))[QUEUE_KEY] as QueuedDelivery[] | undefined) ?? [];
  }
  async function write(items: QueuedDelivery[]): Promise<void> {
    if (items.length === 0) await area.remove([QUEUE_KEY]);
    else await area.set({ [QUEUE_KEY]: items });
  }

  function enqueue(item: Omit<QueuedDelivery, 'attempts' | 'lastAttemptAt' | 'lastError' | 'leaseUntil' | 'nextAttemptAt'>, now: Date): Promise<void> {
    return serial(async () => {
      const items = await read();
      if (items.some(isItem(item.id, targetOf(item)))) return; // the same report twice is one delivery per destination
      items.push({ ...item, attempts: 0, nextAttemptAt: now.toISOString(), lastAttemptAt: null, lastError: null, leaseUntil: null });
      await write(items);
    });
  }

  /** When the queue next needs the worker: the earliest due attempt or expiring lease; null when none is waiting. */
  async function nextWake(held: (item: QueuedDelivery) => boolean = () => false): Promise<number | null> {
    const items = (await read()).filter((i) => !held(i));
    if (items.length === 0) return null;
    return Math.min(...items.map((i) => Math.max(Date.parse(i.nextAttemptAt), i.leaseUntil ? Date.parse(i.leaseUntil) : 0)));
  }

  /**
   * Attempts every due item once. Each attempt is leased in storage before the request leaves, so
   * a second runner (an alarm during a "retry now") skips it. Callers serialise runs in one worker;
   * the lease covers a worker that was stopped mid-request.
   */
  async function runDue(opts: {
    now: () => Date;
    /** Sends one attempt (the item says where it goes); throws when the server cannot be reached. */
    post: (url: string, body: string, headers: Record<string, string>, item: QueuedDelivery) => Promise<PostResult>;
    headers: (item: QueuedDelivery) => Record<string, string>;
    backoff: Backoff;
    /**
     * Items not to attempt now (bound to a webhook or a team that is no longer the one set); asked
     * again just before each attempt, so an answer that holds the others (a revoked token) does.
     */
    held?: (item: QueuedDelivery) => boolean;
    /** What an answer means for this item; by default the webhook's (2xx or tried again). */
    verdict?: (item: QueuedDelivery, result: PostResult) => Verdict;
  }): Promise<AttemptOutcome[]> {
    const outcomes: AttemptOutcome[] = [];
    const start = opts.now().getTime();
    const due = (await read()).filter(
      (i) => Date.parse(i.nextAttemptAt) <= start && (!i.leaseUntil || Date.parse(i.leaseUntil) <= start) && !opts.held?.(i),
    );
    for (const candidate of due) {
      const item = await serial(async () => {
        const leasedAt = opts.now();
        const items = await read();
        const found = items.find(isItem(candidate.id, targetOf(candidate)));
        if (!found || (found.leaseUntil && Date.parse(found.leaseUntil) > leasedAt.getTime())) return null;
        if (opts.held?.(found)) return null;
        if (Date.parse(found.nextAttemptAt) > leasedAt.getTime()) return null;
        found.leaseUntil = new Date(leasedAt.getTime() + LEASE_MS).toISOString();
        found.lastAttemptAt = leasedAt.toISOString();
        await write(items);
        return found;
      });
      if (!item) continue;

      const target = targetOf(item);
      const same = isItem(item.id, target);
      let status: number | null = null;
      let error: string | null = null;
      let final = false;
      try {
        const result = await opts.post(
          item.url,
          item.body,
          {
            'Content-Type': 'application/json',
            'Idempotency-Key': item.id,
            ...opts.headers(item),
          },
          item,
        );
        status = result.status;
        const verdict = (opts.verdict ?? ((_i, r) => webhookVerdict(r)))(item, result);
        if (!verdict.delivered) {
          error = verdict.error;
          final = verdict.final === true;
        }
      } catch (e) {
        error = `could not reach the server: ${e instanceof Error ? e.message : String(e)}`;
      }

      const attempts = item.attempts + 1;
      outcomes.push(
        await serial(async (): Promise<AttemptOutcome> => {
          const after = await read();
          const current = after.find(same);
          const others = () => after.filter((i) => !same(i));
          if (error === null) {
            await write(others());
            return { id: item.id, target, delivered: true, status, error: null, attempts, nextAttemptAt: null };
          }
          // Discarded by the user while the attempt was in flight.
          if (!current) return { id: item.id, target, delivered: false, status, error, attempts, nextAttemptAt: null };
          if (final) {
            await write(others());
            return { id: item.id, target, delivered: false, status, error, attempts, nextAttemptAt: null, final: true };
          }
          if (opts.now().getTime() - Date.parse(current.createdAt) >= GIVE_UP_AFTER_MS) {
            await write(others());
            return { id: item.id, target, delivered: false, status, error, attempts, nextAttemptAt: null, gaveUp: true };
          }
          current.attempts = attempts;
          current.lastError = error;
          current.leaseUntil = null;
          current.nextAttemptAt = new Date(opts.now().getTime() + retryDelayMs(attempts, opts.backoff)).toISOString();
          await write(after);
          return { id: item.id, target, delivered: false, status, error, attempts, nextAttemptAt: current.nextAttemptAt };
        }),
      );
    }
    return outcomes;
  }

  /** Makes one report's items (or all; one destination's with `target`) due now. */
  function retryNow(now: Date, id?: string, target?: DeliveryTarget): Promise<number> {
    return serial(async () => {
      const items = await read();
      let n = 0;
      for (const i of items) {
        if (id !== undefined && i.id !== id) continue;
        if (target !== undefined && targetOf(i) !== target) continue;
        i.nextAttemptAt = now.toISOString();
        n++;
      }
      await write(items);
      return n;
    });
  }

  /** Takes one report's delivery to one destination out of the queue. */
  function discard(id: string, target: DeliveryTarget = 'webhook'): Promise<QueuedDelivery | null> {
    return serial(async () => {
      const items = await read();
      const same = isItem(id, target);
      const gone = items.find(same) ?? null;
      if (gone) await write(items.filter((i) => !same(i)));
      return gone;
    });
  }

  /** Binds held webhook items (or one) to the webhook now set, due now: only ever on the user's request. */
  function rebind(to: { url: string; secretId: string | null }, now: Date, which: (item: QueuedDelivery) => boolean): Promise<number> {
    return serial(async () => {
      const items = await read();
      let n = 0;
      for (const i of items) {
        if (targetOf(i) !== 'webhook' || !which(i)) continue;
        i.url = to.url;
        i.secretId = to.secretId;
        i.nextAttemptAt = now.toISOString();
        i.lastError = null;
        n++;
      }
      if (n > 0) await write(items);
      return n;
    });
  }

  /**
   * Binds held hub items (or one) to the team now joined, due now: only ever on the user's request.
   * `bind` gives an item its new URL and binding (its profile keyed under the new team's key), or
   * null when it cannot be (left as it is).
   */
  function rebindHub(now: Date, which: (item: QueuedDelivery) => boolean, bind: (item: QueuedDelivery) => { url: string; hub: HubBinding } | null): Promise<number> {
    return serial(async () => {
      const items = await read();
      let n = 0;
      for (const i of items) {
        if (targetOf(i) !== 'hub' || !which(i)) continue;
        const to = bind(i);
        if (!to) continue;
        i.url = to.url;
        i.hub = to.hub;
        i.nextAttemptAt = now.toISOString();
        i.lastError = null;
        n++;
      }
      if (n > 0) await write(items);
      return n;
    });
  }

  function removeProfile(profileKey: string): Promise<void> {
    return serial(async () => {
      const items = await read();
      const left = items.filter((i) => i.profileKey !== profileKey);
      if (left.length !== items.length) await write(left);
    });
  }

  return { read, enqueue, nextWake, runDue, retryNow, discard, rebind, rebindHub, removeProfile };
}

export type ReportQueue = ReturnType<typeof createReportQueue>;
