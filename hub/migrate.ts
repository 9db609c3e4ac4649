// Versioned migrations: hub/migrations/NNN_name.sql, applied in order at start, each recorded in
// schema_migrations, all in one transaction that first takes a transaction-scoped advisory lock:
// two hub processes starting at once on one server apply each migration once (the second waits,
// then finds them applied). PGlite runs the same SQL.
import { readdirSync, readFileSync } from 'node:fs';
import type { Database } from './db.ts';

export const MIGRATIONS_DIR = new URL('./migrations/', import.meta.url);
/** The advisory lock's key: any fixed 64-bit number the hub alone uses ("telltale" in ASCII, cut to fit). */
const LOCK_KEY = '8387236724389486';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export function readMigrations(dir: URL = MIGRATIONS_DIR): Migration[] {
  const out: Migration[] = [];
  for (const file of readdirSync(dir).sort()) {
    const m = /^(\d{3})_([a-z0-9_]+)\.sql$/.exec(file);
    if (!m) continue;
    out.push({ version: Number(m[1]), name: m[2]!, sql: readFileSync(new URL(file, dir), 'utf8') });
  }
  out.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`hub/migrations: expected version ${i + 1}, found ${m.version} (${m.name})`);
  });
  return out;
}

/** Applies what is not applied yet; resolves to the versions applied now (none when up to date). */
export async function migrate(db: Database, migrations: Migration[] = readMigrations()): Promise<number[]> {
  return db.transaction(async (tx) => {
    await tx.query(`select pg_advisory_xact_lock(${LOCK_KEY})`);
    await tx.exec(`create table if not exists schema_migrations (
      version integer primary key,
      name text not null,
      applied_at timestamptz not null default now()
    )`);
    const done = new Set((await tx.query<{ version: number }>('select version from schema_migrations')).rows.map((r) => Number(r.version)));
    const applied: number[] = [];
    for (const m of migrations) {
      if (done.has(m.version)) continue;
      await tx.exec(m.sql);
      await tx.query('insert into schema_migrations (version, name) values ($1, $2)', [m.version, m.name]);
      applied.push(m.version);
    }
    return applied;
  });
}
