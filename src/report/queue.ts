// Webhook deliveries that must not be lost. Each report for the team webhook is a queued item in
// storage.local ("report:queue") until the server answers 2xx: a failed attempt (offline, server
// down, refused) sets the next attempt by exponential backoff, and the worker's alarm wakes it then,
// across worker stops and browser restarts. The body is fixed when the report is made and carries
// an idempotency key, also sent as the Idempotency-Key header, so a server that saw an attempt whose
// answer was lost files the retry once.
import { serialQueue, type StorageArea } from '../storage/area.ts';
import { replyFailure } from './webhook-post.ts';
import type { Post } from './webhook-reply.ts';

export const QUEUE_KEY = 'report:queue';

export interface QueuedDelivery {
  /** The report's idempotency key. */
  id: string;
  profileKey: string;
  profileName: string | null;
  url: string;
  /**
   * Which secret the report was queued with: a keyed fingerprint (memory/install-key.ts), null for
   * none. With `url`, the webhook it is bound to: after either changes it is held, never sent to the
   * old URL with the new secret (absent in items queued before this field: bound to `url` alone).
   */
  secretId?: string | null;
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

export interface AttemptOutcome {
  id: string;
  delivered: boolean;
  status: number | null;
  error: string | null;
  attempts: number;
  nextAttemptAt: string | null;
  /** Failed again after GIVE_UP_AFTER_MS: the item left the queue. */
  gaveUp?: boolean;
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
      if (items.some((i) => i.id === item.id)) return; // the same report twice is one delivery
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
    post: Post;
    headers: (item: QueuedDelivery) => Record<string, string>;
    backoff: Backoff;
    /** Items not to attempt now (bound to a webhook that is no longer the one set). */
    held?: (item: QueuedDelivery) => boolean;
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
        const found = items.find((i) => i.id === candidate.id);
        if (!found || (found.leaseUntil && Date.parse(found.leaseUntil) > leasedAt.getTime())) return null;
        if (Date.parse(found.nextAttemptAt) > leasedAt.getTime()) return null;
        found.leaseUntil = new Date(leasedAt.getTime() + LEASE_MS).toISOString();
        found.lastAttemptAt = leasedAt.toISOString();
        await write(items);
        return found;
      });
      if (!item) continue;

      let status: number | null = null;
      let error: string | null = null;
      try {
        const result = await opts.post(item.url, item.body, {
          'Content-Type': 'application/json',
          'Idempotency-Key': item.id,
          ...opts.headers(item),
        });
        status = result.status;
        error = replyFailure(result);
      } catch (e) {
        error = `could not reach the server: ${e instanceof Error ? e.message : String(e)}`;
      }

      const attempts = item.attempts + 1;
      outcomes.push(
        await serial(async (): Promise<AttemptOutcome> => {
          const after = await read();
          const current = after.find((i) => i.id === item.id);
          if (error === null) {
            await write(after.filter((i) => i.id !== item.id));
            return { id: item.id, delivered: true, status, error: null, attempts, nextAttemptAt: null };
          }
          // Discarded by the user while the attempt was in flight.
          if (!current) return { id: item.id, delivered: false, status, error, attempts, nextAttemptAt: null };
          if (opts.now().getTime() - Date.parse(current.createdAt) >= GIVE_UP_AFTER_MS) {
            await write(after.filter((i) => i.id !== item.id));
            return { id: item.id, delivered: false, status, error, attempts, nextAttemptAt: null, gaveUp: true };
          }
          current.attempts = attempts;
          current.lastError = error;
          current.leaseUntil = null;
          current.nextAttemptAt = new Date(opts.now().getTime() + retryDelayMs(attempts, opts.backoff)).toISOString();
          await write(after);
          return { id: item.id, delivered: false, status, error, attempts, nextAttemptAt: current.nextAttemptAt };
        }),
      );
    }
    return outcomes;
  }

  /** Makes one item (or all) due now. */
  function retryNow(now: Date, id?: string): Promise<number> {
    return serial(async () => {
      const items = await read();
      let n = 0;
      for (const i of items) {
        if (id !== undefined && i.id !== id) continue;
        i.nextAttemptAt = now.toISOString();
        n++;
      }
      await write(items);
      return n;
    });
  }

  function discard(id: string): Promise<QueuedDelivery | null> {
    return serial(async () => {
      const items = await read();
      const gone = items.find((i) => i.id === id) ?? null;
      if (gone) await write(items.filter((i) => i.id !== id));
      return gone;
    });
  }

  /** Binds held items (or one) to the webhook now set, due now: only ever on the user's request. */
  function rebind(to: { url: string; secretId: string | null }, now: Date, which: (item: QueuedDelivery) => boolean): Promise<number> {
    return serial(async () => {
      const items = await read();
      let n = 0;
      for (const i of items) {
        if (!which(i)) continue;
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

  function removeProfile(profileKey: string): Promise<void> {
    return serial(async () => {
      const items = await read();
      const left = items.filter((i) => i.profileKey !== profileKey);
      if (left.length !== items.length) await write(left);
    });
  }

  return { read, enqueue, nextWake, runDue, retryNow, discard, rebind, removeProfile };
}

export type ReportQueue = ReturnType<typeof createReportQueue>;
