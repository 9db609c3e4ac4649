// `telltale hub …`: start the hub, create a team (on the hub's machine, against its database), and
// invite or revoke members over HTTP with an admin's enrolment code. The team key is made here, in
// the admin's process, printed inside the enrolment code once, and never sent to the hub.
import { resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import * as v from 'valibot';
import { formatEnrolment, parseEnrolment, EnrolmentError, EnrolmentSchema, ROLES, type Role, MEMBER_ID_PATTERN } from '../src/team/enrolment.ts';
import { newTeamKey } from '../src/team/keys.ts';
import type { ApiError, MemberCreated } from '../src/team/api.ts';
import { isPostgresUrl, openDatabase, type Database } from './db.ts';
import { migrate } from './migrate.ts';
import { createTeam } from './store.ts';
import { LOG_LEVELS, isLogLevel, type LogLevel } from './log.ts';

export interface HubIo {
  out(s: string): void;
  err(s: string): void;
  /** The first line of standard input (`--code -`); the process's own stdin when absent. */
  readLine?(): Promise<string>;
}

export const DEFAULT_PORT = 8740;
export const DEFAULT_DATA = 'telltale-hub-data';
/** The environment variable an admin's enrolment code may come from instead of --code. */
export const CODE_ENV = 'TELLTALE_HUB_CODE';
/** The environment variable the log level may come from instead of --log-level. */
export const LOG_LEVEL_ENV = 'TELLTALE_HUB_LOG_LEVEL';
/** How long a stop waits for the requests in flight before it closes their connections. */
export const DRAIN_MS = 10_000;

export const HUB_USAGE = `Usage:
  telltale hub [--data DIR | --database postgres://…] [--port N] [--host H] [--trust-proxy]
              [--log-level LEVEL]
      Start the team hub: an HTTP API on http://127.0.0.1:${DEFAULT_PORT} (--host 0.0.0.0 to serve
      other machines, best behind a TLS proxy). Embedded PostgreSQL (PGlite) in DIR by default
      (./${DEFAULT_DATA}); --database runs on a PostgreSQL server instead. Migrations run at start.
      Logs JSON lines on stderr (pino): one per request and per event, no personal data; LEVEL is
      ${LOG_LEVELS.join(', ')} (default info; or $${LOG_LEVEL_ENV}).
      Ctrl-C (SIGINT) or SIGTERM stops it: no new connections, the requests in flight finish (at
      most ${DRAIN_MS / 1000} s), the database is closed, exit 0.

  telltale hub team create NAME [--data DIR | --database URL] [--url ORIGIN] [--label LABEL]
      Create a team on this hub's database and print its first admin's enrolment code. The team key
      is made here and is only in that code: keep it safe, the hub never sees it. ORIGIN is the
      address members reach the hub at (default http://127.0.0.1:${DEFAULT_PORT}). With PGlite, run
      it while the hub is stopped.

  telltale hub invite [--code ADMIN_CODE | --code -] [--role member|admin] [--name LABEL]
      Ask the hub (over HTTP) for a new member and print that member's enrolment code.

  telltale hub revoke [--code ADMIN_CODE | --code -] --member MEMBER_ID
      Revoke a member: its token is refused from now on.

  The admin's code: "--code -" reads it from the first line of standard input; without --code, it
  is read from $${CODE_ENV}. A code written on the command line itself is
  visible to the other users of this machine (ps) and stays in the shell's history: prefer
  stdin or the variable.
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

function logLevel(values: Map<string, string>): LogLevel {
  const given = values.get('--log-level');
  const level = given ?? process.env[LOG_LEVEL_ENV] ?? 'info';
  if (!isLogLevel(level)) throw new UsageError(`${given !== undefined ? '--log-level' : LOG_LEVEL_ENV} must be one of ${LOG_LEVELS.join(', ')}`);
  return level;
}

async function serveCommand(argv: readonly string[], io: HubIo): Promise<number> {
  const { values, set, words } = parseArgs(argv, ['--data', '--database', '--port', '--host', '--log-level'], ['--trust-proxy']);
  if (words.length > 0) throw new UsageError(`unexpected "${words[0]}"`);
  const o = databaseOptions(values);
  const portText = values.get('--port') ?? String(DEFAULT_PORT);
  if (!/^\d{1,5}$/.test(portText) || Number(portText) > 65535) throw new UsageError('--port must be a number from 0 to 65535');
  const host = values.get('--host') ?? '127.0.0.1';
  const level = logLevel(values);
  const db = await openMigrated(o);
  const { buildHub } = await import('./server.ts');
  const app = await buildHub({ db, trustProxy: set.has('--trust-proxy'), log: { level, stream: process.stderr } });
  // Listening on signals from here: a signal during the start still closes the database.
  let signalled: (signal: NodeJS.Signals) => void = () => undefined;
  const signals: NodeJS.Signals[] = [];
  const onSignal = (signal: NodeJS.Signals) => {
    signals.push(signal);
    signalled(signal);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    try {
      await app.listen({ port: Number(portText), host, listenTextResolver: (address) => `listening on ${address}` });
    } catch (e) {
      await app.close();
      await db.close();
      throw e;
    }
    const address = app.server.address();
    const shown = address && typeof address === 'object' ? `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}` : `${host}:${portText}`;
    app.log.info({ event: 'started', address: shown, engine: db.engine }, 'hub started');
    io.out(`Telltale hub listening on ${shown} (${where(o)})\n`);
    const signal = signals[0] ?? (await new Promise<NodeJS.Signals>((done) => (signalled = done)));
    await stop(app, db, signal, () => new Promise<void>((done) => (signalled = () => done())));
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  io.out('Telltale hub stopped\n');
  return 0;
}

/**
 * A graceful stop: the listening socket closes (new connections are refused), idle keep-alive
 * connections close, a request arriving on a busy one is answered 503 (Fastify's
 * return503OnClosing: nothing stored, the client retries), and the requests in flight finish, each
 * written before its 2xx. After DRAIN_MS, or at a second signal, the connections still open are
 * closed; then the database is (PGlite writes its folder out).
 */
async function stop(app: FastifyInstance, db: Database, signal: NodeJS.Signals, another: () => Promise<void>): Promise<void> {
  const started = Date.now();
  app.log.info({ event: 'stopping', signal, drainMs: DRAIN_MS }, 'stopping: refusing new connections, finishing the requests in flight');
  let forced = false;
  const force = () => {
    if (forced) return;
    forced = true;
    app.server.closeAllConnections();
  };
  const timer = setTimeout(force, DRAIN_MS);
  void another().then(force);
  try {
    await app.close();
  } finally {
    clearTimeout(timer);
  }
  await db.close();
  app.log.info({ event: 'stopped', ms: Date.now() - started, forced }, forced ? 'stopped: connections still open were closed' : 'stopped: every request in flight finished');
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

/** The admin's code: --code CODE, --code - (the first line of stdin), or $TELLTALE_HUB_CODE. */
async function adminCode(values: Map<string, string>, io: HubIo): Promise<string> {
  const given = values.get('--code');
  if (given === '-') {
    const line = (await (io.readLine ?? readStdinLine)()).trim();
    if (line === '') throw new UsageError('--code -: standard input held no code');
    return line;
  }
  if (given !== undefined) return given;
  const fromEnv = process.env[CODE_ENV]?.trim();
  if (fromEnv) return fromEnv;
  throw new UsageError(`the admin's code is required: --code - (stdin), $${CODE_ENV}, or --code ADMIN_CODE`);
}

