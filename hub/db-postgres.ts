// A PostgreSQL server through node-postgres: a small pool; a transaction holds one client from
// BEGIN to COMMIT or ROLLBACK.
import pg from 'pg';
import type { Database, Queryable } from './database.ts';

export async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 10_000, idleTimeoutMillis: 30_000 });
  // An idle client's error (the server restarting) must not kill the process: the next query reconnects.
  pool.on('error', () => undefined);
  const one = async (client: pg.ClientBase | pg.Pool): Promise<Queryable> => ({
    async query<R>(sql: string, params: readonly unknown[] = []) {
      const r = await client.query(sql, params as unknown[]);
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
      try {
        await client.query('BEGIN');
        const result = await fn(await one(client));
        await client.query('COMMIT');
        return result;
      } catch (e) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw e;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
