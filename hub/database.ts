// The hub's database interface: what both engines (db-pglite.ts, db-postgres.ts) provide and every
// query in store.ts and migrate.ts uses.

export interface Queryable {
  /** One statement with parameters. */
  query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<{ rows: R[] }>;
  /** Several statements without parameters (a migration file). */
  exec(sql: string): Promise<void>;
}

export interface Database extends Queryable {
  /** Runs `fn` in one transaction on one connection: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** "pglite" or "postgres", for the start-up line. */
  readonly engine: 'pglite' | 'postgres';
}
