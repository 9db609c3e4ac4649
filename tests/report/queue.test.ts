import { describe, expect, it } from 'vitest';
import { createReportQueue, retryDelayMs, type Backoff } from '../../src/report/queue.ts';
import type { Post } from '../../src/report/webhook-reply.ts';
import { fakeArea } from '../worker/fakes.ts';

const backoff: Backoff = { baseMs: 30_000, maxMs: 3_600_000, random: () => 0.5 };

function clock(start = Date.parse('2026-06-01T10:00:00Z')) {
  let t = start;
  return { now: () => new Date(t), advance: (ms: number) => (t += ms), at: () => t };
}

/** A server that refuses the first `refusals` requests, then accepts, and files each key once. */
function server(refusals: number) {
  const filed = new Map<string, string>();
  const seen: { key: string; body: string }[] = [];
  const post: Post = async (_url, body, headers) => {
    seen.push({ key: headers['Idempotency-Key']!, body });
    if (seen.length <= refusals) return { status: 503, text: 'busy' };
    if (!filed.has(headers['Idempotency-Key']!)) filed.set(headers['Idempotency-Key']!, body);
    return { status: 201, text: '' };
  };
  return { post, filed, seen };
}

const item = (id: string) => ({ id, profileKey: 'k', profileName: 'Jane', url: 'https://hooks.example.com/t', format: 'json' as const, body: JSON.stringify({ idempotencyKey: id, x: 1 }), createdAt: '2026-06-01T10:00:00Z' });

describe('backoff', () => {
  it('doubles from the base, is capped, and jitters ±20 % but never below the base', () => {
    const mid = { ...backoff, random: () => 0.5 };
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, mid))).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(retryDelayMs(20, mid)).toBe(3_600_000);
    expect(retryDelayMs(3, { ...backoff, random: () => 1 })).toBe(144_000);
    expect(retryDelayMs(1, { ...backoff, random: () => 0 })).toBe(30_000);
  });
});

