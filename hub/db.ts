// One database interface for the hub, two engines behind it: PGlite (embedded PostgreSQL in
// WebAssembly, a data folder, nothing to install) and a PostgreSQL server through node-postgres.
// Both run the same SQL text: parameterised queries ($1, $2…) only, and migrations from
// hub/migrations/ (migrate.ts).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from './database.ts';

export type { Database, Queryable } from './database.ts';

export interface DatabaseOptions {
  /** A postgres:// or postgresql:// URL: a PostgreSQL server. */
  url?: string | null;
  /** PGlite's data folder; none: in memory (tests). */
  dataDir?: string | null;
}

export const isPostgresUrl = (s: string) => /^postgres(ql)?:\/\//.test(s);

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.url) {
    const { openPostgres } = await import('./db-postgres.ts');
    return openPostgres(options.url);
  }
  const dir = options.dataDir ?? null;
  if (dir === null) {
    const { openPglite } = await import('./db-pglite.ts');
    return openPglite(null);
  }
  mkdirSync(dir, { recursive: true });
  const release = lockDataDir(dir);
  try {
    const { openPglite } = await import('./db-pglite.ts');
    const db = await openPglite(dir);
    return { ...db, close: () => db.close().finally(release) };
  } catch (e) {
    release();
    throw e;
  }
}

export class DataDirInUse extends Error {}

/**
 * PGlite is one process on its folder: a second one (a `hub team create` while the hub runs)
 * would corrupt it. A pid file in the folder keeps a second process out while the first lives.
 */
function lockDataDir(dir: string): () => void {
  const file = join(dir, 'telltale-hub.pid');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      return () => rmSync(file, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const pid = Number(readFileSync(file, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid)) {
        throw new DataDirInUse(`The data folder ${dir} is in use by process ${pid}: PGlite is one process per folder; stop that hub first, or run the hub on a PostgreSQL server (--database).`);
      }
      rmSync(file, { force: true }); // left by a process that is gone
    }
  }
  throw new DataDirInUse(`Could not lock the data folder ${dir}.`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
