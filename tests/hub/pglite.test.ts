// The hub's API suite on the embedded engine (PGlite in a temp data folder), its log and a bounded
// load on the same folder, its migrations across a restart on it, then the CLI's processes on it
// (PGlite's first start, an initdb, is the slow part: done once).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../hub/db.ts';
import { migrate } from '../../hub/migrate.ts';
import { hubApiSuite } from './api-suite.ts';
import { hubCliSuite } from './cli-suite.ts';
import { hubLoadSuite } from './load-suite.ts';
import { hubLogSuite } from './log-suite.ts';

const dir = mkdtempSync(join(tmpdir(), 'telltale-hub-pglite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

hubApiSuite('PGlite', () => openDatabase({ dataDir: join(dir, 'db') }));
hubLogSuite(() => openDatabase({ dataDir: join(dir, 'db') }));
hubLoadSuite('PGlite', () => openDatabase({ dataDir: join(dir, 'db') }));

describe('PGlite data folder', () => {
  it('keeps the data and the applied migrations across a restart, and refuses a second process', async () => {
    const db = await openDatabase({ dataDir: join(dir, 'db') });
    try {
      expect(await migrate(db)).toEqual([]);
      expect(Number((await db.query<{ n: unknown }>('select count(*) as n from teams')).rows[0]!.n)).toBeGreaterThan(3);
    } finally {
      await db.close();
    }
    // A live process's pid in the folder's lock file (here: this test's parent) keeps a second one out.
    writeFileSync(join(dir, 'db', 'telltale-hub.pid'), String(process.ppid));
    await expect(openDatabase({ dataDir: join(dir, 'db') })).rejects.toThrow(/in use by process/);
    rmSync(join(dir, 'db', 'telltale-hub.pid'));
  });
});

hubCliSuite(join(dir, 'db'));
