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
}
