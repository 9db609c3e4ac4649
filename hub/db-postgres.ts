// A PostgreSQL server through node-postgres: a small pool; a transaction holds one client from
// BEGIN to COMMIT or ROLLBACK; statements are prepared once per connection.
import { createHash } from 'node:crypto';
import pg from 'pg';
import type { Database, Queryable } from './database.ts';

/**
 * Queries run as named prepared statements: each connection parses and plans a statement once
 * (a sighting's two statements: about 0.9 ms less each, scripts/bench-hub.ts). Every SQL text in
 * hub/ is a constant (values are parameters), so the set is small; past this many distinct texts,
 * the rest run unnamed. (Behind PgBouncer in transaction mode: version 1.21 or later, with
 * max_prepared_statements set.)
 */
const MAX_PREPARED = 500;
const names = new Map<string, string>();
function statementName(sql: string): string | undefined {
  let name = names.get(sql);
  if (name === undefined && names.size < MAX_PREPARED) names.set(sql, (name = `telltale_${createHash('sha256').update(sql).digest('hex').slice(0, 24)}`));
  return name;
}

export async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 10_000, idleTimeoutMillis: 30_000 });
  // An idle client's error (the server restarting) must not kill the process: the next query reconnects.
  pool.on('error', () => undefined);
  const one = async (client: pg.ClientBase | pg.Pool): Promise<Queryable> => ({
    async query<R>(sql: string, params: readonly unknown[] = []) {
      const name = statementName(sql);
      const r = await client.query(name === undefined ? { text: sql, values: params as unknown[] } : { name, text: sql, values: params as unknown[] });
      return { rows: r.rows as R[] };
    },
    async exec(sql: string) {
      await client.query(sql);
    },
  });
  // Fails now, with the server's own reason, when the URL is wrong or the server is down.
  await pool.query('select 1');
  return {
    engine: 'postgres',
    ...(await one(pool)),
    async transaction<T>(fn: (tx: Queryable) => Promise<T>) {
      const client = await pool.connect();
      // A checked-out client has no listener of the pool's: the server ending its connection
      // between two statements (a restart) would be an uncaught 'error' event, ending the hub. It
      // is caught here, and the client is destroyed rather than given back to the pool.
      let lost: Error | null = null;
      const onError = (e: Error) => {
        lost = e;
      };
      client.on('error', onError);
      try {
        await client.query('BEGIN');
        const result = await fn(await one(client));
        await client.query('COMMIT');
        return result;
      } catch (e) {
        if (!lost) await client.query('ROLLBACK').catch((r: unknown) => void (lost = r instanceof Error ? r : new Error(String(r))));
        throw e;
      } finally {
        client.off('error', onError);
        client.release(lost ?? undefined);
      }
    },
    close: () => pool.end(),
  };
}