describe('report queue', () => {
  it('retries with backoff until accepted, with the same body and key, and is then empty', async () => {
    const area = fakeArea();
    const c = clock();
    const s = server(2);
    let queue = createReportQueue(area);
    await queue.enqueue(item('r1'), c.now());
    const run = () => queue.runDue({ now: c.now, post: s.post, headers: () => ({ Authorization: 'Bearer t' }), backoff });

    const first = await run();
    expect(first).toMatchObject([{ delivered: false, attempts: 1, status: 503, error: 'the server answered 503: busy' }]);
    expect(await queue.nextWake()).toBe(c.at() + 30_000);
    // Not due yet: nothing is sent.
    c.advance(29_000);
    expect(await run()).toEqual([]);

    // A "worker restart": a new queue over the same storage picks the item up.
    queue = createReportQueue(area);
    c.advance(1_000);
    expect(await run()).toMatchObject([{ delivered: false, attempts: 2 }]);
    expect(await queue.nextWake()).toBe(c.at() + 60_000);
    c.advance(60_000);
    expect(await run()).toMatchObject([{ delivered: true, attempts: 3, status: 201 }]);

    expect(s.seen).toHaveLength(3);
    expect(new Set(s.seen.map((x) => x.key))).toEqual(new Set(['r1']));
    expect(new Set(s.seen.map((x) => x.body)).size).toBe(1);
    expect([...s.filed.keys()]).toEqual(['r1']);
    expect(await queue.read()).toEqual([]);
    expect(await queue.nextWake()).toBeNull();
  });

  // One worker owns the queue: its runs share one serial order, and the lease is taken inside it.
  it('sends an item once when two runs overlap (an alarm during "retry now")', async () => {
    const area = fakeArea();
    const c = clock();
    let calls = 0;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const post: Post = async () => {
      calls++;
      await gate;
      return { status: 200, text: '' };
    };
    const queue = createReportQueue(area);
    await queue.enqueue(item('r1'), c.now());
    const a = queue.runDue({ now: c.now, post, headers: () => ({}), backoff });
    const b = queue.runDue({ now: c.now, post, headers: () => ({}), backoff });
    await new Promise((r) => setTimeout(r, 10));
    release();
    const outcomes = [...(await a), ...(await b)];
    expect(calls).toBe(1);
    expect(outcomes.filter((o) => o.delivered)).toHaveLength(1);
  });

  it('leaves a lease behind when the worker dies mid-request, and retries once it expires', async () => {
    const area = fakeArea();
    const c = clock();
    const queue = createReportQueue(area);
    await queue.enqueue(item('r1'), c.now());
    // The request never returns: the worker was stopped.
    void queue.runDue({ now: c.now, post: () => new Promise(() => undefined), headers: () => ({}), backoff });
    await new Promise((r) => setTimeout(r, 10));
    const s = server(0);
    const fresh = createReportQueue(area);
    expect(await fresh.runDue({ now: c.now, post: s.post, headers: () => ({}), backoff })).toEqual([]);
    expect(await fresh.nextWake()).toBe(c.at() + 60_000);
    c.advance(60_000);
    expect(await fresh.runDue({ now: c.now, post: s.post, headers: () => ({}), backoff })).toMatchObject([{ delivered: true }]);
  });

  it('says why an attempt failed when the server cannot be reached, and queues a report id once', async () => {
    const area = fakeArea();
    const c = clock();
    const queue = createReportQueue(area);
    await queue.enqueue(item('r1'), c.now());
    await queue.enqueue(item('r1'), c.now());
    expect(await queue.read()).toHaveLength(1);
    const out = await queue.runDue({ now: c.now, post: async () => Promise.reject(new TypeError('Failed to fetch')), headers: () => ({}), backoff });
    expect(out[0]!.error).toBe('could not reach the server: Failed to fetch');
    expect((await queue.read())[0]!.lastError).toBe('could not reach the server: Failed to fetch');
    expect(await queue.retryNow(c.now())).toBe(1);
    expect(await queue.discard('r1')).toMatchObject({ id: 'r1', attempts: 1 });
    expect(await queue.read()).toEqual([]);
  });

  it('holds one item per report and destination: each sent, retried, judged and discarded on its own; an item without a target is the webhook\'s', async () => {
    const area = fakeArea();
    const c = clock();
    const queue = createReportQueue(area);
    await queue.enqueue(item('r1'), c.now());
    await queue.enqueue({ ...item('r1'), target: 'hub', url: 'https://hub.example.com/v1/reports' }, c.now());
    await queue.enqueue({ ...item('r1'), target: 'hub', url: 'https://hub.example.com/v1/reports' }, c.now());
    expect((await queue.read()).map((i) => i.target)).toEqual([undefined, 'hub']);
    const sent: string[] = [];
    const post = async (url: string) => {
      sent.push(url);
      return { status: url.includes('hub') ? 413 : 503, text: 'no' };
    };
    const out = await queue.runDue({
      now: c.now,
      post,
      headers: () => ({}),
      backoff,
      // The hub's 413 can never be accepted: given up at once; the webhook's 503 is tried again.
      verdict: (i, r) => (i.target === 'hub' ? { delivered: false, error: `refused ${r.status}`, final: true } : { delivered: false, error: `answered ${r.status}` }),
    });
    expect(sent).toEqual(['https://hooks.example.com/t', 'https://hub.example.com/v1/reports']);
    expect(out).toMatchObject([
      { id: 'r1', target: 'webhook', delivered: false, error: 'answered 503', nextAttemptAt: expect.any(String) },
      { id: 'r1', target: 'hub', delivered: false, error: 'refused 413', final: true, nextAttemptAt: null },
    ]);
    expect((await queue.read()).map((i) => i.target ?? 'webhook')).toEqual(['webhook']);
    await queue.enqueue({ ...item('r1'), target: 'hub', url: 'https://hub.example.com/v1/reports' }, c.now());
    expect(await queue.retryNow(c.now(), 'r1', 'webhook')).toBe(1);
    expect(await queue.discard('r1', 'hub')).toMatchObject({ id: 'r1', target: 'hub' });
    expect(await queue.discard('r1', 'hub')).toBeNull();
    expect(await queue.discard('r1')).toMatchObject({ id: 'r1', url: 'https://hooks.example.com/t' });
    expect(await queue.read()).toEqual([]);
  });
});
