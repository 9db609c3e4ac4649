// `telltale hub …`: start the hub, create a team (on the hub's machine, against its database), and
// invite or revoke members over HTTP with an admin's enrolment code. The team key is made here, in
// the admin's process, printed inside the enrolment code once, and never sent to the hub.
import { resolve } from 'node:path';
import * as v from 'valibot';
import { formatEnrolment, parseEnrolment, EnrolmentError, EnrolmentSchema, ROLES, type Role, MEMBER_ID_PATTERN } from '../src/team/enrolment.ts';
import { newTeamKey } from '../src/team/keys.ts';
import type { ApiError, MemberCreated } from '../src/team/api.ts';
import { isPostgresUrl, openDatabase, type Database } from './db.ts';
import { migrate } from './migrate.ts';
import { createTeam } from './store.ts';

export interface HubIo {
  out(s: string): void;
  err(s: string): void;
}

export const DEFAULT_PORT = 8740;
export const DEFAULT_DATA = 'telltale-hub-data';

export const HUB_USAGE = `Usage:
  telltale hub [--data DIR | --database postgres://…] [--port N] [--host H] [--trust-proxy]
      Start the team hub: an HTTP API on http://127.0.0.1:${DEFAULT_PORT} (--host 0.0.0.0 to serve
      other machines, best behind a TLS proxy). Embedded PostgreSQL (PGlite) in DIR by default
      (./${DEFAULT_DATA}); --database runs on a PostgreSQL server instead. Migrations run at start.
      Stops on Ctrl-C (SIGINT) or SIGTERM.

  telltale hub team create NAME [--data DIR | --database URL] [--url ORIGIN] [--label LABEL]
      Create a team on this hub's database and print its first admin's enrolment code. The team key
      is made here and is only in that code: keep it safe, the hub never sees it. ORIGIN is the
      address members reach the hub at (default http://127.0.0.1:${DEFAULT_PORT}). With PGlite, run
      it while the hub is stopped.

  telltale hub invite --code ADMIN_CODE [--role member|admin] [--name LABEL]
      Ask the hub (over HTTP) for a new member and print that member's enrolment code.

  telltale hub revoke --code ADMIN_CODE --member MEMBER_ID
      Revoke a member: its token is refused from now on.
`;

class UsageError extends Error {}

/** --name value and --flag pairs; positional words in order. Unknown flags are refused. */
function parseArgs(argv: readonly string[], valued: readonly string[], flags: readonly string[] = []) {
  const values = new Map<string, string>();
  const set = new Set<string>();
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith('--')) {
      const [name, inline] = a.split(/=(.*)/s, 2) as [string, string | undefined];
      if (flags.includes(name) && inline === undefined) {
        set.add(name);
        continue;
      }
      if (!valued.includes(name)) throw new UsageError(`unknown option ${name}`);
      const value = inline ?? argv[++i];
      if (value === undefined || (inline === undefined && value.startsWith('--'))) throw new UsageError(`${name} needs a value`);
      values.set(name, value);
    } else {
      words.push(a);
    }
  }
  return { values, set, words };
}

function databaseOptions(values: Map<string, string>) {
  const url = values.get('--database');
  const data = values.get('--data');
  if (url !== undefined && data !== undefined) throw new UsageError('give --data or --database, not both');
  if (url !== undefined && !isPostgresUrl(url)) throw new UsageError('--database must be a postgres:// or postgresql:// URL');
  return url !== undefined ? { url } : { dataDir: resolve(data ?? DEFAULT_DATA) };
}

const where = (o: { url?: string; dataDir?: string }) => (o.url ? `PostgreSQL server ${redact(o.url)}` : `PGlite in ${o.dataDir}`);
const redact = (url: string) => url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@');

export async function runHub(argv: readonly string[], io: HubIo): Promise<number> {
  try {
    if (argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
      io.out(HUB_USAGE);
      return 0;
    }
    if (argv[0] === 'team') return await teamCommand(argv.slice(1), io);
    if (argv[0] === 'invite') return await inviteCommand(argv.slice(1), io);
    if (argv[0] === 'revoke') return await revokeCommand(argv.slice(1), io);
    return await serveCommand(argv, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`telltale hub: ${e.message}\n\n${HUB_USAGE}`);
      return 2;
    }
    if (e instanceof EnrolmentError) {
      io.err(`telltale hub: ${e.message}\n`);
      return 2;
    }
    io.err(`telltale hub: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}

async function openMigrated(o: { url?: string; dataDir?: string }): Promise<Database> {
  const db = await openDatabase(o);
  try {
    await migrate(db);
  } catch (e) {
    await db.close();
    throw e;
  }
  return db;
}

async function serveCommand(argv: readonly string[], io: HubIo): Promise<number> {
  const { values, set, words } = parseArgs(argv, ['--data', '--database', '--port', '--host'], ['--trust-proxy']);
  if (words.length > 0) throw new UsageError(`unexpected "${words[0]}"`);
  const o = databaseOptions(values);
  const portText = values.get('--port') ?? String(DEFAULT_PORT);
  if (!/^\d{1,5}$/.test(portText) || Number(portText) > 65535) throw new UsageError('--port must be a number from 0 to 65535');
  const host = values.get('--host') ?? '127.0.0.1';
  const db = await openMigrated(o);
  const { buildHub } = await import('./server.ts');
  const app = await buildHub({ db, trustProxy: set.has('--trust-proxy') });
  try {
    await app.listen({ port: Number(portText), host });
  } catch (e) {
    await db.close();
    throw e;
  }
  const address = app.server.address();
  const shown = address && typeof address === 'object' ? `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}` : `${host}:${portText}`;
  io.out(`Telltale hub listening on ${shown} (${where(o)})\n`);
  await new Promise<void>((done) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      done();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await app.close();
  await db.close();
  io.out('Telltale hub stopped\n');
  return 0;
}

function originOf(text: string): string {
  try {
    const u = new URL(text);
    if ((u.protocol === 'http:' || u.protocol === 'https:') && (u.pathname === '/' || u.pathname === '') && !u.search && !u.hash) return u.origin;
  } catch {
    /* refused below */
  }
  throw new UsageError(`--url must be an origin such as https://hub.example.com, not "${text}"`);
}

