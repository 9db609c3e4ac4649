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

/**
 * A turn of the event loop before each statement or transaction. PGlite runs a statement
 * synchronously and hands its lock to the next waiter in a promise callback, so a queue of
 * requests would otherwise run back to back without the loop ever polling: no connection
 * accepted, no health check answered, no signal handled until the queue is empty (a burst of a
 * few hundred requests held a SIGTERM for seconds).
 */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function openPglite(dataDir: string | null): Promise<Database> {
  const db = dataDir ? new PGlite(dataDir) : new PGlite();
  await db.waitReady;
  const direct = wrap(db);
  return {
    engine: 'pglite',
    query: async <R>(sql: string, params?: readonly unknown[]) => {
      await turn();
      return direct.query<R>(sql, params);
    },
    exec: async (sql: string) => {
      await turn();
      return direct.exec(sql);
    },
    transaction: async <T>(fn: (tx: Queryable) => Promise<T>) => {
      await turn();
      return db.transaction((tx) => fn(wrap(tx)));
    },
    close: () => db.close(),
  };
}
