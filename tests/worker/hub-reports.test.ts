// Reports to the team's hub (issue 27 item 5) through the worker's durable queue, against the real
// hub (Fastify on PGlite in memory, listening on 127.0.0.1): a report with the team destination is
// stored by the hub once, with the member's token and the profile's key under the team key; a
// retry after a lost answer is stored once; while the hub's database is down (503) or the network
// is, it waits with backoff and is delivered when the hub is back; a revoked member marks the team
// revoked and holds the report; a browser that left the team, or joined another, holds it; the
// webhook and the hub chosen together each get it, each with its own status; queue items from
// before the hub (no target) still go to the webhook; a body the hub refuses for good is given up.
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../hub/database.ts';
import { setMessages, type MessageTable } from '../../src/i18n.ts';
import type { Overview, ReportAnswer, ReportOptions } from '../../src/messages.ts';
import type { ReportLogEntry } from '../../src/report/log.ts';
import type { QueuedDelivery } from '../../src/report/queue.ts';
import type { Post } from '../../src/report/webhook-reply.ts';
import type { MemberCreated, ProfileView } from '../../src/team/api.ts';
import { detailKey, newTeamKey } from '../../src/team/keys.ts';
import { createWorker, type WorkerEnv } from '../../src/worker/handlers.ts';
import { anyAddress, fakeArea, snapshot } from './fakes.ts';
import { startTestHub, type TestHub } from './hub-fixture.ts';

let real: Database;
/** While set, every query fails as a database out of reach does: the hub answers 503 with Retry-After. */
const dbDown = { value: false };
let app: FastifyInstance;
let hub: string;
let admin: MemberCreated;
let testHub: TestHub;
const teamKey = newTeamKey();

const unreachable = () => Object.assign(new Error('Connection terminated unexpectedly'), { code: 'ECONNREFUSED' });
/** The hub's database, which a test can take down and bring back. */
function flaky(db: Database): Database {
  return {
    engine: db.engine,
    query: (sql, params) => (dbDown.value ? Promise.reject(unreachable()) : db.query(sql, params)),
    exec: (sql) => (dbDown.value ? Promise.reject(unreachable()) : db.exec(sql)),
    transaction: (fn) => (dbDown.value ? Promise.reject(unreachable()) : db.transaction(fn)),
    close: () => db.close(),
  };
}

const codeFor = (m: MemberCreated) => testHub.codeFor(m);
const invite = (label: string) => testHub.invite(label);

const JANE = 'https://www.linkedin.com/in/jane-doe/';
const janeKey = () => detailKey(teamKey, 'profile', JANE);

/** The hub's rows for one report id, as stored. */
async function stored(id: string): Promise<{ member_id: string; profile_key: string; bundle: Record<string, unknown> }[]> {
  const { rows } = await real.query<{ member_id: string; profile_key: string; bundle: Record<string, unknown> }>('select member_id, profile_key, bundle from reports where idempotency_key = $1', [id]);
  return rows;
}

beforeAll(async () => {
  testHub = await startTestHub(teamKey, { wrap: flaky });
  ({ db: real, app, origin: hub, admin } = testHub);
}, 60_000);
afterAll(async () => {
  await testHub?.close();
});
beforeEach(() => {
  dbDown.value = false;
});

/** Each worker's reports get keys of their own (the hub stores one report per team and key). */
let workers = 0;

interface HubRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
}