async function teamCommand(argv: readonly string[], io: HubIo): Promise<number> {
  const { values, words } = parseArgs(argv, ['--data', '--database', '--url', '--label']);
  if (words[0] !== 'create') throw new UsageError(words[0] ? `unknown team command "${words[0]}"` : 'say "team create NAME"');
  if (words.length !== 2) throw new UsageError('team create takes one NAME (quote a name with spaces)');
  const name = words[1]!.trim();
  if (name === '' || name.length > 200) throw new UsageError('NAME must be 1 to 200 characters');
  const hub = originOf(values.get('--url') ?? `http://127.0.0.1:${DEFAULT_PORT}`);
  // The name goes into the enrolment code: checked before the team is stored, so no team is made whose code cannot be.
  const nameCheck = v.safeParse(EnrolmentSchema.entries.name, name);
  if (!nameCheck.success) throw new UsageError(`NAME: ${nameCheck.issues[0]!.message}`);
  const o = databaseOptions(values);
  const db = await openMigrated(o);
  let created: MemberCreated;
  try {
    created = await createTeam(db, name, values.get('--label') ?? null);
  } finally {
    await db.close();
  }
  const code = formatEnrolment({ v: 1, hub, team: created.team, name, member: created.member, role: 'admin', token: created.token, key: newTeamKey() });
  io.err(`Team "${name}" created (${created.team}) on ${where(o)}.\nIts first admin's enrolment code follows. It holds the team key, which exists nowhere else: keep it safe and share it only with that admin.\n`);
  io.out(`${code}\n`);
  return 0;
}

async function call(code: string, method: string, path: string, body?: unknown): Promise<Response> {
  const e = parseEnrolment(code);
  try {
    return await fetch(`${e.hub}${path}`, {
      method,
      headers: { authorization: `Bearer ${e.token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      redirect: 'manual',
      signal: AbortSignal.timeout(20_000),
    });
  } catch (err) {
    throw new Error(`could not reach the hub at ${e.hub}: ${err instanceof Error ? (err.cause instanceof Error ? err.cause.message : err.message) : String(err)}`, { cause: err });
  }
}

/** What a hub answers is read up to this many bytes: a hostile or broken one cannot fill the memory. */
const MAX_ANSWER_BYTES = 64 * 1024;

async function answerText(r: Response): Promise<string> {
  if (!r.body) return '';
  const reader = r.body.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_ANSWER_BYTES) {
      await reader.cancel();
      throw new Error(`the hub's answer is over ${MAX_ANSWER_BYTES / 1024} KB: not a Telltale hub`);
    }
    parts.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(parts));
}

/** Text from the hub as it may be printed: no control characters (terminal escapes) nor direction overrides. */
const printable = (s: string) => s.replace(/[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, '').slice(0, 500);

async function failure(r: Response): Promise<string> {
  const text = await answerText(r).catch(() => '');
  try {
    const e = JSON.parse(text) as ApiError;
    return `the hub answered ${r.status}: ${printable(String(e.message))}`;
  } catch {
    return `the hub answered ${r.status}`;
  }
}

function adminCode(values: Map<string, string>): string {
  const code = values.get('--code');
  if (code === undefined) throw new UsageError('--code ADMIN_CODE is required');
  return code;
}

async function inviteCommand(argv: readonly string[], io: HubIo): Promise<number> {
  const { values, words } = parseArgs(argv, ['--code', '--role', '--name']);
  if (words.length > 0) throw new UsageError(`unexpected "${words[0]}"`);
  const code = adminCode(values);
  const role = (values.get('--role') ?? 'member') as Role;
  if (!ROLES.includes(role)) throw new UsageError(`--role must be ${ROLES.join(' or ')}`);
  const admin = parseEnrolment(code);
  const r = await call(code, 'POST', '/v1/members', { role, label: values.get('--name') ?? null });
  if (r.status !== 201) {
    io.err(`telltale hub invite: ${await failure(r)}\n`);
    return 1;
  }
  const m = JSON.parse(await answerText(r)) as MemberCreated;
  // formatEnrolment checks what the hub sent (a member id, a role, a token) before it goes into a code.
  const memberCode = formatEnrolment({ v: 1, hub: admin.hub, team: admin.team, name: admin.name, member: m.member, role: m.role, token: m.token, key: admin.key });
  io.err(`Member ${m.member} (${m.role}${m.label ? `, ${printable(String(m.label))}` : ''}) invited to "${admin.name}". Their enrolment code follows; it holds the team key: share it only with them.\n`);
  io.out(`${memberCode}\n`);
  return 0;
}

async function revokeCommand(argv: readonly string[], io: HubIo): Promise<number> {
  const { values, words } = parseArgs(argv, ['--code', '--member']);
  if (words.length > 0) throw new UsageError(`unexpected "${words[0]}"`);
  const code = adminCode(values);
  const member = values.get('--member') ?? '';
  if (!MEMBER_ID_PATTERN.test(member)) throw new UsageError('--member must be a member id (m_…)');
  const r = await call(code, 'DELETE', `/v1/members/${member}`);
  if (r.status !== 204) {
    io.err(`telltale hub revoke: ${await failure(r)}\n`);
    return 1;
  }
  io.out(`Member ${member} revoked.\n`);
  return 0;
}
