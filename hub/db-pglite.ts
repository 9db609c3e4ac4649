// The embedded engine: PGlite, one PostgreSQL in WebAssembly per process, on a data folder. It has
// one connection, so its transactions are serialised by PGlite itself.
import { PGlite } from '@electric-sql/pglite';
import type { Database, Queryable } from './database.ts';

type PgliteLike = Pick<PGlite, 'query' | 'exec'>;

const wrap = (q: PgliteLike): Queryable => ({
  async query<R>(sql: string, params: readonly unknown[] = []) {
    const r = await q.query<R>(sql, params as unknown[]);
    return { rows: r.rows };
  },
  async exec(sql: string) {
    await q.exec(sql);
  },
});

export async function openPglite(dataDir: string | null): Promise<Database> {
  const db = dataDir ? new PGlite(dataDir) : new PGlite();
  await db.waitReady;
  return {
    engine: 'pglite',
    ...wrap(db),
    transaction: <T>(fn: (tx: Queryable) => Promise<T>) => db.transaction((tx) => fn(wrap(tx))),
    close: () => db.close(),
  };
}