function setup(over: Partial<WorkerEnv> & { loseAnswers?: number; offline?: { value: boolean } } = {}) {
  let clock = Date.parse('2026-12-07T10:00:00Z');
  const local = fakeArea();
  const wakes: (number | null)[] = [];
  /** Every report the worker POSTed to the hub, as sent. */
  const reports: HubRequest[] = [];
  let lose = over.loseAnswers ?? 0;
  const inflight = new Set<Promise<unknown>>();
  let n = 0;
  const prefix = `w${++workers}`;
  const worker = createWorker({
    session: fakeArea(),
    local,
    now: () => new Date(clock),
    randomId: () => `${prefix}-report-${++n}`,
    backoff: { baseMs: 30_000, maxMs: 3_600_000, random: () => 0.5 },
    scheduleWake: async (at) => {
      wakes.push(at);
    },
    hubFetch: (input, init) => {
      const url = String(input);
      if (url.endsWith('/v1/reports')) reports.push({ url, headers: { ...(init?.headers as Record<string, string>) }, body: String(init?.body) });
      const sent = (async () => {
        if (over.offline?.value) throw new TypeError('fetch failed');
        const response = await fetch(input, init);
        // The hub got it and answered; the answer never arrives (a connection cut on the way back).
        if (url.endsWith('/v1/reports') && lose > 0) {
          lose--;
          await response.body?.cancel();
          throw new TypeError('fetch failed: the connection was reset');
        }
        return response;
      })();
      inflight.add(sent);
      void sent.finally(() => inflight.delete(sent)).catch(() => undefined);
      return sent;
    },
    ...over,
  });
  const ui = <T = Record<string, unknown>>(m: unknown) => worker.handleUi(m) as Promise<T & { ok: boolean; error?: string }>;
  /** Until every request to the hub has been answered and what follows it written. */
  async function settle(): Promise<void> {
    for (let i = 0; i < 50; i++) {
      await new Promise((r) => setTimeout(r, 10));
      if (inflight.size === 0) {
        await new Promise((r) => setTimeout(r, 30));
        if (inflight.size === 0) return;
      }
      await Promise.allSettled([...inflight]);
    }
  }
  const overview = async () => (await ui<{ overview: Overview }>({ type: 'ui/overview' })).overview;
  const logOf = async (id: string) => ((await local.get(['report:log']))['report:log'] as ReportLogEntry[]).find((e) => e.id === id)!;
  const queued = async () => ((await local.get(['report:queue']))['report:queue'] as QueuedDelivery[] | undefined) ?? [];
  async function view(s = snapshot()) {
    const answer = await worker.handlePage({ type: 'page/snapshot', snapshot: s }, anyAddress({ tabId: 7, frameId: 0, url: null }));
    expect(answer.ok).toBe(true);
    await worker.settled();
    await settle();
  }
  async function report(destinations: string[], extra: Record<string, unknown> = {}): Promise<ReportAnswer> {
    const answer = await ui<{ report: ReportAnswer }>({ type: 'ui/report', profileKey: 'slug:jane-doe', destinations, note: 'Applied for our backend role', screenshot: null, from: 'report-page', ...extra });
    if (!answer.ok) throw new Error(answer.error);
    await settle();
    return answer.report;
  }
  async function join(m: MemberCreated) {
    expect(await ui({ type: 'ui/team-join', code: codeFor(m) })).toMatchObject({ ok: true });
  }
  /** Time passes and the alarm fires. */
  async function wake(ms: number) {
    clock += ms;
    await worker.onWake();
    await settle();
  }
  return { worker, local, ui, reports, wakes, settle, overview, logOf, queued, view, report, join, wake };
}