/** Enough for any enrolment code (capped at 2,000 characters): a longer line is not one. */
const MAX_CODE_LINE = 8 * 1024;

/** Standard input up to its first newline (or its end), at most MAX_CODE_LINE characters. */
function readStdinLine(): Promise<string> {
  return new Promise((resolve, reject) => {
    const input = process.stdin;
    let text = '';
    const finish = (error?: Error) => {
      input.off('data', onData).off('end', onEnd).off('error', finish);
      // Nothing more is read: a pipe or terminal left open must not keep the process alive.
      input.destroy();
      if (error) reject(error);
      else resolve(text.split(/\r?\n/, 1)[0]!);
    };
    const onData = (chunk: Buffer | string) => {
      text += chunk.toString();
      if (text.includes('\n')) finish();
      else if (text.length > MAX_CODE_LINE) finish(new UsageError('--code -: the first line of standard input is too long for an enrolment code'));
    };
    const onEnd = () => finish();
    input.setEncoding('utf8');
    input.on('data', onData).on('end', onEnd).on('error', finish);
  });
}

async function inviteCommand(argv: readonly string[], io: HubIo): Promise<number> {
  const { values, words } = parseArgs(argv, ['--code', '--role', '--name']);
  if (words.length > 0) throw new UsageError(`unexpected "${words[0]}"`);
  const code = await adminCode(values, io);
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
  const code = await adminCode(values, io);
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
