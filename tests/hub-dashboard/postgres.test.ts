// The dashboard's suite on a real PostgreSQL server (tests/hub/pg-cluster.ts's throwaway cluster),
// so its SQL holds on both engines. Skipped without PostgreSQL's binaries, unless
// TELLTALE_REQUIRE_POSTGRES=1, as tests/hub/postgres.test.ts does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../hub/db.ts';
import { postgresBin, startCluster, type Cluster } from '../hub/pg-cluster.ts';
import { dashboardSuite } from './suite.ts';

const bin = postgresBin();

if (!bin) {
  describe('dashboard on a PostgreSQL server', () => {
    it.skipIf(process.env.TELLTALE_REQUIRE_POSTGRES !== '1')('needs PostgreSQL (initdb, pg_ctl)', () => {
      expect.fail('TELLTALE_REQUIRE_POSTGRES=1 but no PostgreSQL binaries were found');
    });
  });
} else {
  let cluster: Cluster;
  beforeAll(async () => {
    cluster = await startCluster(bin);
  }, 90_000);
  afterAll(async () => {
    await cluster?.stop();
  }, 30_000);
  dashboardSuite('a PostgreSQL server', () => openDatabase({ url: cluster.url() }));
}