describe('reports to the team hub', () => {
  it('offers the team only while joined, ticked; a report lands in the hub once, with the token and the profile\'s key, and no token in the queue', async () => {
    const bob = await invite('Bob');
    const s = setup();
    await s.view();
    const before = await s.ui<{ options: ReportOptions }>({ type: 'ui/report-options', profileKey: 'slug:jane-doe' });
    expect(before.options.team).toBeNull();
    expect(before.options.available).not.toContain('team');
    await s.join(bob);
    const { options } = await s.ui<{ options: ReportOptions }>({ type: 'ui/report-options', profileKey: 'slug:jane-doe' });
    expect(options.team).toEqual({ name: 'Invented Recruiting' });
    expect(options.available).toContain('team');
    expect(options.defaults).toContain('team');

    const made = await s.report(['team', 'clipboard']);
    expect(made.hub).toEqual({ team: 'Invented Recruiting', status: { state: 'pending', attempts: 0, lastError: null, nextAttemptAt: '2026-12-07T10:00:00.000Z' } });
    expect(made.bundle.destinations).toEqual(['team', 'clipboard']);
    // Sent once, right after the answer: the member's token, the report's key, the profile's key.
    expect(s.reports).toHaveLength(1);
    const sent = s.reports[0]!;
    expect(sent.url).toBe(`${hub}/v1/reports`);
    expect(sent.headers).toMatchObject({ Authorization: `Bearer ${bob.token}`, 'Idempotency-Key': made.id, 'Telltale-Profile-Key': await janeKey(), 'Content-Type': 'application/json' });
    expect(JSON.parse(sent.body)).toEqual(made.bundle);

    const rows = await stored(made.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ member_id: bob.member, profile_key: await janeKey() });
    expect(rows[0]!.bundle).toEqual(made.bundle);
    // Read back as a colleague sees it.
    const r = await app.inject({ method: 'GET', url: `/v1/profiles/${await janeKey()}`, headers: { authorization: `Bearer ${admin.token}` } });
    const profile = JSON.parse(r.body) as ProfileView;
    expect(profile.reports.find((x) => x.member.id === bob.member)).toMatchObject({ destinations: ['team', 'clipboard'], member: { label: 'Bob' } });

    const entry = await s.logOf(made.id);
    expect(entry.hub).toMatchObject({ state: 'delivered', attempts: 1, status: 201 });
    expect(entry.webhook).toBeNull();
    expect(await s.queued()).toEqual([]);
    expect((await s.overview()).reports[0]).toMatchObject({ id: made.id, hub: { state: 'delivered' }, webhook: null });
    // Nothing left to send: a wake sends nothing again.
    await s.wake(3_600_000);
    expect(s.reports).toHaveLength(1);
    expect(await stored(made.id)).toHaveLength(1);
  });

  it('never keeps the token in the queue, and files a retry after a lost answer once', async () => {
    const carol = await invite('Carol');
    const s = setup({ loseAnswers: 1 });
    await s.join(carol);
    await s.view();
    const made = await s.report(['team']);
    // The hub stored it, but its answer was lost: the worker does not know, and keeps it.
    expect(await stored(made.id)).toHaveLength(1);
    const [item] = await s.queued();
    expect(item).toMatchObject({ id: made.id, target: 'hub', attempts: 1, lastError: expect.stringMatching(/could not reach the server: fetch failed: the connection was reset/) });
    expect(JSON.stringify(await s.queued())).not.toContain(carol.token);
    expect(JSON.stringify(await s.queued())).not.toContain(teamKey);
    expect((await s.logOf(made.id)).hub).toMatchObject({ state: 'pending', attempts: 1 });
    expect(s.wakes.at(-1)).toBe(Date.parse(item!.nextAttemptAt));

    await s.wake(30_000);
    expect(s.reports).toHaveLength(2);
    expect(new Set(s.reports.map((r) => r.headers['Idempotency-Key']))).toEqual(new Set([made.id]));
    expect(new Set(s.reports.map((r) => r.body)).size).toBe(1);
    // The hub answered 200 "duplicate": stored once, and the worker counts it delivered.
    expect(await stored(made.id)).toHaveLength(1);
    expect((await s.logOf(made.id)).hub).toMatchObject({ state: 'delivered', attempts: 2, status: 200 });
    expect(await s.queued()).toEqual([]);
    expect(s.wakes.at(-1)).toBeNull();
  });

  it('waits with backoff while the hub\'s database is down (503) or the network is, and is delivered once when it is back', async () => {
    const dan = await invite('Dan');
    const offline = { value: false };
    const s = setup({ offline });
    await s.join(dan);
    await s.view();
    dbDown.value = true;
    const made = await s.report(['team']);
    expect(s.reports).toHaveLength(1);
    let [item] = await s.queued();
    expect(item).toMatchObject({ attempts: 1, nextAttemptAt: '2026-12-07T10:00:30.000Z', lastError: expect.stringMatching(/^the team hub answered 503: The hub cannot reach its database: nothing was stored/) });
    expect(await stored(made.id)).toHaveLength(0);
    let pending = (await s.overview()).pending;
    expect(pending).toMatchObject([{ id: made.id, target: 'hub', team: 'Invented Recruiting', held: false, attempts: 1 }]);

    // Not due yet: nothing is sent.
    await s.wake(29_000);
    expect(s.reports).toHaveLength(1);
    // Due, the database still down: backoff doubles.
    await s.wake(1_000);
    [item] = await s.queued();
    expect(item).toMatchObject({ attempts: 2, nextAttemptAt: '2026-12-07T10:01:30.000Z' });
    // The database back, the network gone: still waiting, said so.
    dbDown.value = false;
    offline.value = true;
    await s.wake(60_000);
    [item] = await s.queued();
    expect(item).toMatchObject({ attempts: 3, lastError: 'could not reach the server: fetch failed' });
    expect((await s.logOf(made.id)).hub).toMatchObject({ state: 'pending', attempts: 3, lastError: 'could not reach the server: fetch failed' });
    // Both back: delivered once.
    offline.value = false;
    await s.wake(120_000);
    expect(await stored(made.id)).toHaveLength(1);
    expect((await s.logOf(made.id)).hub).toMatchObject({ state: 'delivered', attempts: 4, status: 201 });
    pending = (await s.overview()).pending;
    expect(pending).toEqual([]);
  });

  it('a revoked member: the 401 marks the team revoked, the report is held with the reason and never sent again', async () => {
    const eve = await invite('Eve');
    const s = setup();
    await s.join(eve);
    await s.view();
    dbDown.value = true;
    const first = await s.report(['team']);
    dbDown.value = false;
    const second = await s.report(['team', 'download']);
    expect(await stored(second.id)).toHaveLength(1);
    const r = await app.inject({ method: 'DELETE', url: `/v1/members/${eve.member}`, headers: { authorization: `Bearer ${admin.token}` } });
    expect(r.statusCode).toBe(204);
    expect(await s.worker.joinedTeam()).not.toBeNull();

    await s.wake(30_000);
    expect(s.reports.map((x) => x.headers['Idempotency-Key'])).toEqual([first.id, second.id, first.id]);
    // The hub said 401: the team is revoked (nothing more is sent with the token), the report held.
    expect(await s.worker.joinedTeam()).toBeNull();
    expect(await s.ui({ type: 'ui/team-status' })).toMatchObject({ status: { joined: true, revokedAt: '2026-12-07T10:00:30.000Z' } });
    expect(await stored(first.id)).toHaveLength(0);
    const [held] = (await s.overview()).pending;
    expect(held).toMatchObject({ id: first.id, target: 'hub', held: true, movable: false, lastError: expect.stringMatching(/^held: the hub of the team Invented Recruiting no longer accepts this member/) });
    expect((await s.logOf(first.id)).hub).toMatchObject({ state: 'pending', attempts: 2, lastError: expect.stringMatching(/refused this member's token/) });
    // Held: never attempted, and no alarm for it.
    await s.wake(3_600_000);
    await s.ui({ type: 'ui/retry', id: first.id, target: 'hub' });
    await s.settle();
    expect(s.reports).toHaveLength(3);
    expect(s.wakes.at(-1)).toBeNull();
    // The form no longer offers the team; a report asking for it is made without it, and says so.
    const { options } = await s.ui<{ options: ReportOptions }>({ type: 'ui/report-options', profileKey: 'slug:jane-doe' });
    expect(options.team).toBeNull();
    const third = await s.report(['team', 'download']);
    expect(third.hub).toBeNull();
    expect(third.bundle.destinations).toEqual(['download']);
    expect(third.notSent).toEqual(["your team's hub (no team joined, or its hub no longer accepts this member)"]);
    expect(s.reports).toHaveLength(3);
    // Discard: out of the queue, the log says so.
    expect(await s.ui({ type: 'ui/discard', id: first.id, target: 'hub' })).toMatchObject({ ok: true, discarded: true });
    expect((await s.logOf(first.id)).hub).toMatchObject({ state: 'discarded', attempts: 2 });
    expect(await s.queued()).toEqual([]);
  });

  it('left the team: held and never sent; joined again, sent; joined as another member: held until the user moves it there', async () => {
    const frank = await invite('Frank');
    const grace = await invite('Grace');
    const s = setup();
    await s.join(frank);
    await s.view();
    dbDown.value = true;
    const a = await s.report(['team']);
    const b = await s.report(['team']);
    dbDown.value = false;
    expect(s.reports).toHaveLength(2);
    expect(await s.ui({ type: 'ui/team-leave' })).toMatchObject({ ok: true, left: true });

    await s.wake(3_600_000);
    expect(s.reports).toHaveLength(2);
    let pending = (await s.overview()).pending;
    expect(pending.map((p) => [p.id, p.held, p.movable])).toEqual([
      [a.id, true, false],
      [b.id, true, false],
    ]);
    expect(pending[0]!.lastError).toMatch(/^held: this browser left the team Invented Recruiting after this report was queued/);
    expect(s.wakes.at(-1)).toBeNull();

    // Joined again as Frank: the same team and member, so both go at once (they were due).
    await s.join(frank);
    await s.settle();
    expect(await stored(a.id)).toMatchObject([{ member_id: frank.member }]);
    expect(await stored(b.id)).toMatchObject([{ member_id: frank.member }]);
    expect(s.reports).toHaveLength(4);

    // Another report while Frank, lost on the way; then the browser joins as Grace.
    dbDown.value = true;
    const c = await s.report(['team']);
    dbDown.value = false;
    await s.ui({ type: 'ui/team-leave' });
    await s.join(grace);
    await s.wake(3_600_000);
    expect(await stored(c.id)).toHaveLength(0);
    pending = (await s.overview()).pending;
    expect(pending).toMatchObject([{ id: c.id, held: true, movable: true, lastError: expect.stringMatching(/^held: this report was queued for the team Invented Recruiting, and this browser has joined another team \(or as another member\) since/) }]);
    // Only the user's click sends it to the team now joined, with Grace's token.
    expect(await s.ui({ type: 'ui/move-queued', id: c.id, target: 'hub' })).toMatchObject({ ok: true, moved: 1 });
    await s.settle();
    expect(await stored(c.id)).toMatchObject([{ member_id: grace.member, profile_key: await janeKey() }]);
    expect(s.reports.at(-1)!.headers.Authorization).toBe(`Bearer ${grace.token}`);
    expect((await s.logOf(c.id)).hub).toMatchObject({ state: 'delivered' });
  });

  it('moved to another member of the same team after the hub had it (its answer lost): the hub\'s "key already used" counts as delivered, stored once', async () => {
    const heidi = await invite('Heidi');
    const ivan = await invite('Ivan');
    const s = setup({ loseAnswers: 1 });
    await s.join(heidi);
    await s.view();
    const made = await s.report(['team']);
    expect(await stored(made.id)).toMatchObject([{ member_id: heidi.member }]);
    expect((await s.logOf(made.id)).hub).toMatchObject({ state: 'pending' });
    await s.ui({ type: 'ui/team-leave' });
    await s.join(ivan);
    expect(await s.ui({ type: 'ui/move-queued', id: made.id, target: 'hub' })).toMatchObject({ ok: true, moved: 1 });
    await s.settle();
    // The hub answered 409 idempotency_conflict: this report's own key, already stored under Heidi.
    expect(s.reports.at(-1)).toMatchObject({ headers: { Authorization: `Bearer ${ivan.token}` } });
    expect(await stored(made.id)).toMatchObject([{ member_id: heidi.member }]);
    expect((await s.logOf(made.id)).hub).toMatchObject({ state: 'delivered', status: 409 });
    expect(await s.queued()).toEqual([]);
  });

  it('the webhook and the hub chosen together each get the report (the same JSON), each with its own status', async () => {
    const heidi = await invite('Heidi');
    const hooks: { body: string; headers: Record<string, string> }[] = [];
    const hookDown = { value: false };
    const post: Post = async (_url, body, headers) => {
      hooks.push({ body, headers });
      return hooks.length < 2 || hookDown.value ? { status: 500, text: 'down' } : { status: 200, text: 'ok' };
    };
    const s = setup({ post });
    await s.ui({ type: 'ui/settings-set', patch: { webhookUrl: 'https://hooks.example.com/telltale', webhookSecret: 'team-secret' } });
    await s.join(heidi);
    await s.view();
    const made = await s.report(['webhook', 'team']);
    expect(made.webhook).toMatchObject({ state: 'pending' });
    expect(made.hub).toMatchObject({ team: 'Invented Recruiting', status: { state: 'pending' } });
    expect(hooks).toHaveLength(1);
    expect(s.reports).toHaveLength(1);
    // One body for both: the bundle as the webhook's JSON has it.
    expect(s.reports[0]!.body).toBe(hooks[0]!.body);
    expect(hooks[0]!.headers).toMatchObject({ Authorization: 'Bearer team-secret', 'Idempotency-Key': made.id });
    expect(hooks[0]!.headers['Telltale-Profile-Key']).toBeUndefined();
    expect(s.reports[0]!.headers.Authorization).toBe(`Bearer ${heidi.token}`);

    let entry = await s.logOf(made.id);
    expect(entry.webhook).toMatchObject({ state: 'pending', attempts: 1, lastError: 'the server answered 500: down' });
    expect(entry.hub).toMatchObject({ state: 'delivered', attempts: 1 });
    const { pending } = await s.overview();
    expect(pending).toMatchObject([{ id: made.id, target: 'webhook', team: null, held: false }]);
    // Retrying the webhook's leaves the hub's alone (delivered once).
    await s.ui({ type: 'ui/retry', id: made.id, target: 'webhook' });
    await s.settle();
    expect(hooks).toHaveLength(2);
    expect(s.reports).toHaveLength(1);
    entry = await s.logOf(made.id);
    expect(entry.webhook).toMatchObject({ state: 'delivered', attempts: 2 });
    expect(entry.hub).toMatchObject({ state: 'delivered', attempts: 1 });
    expect(await stored(made.id)).toHaveLength(1);

    // A Slack webhook gets its message; the hub still gets the JSON bundle.
    await s.ui({ type: 'ui/settings-set', patch: { webhookFormat: 'slack' } });
    const slack = await s.report(['webhook', 'team']);
    expect(JSON.parse(hooks.at(-1)!.body)).toMatchObject({ idempotencyKey: slack.id, text: expect.any(String) });
    expect(JSON.parse(s.reports.at(-1)!.body)).toEqual(slack.bundle);
    expect(await stored(slack.id)).toHaveLength(1);

    // Discarding a report's deliveries without naming one takes both out of the queue.
    dbDown.value = true;
    hookDown.value = true;
    const both = await s.report(['webhook', 'team']);
    expect((await s.overview()).pending.map((p) => [p.id, p.target])).toEqual([
      [both.id, 'webhook'],
      [both.id, 'hub'],
    ]);
    expect(await s.ui({ type: 'ui/discard', id: both.id })).toMatchObject({ ok: true, discarded: true });
    expect(await s.queued()).toEqual([]);
    entry = await s.logOf(both.id);
    expect(entry.webhook).toMatchObject({ state: 'discarded', attempts: 1 });
    expect(entry.hub).toMatchObject({ state: 'discarded', attempts: 1 });
  });

  it('queue items from before the hub (no target) still go to the webhook, never to the hub', async () => {
    const ivan = await invite('Ivan');
    const hooks: { url: string; body: string; headers: Record<string, string> }[] = [];
    const post: Post = async (url, body, headers) => {
      hooks.push({ url, body, headers });
      return { status: 201, text: '' };
    };
    const s = setup({ post });
    await s.ui({ type: 'ui/settings-set', patch: { webhookUrl: 'https://hooks.example.com/telltale' } });
    await s.join(ivan);
    const old = {
      id: 'old-1',
      profileKey: 'slug:jane-doe',
      profileName: 'Jane Doe',
      url: 'https://hooks.example.com/telltale',
      format: 'json',
      body: JSON.stringify({ format: 'telltale-evidence', idempotencyKey: 'old-1' }),
      createdAt: '2026-12-07T09:59:00.000Z',
      attempts: 2,
      nextAttemptAt: '2026-12-07T09:59:30.000Z',
      lastAttemptAt: '2026-12-07T09:59:10.000Z',
      lastError: 'the server answered 503',
      leaseUntil: null,
    };
    const oldLog = { id: 'old-1', profileKey: 'slug:jane-doe', profileUrl: JANE, name: 'Jane Doe', createdAt: old.createdAt, destinations: ['webhook'], note: null, webhook: { state: 'pending', attempts: 2, lastError: 'the server answered 503', nextAttemptAt: old.nextAttemptAt }, bundle: { format: 'telltale-evidence', idempotencyKey: 'old-1' } };
    await s.local.set({ 'report:queue': [old], 'report:log': [oldLog] });
    expect((await s.overview()).pending).toMatchObject([{ id: 'old-1', target: 'webhook', held: false }]);
    await s.wake(1_000);
    expect(hooks).toEqual([{ url: old.url, body: old.body, headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'old-1' } }]);
    expect(s.reports).toEqual([]);
    expect(await s.queued()).toEqual([]);
    const entry = await s.logOf('old-1');
    expect(entry.webhook).toMatchObject({ state: 'delivered', attempts: 3, status: 201 });
    expect(entry.hub).toBeUndefined();
    expect((await s.overview()).reports[0]).toMatchObject({ id: 'old-1', hub: null });
  });

  it('a body the hub refuses for good (400) is given up at once, and a screenshot too large for it is left out of its copy only', async () => {
    const judy = await invite('Judy');
    const hooks: string[] = [];
    const post: Post = async (_url, body) => {
      hooks.push(body);
      return { status: 200, text: '' };
    };
    const s = setup({ post });
    await s.ui({ type: 'ui/settings-set', patch: { webhookUrl: 'https://hooks.example.com/telltale' } });
    await s.join(judy);
    await s.view();
    // A screenshot of 6 MB: the webhook gets it; the hub's 5 MB would refuse the whole (413).
    const big = `data:image/jpeg;base64,${'A'.repeat(6 * 1024 * 1024)}`;
    const made = await s.report(['webhook', 'team'], { screenshot: big, from: 'popup' });
    expect(JSON.parse(hooks[0]!).screenshot.dataUrl).toBe(big);
    const rows = await stored(made.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.bundle).toMatchObject({ screenshot: null, screenshotNote: 'taken, but left out of the team hub\'s copy: with it the report would be larger than the 5 MB the hub accepts', findings: made.bundle.findings });
    expect((await s.logOf(made.id)).hub).toMatchObject({ state: 'delivered' });

    // An item whose body the hub cannot take (here: its key does not match the header's).
    const [binding] = [{ hub, team: judy.team, member: judy.member, name: 'Invented Recruiting', profileKey: await janeKey() }];
    const bad = { ...JSON.parse(s.reports[0]!.body), idempotencyKey: 'another-key' };
    await s.local.set({
      'report:queue': [{ id: 'bad-1', target: 'hub', hub: binding, profileKey: 'slug:jane-doe', profileName: 'Jane Doe', url: `${hub}/v1/reports`, format: 'json', body: JSON.stringify(bad), createdAt: '2026-12-07T10:00:00.000Z', attempts: 0, nextAttemptAt: '2026-12-07T10:00:00.000Z', lastAttemptAt: null, lastError: null, leaseUntil: null }],
    });
    await s.local.set({ 'report:log': [...((await s.local.get(['report:log']))['report:log'] as ReportLogEntry[]), { ...(await s.logOf(made.id)), id: 'bad-1', hub: { state: 'pending', attempts: 0, lastError: null, nextAttemptAt: null } }] });
    await s.wake(1_000);
    expect(await s.queued()).toEqual([]);
    expect((await s.logOf('bad-1')).hub).toMatchObject({ state: 'failed', attempts: 1, lastError: expect.stringMatching(/^the team hub refused this report for good \(HTTP 400: Idempotency-Key: must equal the bundle's idempotencyKey\)/) });
  });

  it('a profile read without an address cannot go to the hub: not offered, and a report asking for it says why', async () => {
    const ken = await invite('Ken');
    const s = setup();
    await s.join(ken);
    await s.view(snapshot({ url: null, profileUrl: null }));
    const { options } = await s.ui<{ options: ReportOptions }>({ type: 'ui/report-options', profileKey: 'slug:jane-doe' });
    expect(options.team).toEqual({ name: 'Invented Recruiting' });
    expect(options.available).not.toContain('team');
    expect(options.defaults).not.toContain('team');
    const made = await s.report(['team', 'download']);
    expect(made.hub).toBeNull();
    expect(made.notSent).toEqual(["your team's hub (the page shows no profile address to send it under)"]);
    expect(made.text).toMatch(/Not sent to: your team's hub \(the page shows no profile address/);
    expect(s.reports).toEqual([]);
  });

  it('export and import keep each report\'s hub status; a hub delivery the file shows pending, which an import never queues, is marked discarded', async () => {
    const mia = await invite('Mia');
    const s = setup();
    await s.join(mia);
    await s.view();
    const delivered = await s.report(['team']);
    dbDown.value = true;
    const waiting = await s.report(['team']);
    dbDown.value = false;
    const { file } = await s.ui<{ file: unknown }>({ type: 'ui/export' });
    expect(JSON.stringify(file)).not.toContain(mia.token);
    await s.ui({ type: 'ui/delete-all' });
    expect(await s.ui({ type: 'ui/import', file })).toMatchObject({ ok: true });
    expect((await s.logOf(delivered.id)).hub).toMatchObject({ state: 'delivered', attempts: 1 });
    expect((await s.logOf(waiting.id)).hub).toMatchObject({ state: 'discarded', lastError: expect.stringMatching(/an import never brings in queued deliveries to the team hub/) });
    expect(await s.queued()).toEqual([]);
  });

  it('with "Reports in English" the hub gets what the webhook gets: the English bundle, from a German browser', async () => {
    const table = (lang: string) => JSON.parse(readFileSync(new URL(`../../_locales/${lang}/messages.json`, import.meta.url), 'utf8')) as MessageTable;
    const [en, de] = [table('en'), table('de')];
    const nina = await invite('Nina');
    const hooks: string[] = [];
    const post: Post = async (_url, body) => {
      hooks.push(body);
      return { status: 200, text: '' };
    };
    setMessages(de, 'de');
    try {
      const s = setup({ post, packagedMessages: async (lang) => (lang === 'en' ? en : null) });
      await s.ui({ type: 'ui/settings-set', patch: { webhookUrl: 'https://hooks.example.com/telltale', reportsInEnglish: true } });
      await s.join(nina);
      await s.view();
      const made = await s.report(['webhook', 'team']);
      expect(made.bundle.statement).toBe(de.rep_statement!.message);
      expect(s.reports[0]!.body).toBe(hooks[0]);
      const [row] = await stored(made.id);
      expect(row!.bundle.statement).toBe(en.rep_statement!.message);
    } finally {
      setMessages(en, 'en');
    }
  });

  it('Firefox\'s data consent applies to the hub as to the webhook', async () => {
    const leo = await invite('Leo');
    const s = setup({ sendingAllowed: async () => false });
    await s.join(leo);
    await s.view();
    expect(await s.ui({ type: 'ui/report', profileKey: 'slug:jane-doe', destinations: ['team'], note: '', screenshot: null, from: 'report-page' })).toMatchObject({ ok: false, error: expect.stringMatching(/consent/) });
    expect(s.reports).toEqual([]);
  });
});
