// The hub's API suite on a real PostgreSQL server (a throwaway cluster, pg-cluster.ts), and two
// hubs migrating one database at once. Without PostgreSQL's binaries it says so and skips, unless
// TELLTALE_REQUIRE_POSTGRES=1 (scripts/test.sh), where their absence fails.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../hub/db.ts';
import { migrate, readMigrations } from '../../hub/migrate.ts';
import { hubApiSuite } from './api-suite.ts';
import { main } from '../../src/cli/main.ts';
import { parseEnrolment } from '../../src/team/enrolment.ts';
import { postgresBin, startCluster, type Cluster } from './pg-cluster.ts';
import { buildHub, RETRY_AFTER_S } from '../../hub/server.ts';
import { createTeam } from '../../hub/store.ts';
import { newTeamKey } from '../../src/team/keys.ts';
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

  // Last in the file: it stops the server for a while.
  describe('the database down (issue 26, item 6)', () => {
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
