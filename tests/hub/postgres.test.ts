// The hub's API suite on a real PostgreSQL server (a throwaway cluster, pg-cluster.ts), and two
// hubs migrating one database at once. Without PostgreSQL's binaries it says so and skips, unless
// TELLTALE_REQUIRE_POSTGRES=1 (scripts/test.sh), where their absence fails.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../hub/db.ts';
import { migrate, readMigrations } from '../../hub/migrate.ts';
import { hubApiSuite } from './api-suite.ts';
import { hubLoadSuite } from './load-suite.ts';
import { main } from '../../src/cli/main.ts';
import { parseEnrolment } from '../../src/team/enrolment.ts';
import { postgresBin, startCluster, type Cluster } from './pg-cluster.ts';
import { buildHub, RETRY_AFTER_S } from '../../hub/server.ts';
import { createMember, createTeam, type Actor } from '../../hub/store.ts';
import { newTeamKey } from '../../src/team/keys.ts';
import { randomBytes } from 'node:crypto';
import { CLEAR, bundle, keyFor } from './fixtures.ts';

const bin = postgresBin();
const required = process.env.TELLTALE_REQUIRE_POSTGRES === '1';

if (!bin) {
  describe('hub on a PostgreSQL server', () => {
    it.skipIf(!required)('needs PostgreSQL (initdb, pg_ctl): set TELLTALE_REQUIRE_POSTGRES=1 to make its absence fail', () => {
      expect.fail('TELLTALE_REQUIRE_POSTGRES=1 but no PostgreSQL binaries were found (bash scripts/ensure-postgres.sh installs them)');
    });
    if (!required) console.warn('tests/hub/postgres.test.ts: no PostgreSQL binaries found (initdb, pg_ctl): the real-server suite is skipped');
  });
} else {
  let cluster: Cluster;
  beforeAll(async () => {
    cluster = await startCluster(bin);
    const admin = await openDatabase({ url: cluster.url() });
    try {
      await admin.query('create database race');
    } finally {
      await admin.close();
    }
  }, 90_000);
  afterAll(async () => {
    await cluster?.stop();
  }, 30_000);

  hubApiSuite('a PostgreSQL server', () => openDatabase({ url: cluster.url() }));
  hubLoadSuite('a PostgreSQL server', () => openDatabase({ url: cluster.url() }));

  describe('hubs starting at once on one PostgreSQL server', () => {
    it('apply each migration once: the advisory lock makes the second wait, then find them applied', async () => {
      const hubs = await Promise.all([0, 1, 2].map(() => openDatabase({ url: cluster.url('race') })));
      try {
        const applied = await Promise.all(hubs.map((db) => migrate(db)));
        const all = readMigrations().map((m) => m.version);
        expect(applied.filter((a) => a.length > 0)).toEqual([all]);
        expect(applied.filter((a) => a.length === 0)).toHaveLength(2);
        const rows = (await hubs[0]!.query<{ n: unknown }>('select count(*) as n from schema_migrations')).rows;
        expect(Number(rows[0]!.n)).toBe(all.length);
        // A restart: nothing to do.
        expect(await migrate(hubs[1]!)).toEqual([]);
      } finally {
        await Promise.all(hubs.map((db) => db.close()));
      }
    });

    it('takes `telltale hub team create --database URL` to the server', async () => {
      let out = '';
      let err = '';
      const code = await main(['hub', 'team', 'create', 'Server team', '--database', cluster.url('race'), '--url', 'https://hub.example.com'], { out: (s) => (out += s), err: (s) => (err += s) });
      expect(code, err).toBe(0);
      expect(err).toContain('PostgreSQL server postgres://postgres@127.0.0.1');
      const admin = parseEnrolment(out);
      const db = await openDatabase({ url: cluster.url('race') });
      try {
        const rows = (await db.query<{ name: string }>('select name from teams where id = $1', [admin.team])).rows;
        expect(rows).toEqual([{ name: 'Server team' }]);
      } finally {
        await db.close();
      }
    });
  });

  // Last in the file: they stop the server for a while.
  describe('the database down (issue 26, items 6 and 7)', () => {
    it('loses no accepted report when the server stops in the middle of a stream: the 503s retried with their Idempotency-Key are all stored once', async () => {
      const db = await openDatabase({ url: cluster.url('race') });
      await migrate(db);
      const log: string[] = [];
      const app = await buildHub({ db, log: { level: 'info', stream: { write: (s: string) => log.push(s) } } });
      const origin = await app.listen({ host: '127.0.0.1', port: 0 });
      try {
        const admin = await createTeam(db, 'Stream team', 'Ada');
        const actor: Actor = { member: admin.member, team: admin.team, teamName: 'Stream team', role: 'admin', label: 'Ada' };
        const tokens = [admin.token];
        for (let i = 0; i < 9; i++) tokens.push((await createMember(db, actor, 'member', `M${i}`)).token);
        const key = () => randomBytes(32).toString('base64url');
        const reportProfile = key();
        type Outcome = { status: number | string; retryAfter: string | null };
        const post = async (token: string, path: string, body: object, headers: Record<string, string> = {}): Promise<Outcome> => {
          try {
            const r = await fetch(`${origin}${path}`, {
              method: 'POST',
              headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
              body: JSON.stringify(body),
              signal: AbortSignal.timeout(20_000),
            });
            await r.arrayBuffer();
            return { status: r.status, retryAfter: r.headers.get('retry-after') };
          } catch (e) {
            return { status: (e as { cause?: { code?: string } }).cause?.code ?? 'network', retryAfter: null };
          }
        };
        const reports: { id: string; token: string; answers: Outcome[] }[] = [];
        const sendReport = async (r: (typeof reports)[number]) =>
          r.answers.push(await post(r.token, '/v1/reports', bundle(r.id), { 'idempotency-key': r.id, 'telltale-profile-key': reportProfile }));
        const sightings: { profile: string; details: { kind: string; key: string }[]; answer: Outcome }[] = [];

        // A report and a sighting every 20 ms from the members in turn, 150 of each; the server
        // stops after the 40th and starts again 1.5 s later, while the stream goes on.
        let i = 0;
        let phase: 'up' | 'stopping' | 'down' | 'back' = 'up';
        const inFlight: Promise<unknown>[] = [];
        const outage = (async () => {
          while (i < 40) await new Promise((r) => setTimeout(r, 10));
          phase = 'stopping';
          await cluster.pause();
          phase = 'down';
          await new Promise((r) => setTimeout(r, 1_500));
          await cluster.resume();
          phase = 'back';
        })();
        for (; i < 150; i++) {
          const token = tokens[i % tokens.length]!;
          const r = { id: `stream-${i}`, token, answers: [] as Outcome[] };
          reports.push(r);
          inFlight.push(sendReport(r));
          const s = { profile: key(), details: [{ kind: 'phone', key: key() }, { kind: 'email', key: key() }], answer: { status: 0, retryAfter: null } as Outcome };
          sightings.push(s);
          inFlight.push(post(token, '/v1/sightings', { profile: s.profile, details: s.details, level: 'low', at: new Date().toISOString() }).then((a) => (s.answer = a)));
          await new Promise((r) => setTimeout(r, 20));
        }
        await outage;
        await Promise.all(inFlight);
        expect(phase).toBe('back');

        // What the extension's queue does: send again, with the same Idempotency-Key and bundle,
        // every report not answered 2xx, until each is (bounded: 40 rounds, 250 ms apart).
        const accepted = (r: (typeof reports)[number]) => r.answers.some((a) => typeof a.status === 'number' && a.status >= 200 && a.status < 300);
        const firstTime = reports.filter((r) => accepted(r)).length;
        let retried = 0;
        for (let round = 0; round < 40 && reports.some((r) => !accepted(r)); round++) {
          const pending = reports.filter((r) => !accepted(r));
          retried += pending.length;
          await Promise.all(pending.map(sendReport));
          if (pending.some((r) => !accepted(r))) await new Promise((r) => setTimeout(r, 250));
        }
        const all = reports.flatMap((r) => r.answers);
        const unavailable = all.filter((a) => a.status === 503);
        const duplicates = reports.filter((r) => r.answers.find((a) => a.status === 200 || a.status === 201)?.status === 200).length;
        console.log(
          `hub with PostgreSQL stopped mid-stream: ${reports.length} reports, ${firstTime} accepted at the first try, ${unavailable.length} answers 503, ${retried} sends again (${duplicates} found already stored); sightings ${JSON.stringify(countBy(sightings.map((s) => s.answer.status)))}`,
        );
        expect(reports.every(accepted)).toBe(true);
        expect(unavailable.length).toBeGreaterThan(0);
        for (const a of [...unavailable, ...sightings.map((s) => s.answer).filter((a) => a.status === 503)]) expect(a.retryAfter).toBe(String(RETRY_AFTER_S));
        // Only 2xx, 503 or a connection cut when the server stopped: never a 500.
        for (const a of [...all, ...sightings.map((s) => s.answer)]) expect(String(a.status)).toMatch(/^(200|201|503|ECONNRESET|UND_ERR_SOCKET)$/);

        // Every report once, whatever it was answered on the way.
        const stored = (await db.query<{ k: string; n: unknown }>('select idempotency_key as k, count(*) as n from reports where team_id = $1 group by idempotency_key', [admin.team])).rows;
        expect(stored.map((r) => r.k).sort()).toEqual(reports.map((r) => r.id).sort());
        expect(stored.every((r) => Number(r.n) === 1)).toBe(true);
        // Every sighting answered 200 is there, and none is there in part: its profile and both details with it.
        const seen = (await db.query<{ profile_key: string; details: unknown; profiles: unknown }>(
          `select s.profile_key,
                  (select count(*) from profile_details d where d.team_id = s.team_id and d.profile_key = s.profile_key) as details,
                  (select count(*) from profiles p where p.team_id = s.team_id and p.profile_key = s.profile_key) as profiles
           from sightings s where s.team_id = $1`,
          [admin.team],
        )).rows;
        const seenKeys = new Set(seen.map((r) => r.profile_key));
        for (const s of sightings.filter((s) => s.answer.status === 200)) expect(seenKeys.has(s.profile)).toBe(true);
        for (const r of seen) expect([Number(r.details), Number(r.profiles)]).toEqual([2, 1]);
        expect(Number((await db.query<{ n: unknown }>('select count(*) as n from profile_details where team_id = $1', [admin.team])).rows[0]!.n)).toBe(2 * seen.length);
        // The log says when the database went and came back.
        const events = log.join('').trim().split('\n').map((l) => JSON.parse(l) as { event?: string });
        expect(events.map((e) => e.event)).toEqual(expect.arrayContaining(['database_down', 'database_back']));
      } finally {
        await app.close();
        await db.close();
      }
    }, 120_000);

    it('answers 503 with Retry-After and stores nothing while it is down, then recovers by itself; what was accepted is there', async () => {
      const db = await openDatabase({ url: cluster.url('race') });
      await migrate(db);
      const app = await buildHub({ db });
      try {
        const team = await createTeam(db, 'Fault team', 'Ada');
        const key = newTeamKey();
        const profile = await keyFor(key, 'profile', CLEAR.profiles[0]);
        const post = (path: string, payload: object, headers: Record<string, string> = {}) =>
          app.inject({ method: 'POST', url: path, headers: { authorization: `Bearer ${team.token}`, ...headers }, payload });
        const before = await post('/v1/reports', bundle('before-fault'), { 'idempotency-key': 'before-fault', 'telltale-profile-key': profile });
        expect(before.statusCode).toBe(201);
        expect((await app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200);

        await cluster.pause();
        const down = await post('/v1/sightings', { profile, details: [], level: null, at: '2026-12-07T10:00:00Z' });
        expect(down.statusCode).toBe(503);
        expect(down.headers['retry-after']).toBe(String(RETRY_AFTER_S));
        expect(JSON.parse(down.body)).toMatchObject({ error: 'unavailable' });
        const ready = await app.inject({ method: 'GET', url: '/readyz' });
        expect(ready.statusCode).toBe(503);
        expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);

        await cluster.resume();
        // The pool reconnects by itself: ready again within a bounded wait, and the report accepted before is there.
        let status = 0;
        for (let i = 0; i < 50 && status !== 200; i++) {
          status = (await app.inject({ method: 'GET', url: '/readyz' })).statusCode;
          if (status !== 200) await new Promise((r) => setTimeout(r, 200));
        }
        expect(status).toBe(200);
        expect((await post('/v1/sightings', { profile, details: [], level: null, at: '2026-12-07T10:00:00Z' })).statusCode).toBe(200);
        const again = await post('/v1/reports', bundle('before-fault'), { 'idempotency-key': 'before-fault', 'telltale-profile-key': profile });
        expect(again).toMatchObject({ statusCode: 200 });
        expect(JSON.parse(again.body)).toMatchObject({ id: JSON.parse(before.body).id, duplicate: true });
      } finally {
        await app.close();
        await db.close();
      }
    }, 90_000);
  });
}

function countBy(values: readonly (string | number)[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of values) out[String(v)] = (out[String(v)] ?? 0) + 1;
  return out;
}
