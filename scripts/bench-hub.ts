// `npm run bench:hub`: the team hub under load (issue 26 item 7), on PGlite and on PostgreSQL. The
// hub runs as its own process (`telltale hub`, as a team runs it, logging at info to a file) on
// 127.0.0.1; a team of 200 members is made first; then sightings are sent at a fixed rate (open
// loop: a request leaves when it is due, whether or not the earlier ones were answered), spread
// over the members in turn, with realistic keys: profiles from a pool of a few thousand, each
// carrying the same 2–5 details every time it is seen, some details shared between profiles (a
// fraud ring's phone); and some reports among them. Printed: sightings answered per second, their
// latency (p50, p95, p99, max), errors, the hub process's resident memory (VmRSS sampled, VmHWM),
// and the targets with met / missed.
//
//   npx tsx scripts/bench-hub.ts [--db pglite|postgres|both] [--rate 200] [--duration 20] [--warmup 3]
//                                [--members 200] [--profiles 3000] [--report-share 0.02] [--database postgres://…]
//                                [--keep-log FILE]
//
// PostgreSQL: a throwaway cluster (tests/hub/pg-cluster.ts: Debian's initdb and pg_ctl, as the
// postgres user when root; scripts/ensure-postgres.sh installs them), or --database URL for a
// server of your own (a database the bench may fill). The rate limit (600 requests a minute per
// member) is left as it is: members take turns, so at 200 requests/s each sends 1 a second
// (60 a minute); a 429 would count as an error.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { Agent, request } from 'node:http';
import { closeSync, copyFileSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase, type Database } from '../hub/db.ts';
import { migrate } from '../hub/migrate.ts';
import { createMember, createTeam, type Actor } from '../hub/store.ts';
import { LEVELS } from '../src/team/api.ts';
import { bundle } from '../tests/hub/fixtures.ts';
import { freePort, postgresBin, startCluster, type Cluster } from '../tests/hub/pg-cluster.ts';

const root = resolve(import.meta.dirname, '..');
const BIN = join(root, 'bin/telltale.js');

const TARGET_P99_MS = 50;
const TARGET_RATE = 200;
const TARGET_RSS_MB = 200;
/** Requests in flight past this are not sent (counted as dropped): the generator's memory stays bounded. */
const MAX_IN_FLIGHT = 2_000;
const RATE_LIMIT_PER_MINUTE = 600;

interface Options {
  engines: ('pglite' | 'postgres')[];
  rate: number;
  durationS: number;
  warmupS: number;
  members: number;
  profiles: number;
  reportShare: number;
  database: string | null;
  /** Keep the hub's log: copied to this file (engine name appended). */
  keepLog: string | null;
}

function options(argv: string[]): Options {
  const get = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const num = (name: string, fallback: number, min: number, max: number) => {
    const text = get(name);
    const n = text === undefined ? fallback : Number(text);
    if (!Number.isFinite(n) || n < min || n > max) throw new Error(`${name} must be a number from ${min} to ${max}`);
    return n;
  };
  const db = get('--db') ?? 'both';
  if (!['pglite', 'postgres', 'both'].includes(db)) throw new Error('--db must be pglite, postgres or both');
  return {
    engines: db === 'both' ? ['pglite', 'postgres'] : [db as 'pglite' | 'postgres'],
    rate: num('--rate', TARGET_RATE, 1, 5_000),
    durationS: num('--duration', 20, 1, 600),
    warmupS: num('--warmup', 3, 0, 60),
    members: Math.round(num('--members', 200, 1, 10_000)),
    profiles: Math.round(num('--profiles', 3_000, 1, 1_000_000)),
    reportShare: num('--report-share', 0.02, 0, 1),
    database: get('--database') ?? null,
    keepLog: get('--keep-log') ?? null,
  };
}

const key = () => randomBytes(32).toString('base64url');
const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)]!;

interface Profile {
  key: string;
  details: { kind: 'phone' | 'email' | 'photo' | 'about'; key: string }[];
}

/** Profiles that carry the same details each time: 2–5 each, one in ten drawn from a small shared pool. */
function makeProfiles(n: number): Profile[] {
  const kinds = ['phone', 'email', 'photo', 'about'] as const;
  const shared = new Map(kinds.map((kind) => [kind, Array.from({ length: Math.max(10, Math.round(n / 30)) }, key)]));
  return Array.from({ length: n }, () => {
    const count = 2 + Math.floor(Math.random() * 4);
    const details = Array.from({ length: count }, (_, i) => {
      const kind = kinds[i % kinds.length]!;
      return { kind, key: Math.random() < 0.1 ? pick(shared.get(kind)!) : key() };
    });
    return { key: key(), details };
  });
}

interface Sample {
  kind: 'sighting' | 'report';
  ms: number;
  status: number | string;
  at: number;
}

const percentile = (sorted: number[], p: number) => (sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!);
const f1 = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '–');

/** VmRSS and VmHWM of a process, in MB (Linux /proc); null when unreadable. */
function memoryOf(pid: number): { rss: number; hwm: number } | null {
  try {
    const text = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? NaN);
    return { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024 };
  } catch {
    return null;
  }
}

/** CPU seconds a process has used (user + system, Linux /proc); NaN when unreadable. */
function cpuOf(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (100 a second on Linux)
  } catch {
    return NaN;
  }
}

/** CPU seconds of a PostgreSQL server on this machine listening on `port`: its postmaster, its backends and those that ended; NaN when not found. */
function postgresCpuOf(port: number): number {
  const stat = (pid: string) => readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
  try {
    const pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
    const postmaster = pids.find((pid) => {
      try {
        return new RegExp(`\\0-p\\0?${port}\\0|\\0-p ${port}\\b`).test(readFileSync(`/proc/${pid}/cmdline`, 'latin1')) && /postgres/.test(readFileSync(`/proc/${pid}/comm`, 'latin1'));
      } catch {
        return false;
      }
    });
    if (!postmaster) return NaN;
    let ticks = 0;
    for (const pid of pids) {
      try {
        const f = stat(pid);
        if (pid === postmaster) ticks += Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]);
        else if (f[1] === postmaster) ticks += Number(f[11]) + Number(f[12]);
      } catch {
        /* gone */
      }
    }
    return ticks / 100;
  } catch {
    return NaN;
  }
}

/** A team of `members` members on the hub's database (before the hub starts: PGlite is one process per folder). */
async function makeTeam(db: Database, members: number): Promise<string[]> {
  await migrate(db);
  const admin = await createTeam(db, 'Bench team', 'Admin');
  const actor: Actor = { member: admin.member, team: admin.team, teamName: 'Bench team', role: 'admin', label: 'Admin' };
  const tokens: string[] = [];
  for (let i = 0; i < members; i++) tokens.push((await createMember(db, actor, 'member', `Member ${i + 1}`)).token);
  return tokens;
}

async function startHub(args: string[], logFile: string): Promise<{ child: ChildProcess; origin: string }> {
  const port = await freePort();
  const log = openSync(logFile, 'w');
  const child = spawn(process.execPath, [BIN, 'hub', ...args, '--host', '127.0.0.1', '--port', String(port), '--log-level', 'info'], { cwd: root, stdio: ['ignore', 'pipe', log] });
  closeSync(log);
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  const deadline = Date.now() + 90_000;
  while (!out.includes('listening on') && child.exitCode === null && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  if (!out.includes('listening on')) {
    child.kill('SIGKILL');
    throw new Error(`the hub did not start: ${out}\n${readFileSync(logFile, 'utf8').slice(-2000)}`);
  }
  return { child, origin: `http://127.0.0.1:${port}` };
}

async function stopHub(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return child.exitCode;
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  const code = await exited;
  clearTimeout(timer);
  return code;
}

interface Result {
  engine: string;
  sent: number;
  dropped: number;
  sightingsPerS: number;
  sighting: { p50: number; p95: number; p99: number; max: number; n: number };
  report: { p50: number; p99: number; n: number };
  errors: Record<string, number>;
  rssMaxMb: number;
  hwmMb: number;
  lagP99Ms: number;
  /** CPU used over the run, as a share of one core: the hub, and this generator. */
  hubCpu: number;
  /** The PostgreSQL server's, when it runs on this machine (NaN: PGlite, in the hub's own process). */
  postgresCpu: number;
  generatorCpu: number;
  /** The machine's 1-minute load average at the end (2 cores here: above 2, work waited for a core). */
  load: number;
  /** Sightings as the hub timed them (its log lines' ms, request in to answer out), after the warm-up. */
  hubSide: { p50: number; p99: number; max: number };
  /** Wall-clock time (ms since the epoch) the measured part began. */
  measuredFrom: number;
  logLines: number;
  logWarnings: number;
}

/** Sends at `rate` for warmup + duration; only the samples due after the warm-up count. */
async function drive(origin: string, tokens: string[], profiles: Profile[], o: Options, pid: number, pgPort: number | null): Promise<Omit<Result, 'engine' | 'logLines' | 'logWarnings' | 'hubSide'>> {
  const samples: Sample[] = [];
  const lags: number[] = [];
  let inFlight = 0;
  let sent = 0;
  let dropped = 0;
  let next = 0;
  let reportN = 0;
  let rssMax = 0;
  const sampler = setInterval(() => {
    const m = memoryOf(pid);
    if (m) rssMax = Math.max(rssMax, m.rss);
  }, 100);
  // node:http with keep-alive: a third of fetch's CPU, which this machine's two cores share with the hub and the database.
  const agent = new Agent({ keepAlive: true, maxSockets: 512 });
  const target = new URL(origin);
  const postJson = (path: string, headers: Record<string, string>, body: string) =>
    new Promise<number>((resolve, reject) => {
      const req = request(
        { agent, host: target.hostname, port: target.port, path, method: 'POST', headers: { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
        (res) => {
          res.on('data', () => undefined);
          res.on('end', () => resolve(res.statusCode ?? 0));
          res.on('error', reject);
        },
      );
      req.setTimeout(30_000, () => req.destroy(Object.assign(new Error('timeout'), { code: 'TIMEOUT' })));
      req.on('error', reject);
      req.end(body);
    });
  const send = async (due: number) => {
    const token = tokens[next++ % tokens.length]!;
    const start = performance.now();
    lags.push(start - due);
    const isReport = Math.random() < o.reportShare;
    const profile = pick(profiles);
    let status: number | string;
    try {
      if (isReport) {
        const id = `bench-${process.pid}-${++reportN}`;
        status = await postJson('/v1/reports', { authorization: `Bearer ${token}`, 'idempotency-key': id, 'telltale-profile-key': profile.key }, JSON.stringify(bundle(id)));
      } else {
        const body = JSON.stringify({ profile: profile.key, details: profile.details, level: pick(LEVELS), at: new Date().toISOString() });
        status = await postJson('/v1/sightings', { authorization: `Bearer ${token}` }, body);
      }
    } catch (e) {
      status = (e as { code?: string }).code ?? 'network';
    }
    samples.push({ kind: isReport ? 'report' : 'sighting', ms: performance.now() - start, status, at: due });
  };

  const cpu0 = { hub: cpuOf(pid), postgres: pgPort === null ? NaN : postgresCpuOf(pgPort), generator: process.cpuUsage(), at: performance.now() };
  const t0 = performance.now() + 50;
  const total = Math.round(o.rate * (o.warmupS + o.durationS));
  const measureFrom = t0 + o.warmupS * 1000;
  const pending = new Set<Promise<void>>();
  let i = 0;
  // Each turn sends every request now due: a timer's lateness becomes a burst, not fewer requests.
  while (i < total) {
    const now = performance.now();
    while (i < total && t0 + (i * 1000) / o.rate <= now) {
      const due = t0 + (i * 1000) / o.rate;
      i++;
      if (inFlight >= MAX_IN_FLIGHT) {
        if (due >= measureFrom) dropped++;
        continue;
      }
      inFlight++;
      sent++;
      const p = send(due).finally(() => {
        inFlight--;
        pending.delete(p);
      });
      pending.add(p);
    }
    const wait = t0 + (i * 1000) / o.rate - performance.now();
    await new Promise((r) => setTimeout(r, Math.max(0, Math.min(wait, 5))));
  }
  // Every request answered, or 30 s at most.
  await Promise.race([Promise.all(pending), new Promise((r) => setTimeout(r, 30_000))]);
  clearInterval(sampler);
  agent.destroy();
  const wall = (performance.now() - cpu0.at) / 1000;
  const generatorUsage = process.cpuUsage(cpu0.generator);
  const hubCpu = (cpuOf(pid) - cpu0.hub) / wall;
  const postgresCpu = pgPort === null ? NaN : (postgresCpuOf(pgPort) - cpu0.postgres) / wall;
  const m = memoryOf(pid);
  const counted = samples.filter((s) => s.at >= measureFrom);
  const ok = (s: Sample) => (s.kind === 'sighting' ? s.status === 200 : s.status === 201);
  const sightings = counted.filter((s) => s.kind === 'sighting' && ok(s)).map((s) => s.ms).sort((a, b) => a - b);
  const reports = counted.filter((s) => s.kind === 'report' && ok(s)).map((s) => s.ms).sort((a, b) => a - b);
  const errors: Record<string, number> = {};
  for (const s of counted) if (!ok(s)) errors[`${s.kind} ${s.status}`] = (errors[`${s.kind} ${s.status}`] ?? 0) + 1;
  if (pending.size > 0) errors['unanswered after 30 s'] = pending.size;
  const lagSorted = lags.sort((a, b) => a - b);
  const lastAnswer = Math.max(...counted.map((s) => s.at + s.ms));
  return {
    sent,
    dropped,
    sightingsPerS: sightings.length / ((Math.max(lastAnswer, measureFrom + o.durationS * 1000) - measureFrom) / 1000),
    sighting: { p50: percentile(sightings, 50), p95: percentile(sightings, 95), p99: percentile(sightings, 99), max: sightings.at(-1) ?? NaN, n: sightings.length },
    report: { p50: percentile(reports, 50), p99: percentile(reports, 99), n: reports.length },
    errors,
    rssMaxMb: Math.max(rssMax, m?.rss ?? 0),
    hwmMb: m?.hwm ?? NaN,
    lagP99Ms: percentile(lagSorted, 99),
    measuredFrom: Date.now() - (performance.now() - measureFrom),
    load: loadavg()[0]!,
    hubCpu,
    postgresCpu,
    generatorCpu: (generatorUsage.user + generatorUsage.system) / 1e6 / wall,
  };
}

async function benchEngine(engine: 'pglite' | 'postgres', o: Options, profiles: Profile[]): Promise<Result> {
  const dir = mkdtempSync(join(tmpdir(), `telltale-bench-hub-${engine}-`));
  let cluster: Cluster | null = null;
  let child: ChildProcess | null = null;
  try {
    let hubArgs: string[];
    let tokens: string[];
    if (engine === 'pglite') {
      const data = join(dir, 'data');
      hubArgs = ['--data', data];
      const db = await openDatabase({ dataDir: data });
      try {
        tokens = await makeTeam(db, o.members);
      } finally {
        await db.close();
      }
    } else {
      let url = o.database;
      if (!url) {
        const bin = postgresBin();
        if (!bin) throw new Error('no PostgreSQL binaries (initdb, pg_ctl): bash scripts/ensure-postgres.sh installs them, or give --database URL');
        cluster = await startCluster(bin);
        url = cluster.url();
      }
      hubArgs = ['--database', url];
      const db = await openDatabase({ url });
      try {
        tokens = await makeTeam(db, o.members);
      } finally {
        await db.close();
      }
    }
    const logFile = join(dir, 'hub.log');
    const hub = await startHub(hubArgs, logFile);
    child = hub.child;
    const pgPort = engine === 'postgres' ? Number(new URL(hubArgs[1]!).port || 5432) : null;
    const result = await drive(hub.origin, tokens, profiles, o, child.pid!, pgPort);
    const code = await stopHub(child);
    if (o.keepLog) copyFileSync(logFile, `${o.keepLog}.${engine}`);
    const lines = readFileSync(logFile, 'utf8').split('\n').filter(Boolean);
    const warnings = lines.filter((l) => /"level":(40|50|60)/.test(l));
    const hubMs = lines
      .map((l) => JSON.parse(l) as { time?: string; route?: string; ms?: number })
      .filter((l) => l.route === '/v1/sightings' && typeof l.ms === 'number' && Date.parse(l.time ?? '') >= result.measuredFrom)
      .map((l) => l.ms!)
      .sort((a, b) => a - b);
    if (code !== 0) result.errors[`hub exit ${code}`] = 1;
    return {
      engine: engine === 'pglite' ? 'PGlite' : 'PostgreSQL',
      ...result,
      hubSide: { p50: percentile(hubMs, 50), p99: percentile(hubMs, 99), max: hubMs.at(-1) ?? NaN },
      logLines: lines.length,
      logWarnings: warnings.length,
    };
  } finally {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    await cluster?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
function print(r: Result, o: Options) {
  const errors = Object.entries(r.errors).map(([k, n]) => `${k}: ${n}`).join(', ') || 'none';
  console.log(`\n## ${r.engine}: ${o.rate} requests/s for ${o.durationS} s (after ${o.warmupS} s of warm-up), ${o.members} members, ${o.profiles} profiles, ${(o.reportShare * 100).toFixed(0)} % reports`);
  console.log(`  sent                ${r.sent} (${r.dropped} not sent: over ${MAX_IN_FLIGHT} in flight)`);
  console.log(`  sightings answered  ${r.sighting.n}, ${f1(r.sightingsPerS)}/s`);
  console.log(`  sighting latency    p50 ${f1(r.sighting.p50)} ms, p95 ${f1(r.sighting.p95)} ms, p99 ${f1(r.sighting.p99)} ms, max ${f1(r.sighting.max)} ms`);
  console.log(`  as the hub timed it p50 ${f1(r.hubSide.p50)} ms, p99 ${f1(r.hubSide.p99)} ms, max ${f1(r.hubSide.max)} ms (its log: request in to answer out)`);
  console.log(`  report latency      p50 ${f1(r.report.p50)} ms, p99 ${f1(r.report.p99)} ms (${r.report.n} reports)`);
  console.log(`  errors              ${errors}`);
  console.log(`  hub process memory  VmRSS max ${f1(r.rssMaxMb)} MB (sampled every 100 ms), VmHWM ${f1(r.hwmMb)} MB`);
  const pct = (n: number) => `${(n * 100).toFixed(0)} %`;
  const pgCpu = Number.isFinite(r.postgresCpu) ? `, PostgreSQL ${pct(r.postgresCpu)}` : '';
  console.log(`  CPU (of one core)   hub ${pct(r.hubCpu)}${pgCpu}, this generator ${pct(r.generatorCpu)}; load average ${r.load.toFixed(1)} on ${availableParallelism()} cores`);
  console.log(`  generator           p99 ${f1(r.lagP99Ms)} ms late sending; hub log ${r.logLines} lines, ${r.logWarnings} at warn or above`);
  const atRate = o.rate >= TARGET_RATE && r.sightingsPerS >= 0.95 * o.rate * (1 - o.reportShare);
  const met = (ok: boolean) => (ok ? 'met' : 'MISSED');
  const p99 = atRate ? met(r.sighting.p99 <= TARGET_P99_MS && Object.keys(r.errors).length === 0) : `not judged (below ${TARGET_RATE} requests/s)`;
  console.log(`  target p99 ≤ ${TARGET_P99_MS} ms at ${TARGET_RATE} requests/s${r.engine === 'PostgreSQL' ? '' : ' (set for PostgreSQL)'}: ${p99}`);
  console.log(`  target hub ≤ ${TARGET_RSS_MB} MB${r.engine === 'PostgreSQL' ? '' : ' (set for PostgreSQL)'}: ${met(Math.max(r.rssMaxMb, r.hwmMb || 0) <= TARGET_RSS_MB)}`);
}

const o = options(process.argv.slice(2));
const perMemberPerMinute = (o.rate / o.members) * 60;
console.log(`Hub bench: each member sends ${f1(perMemberPerMinute)} requests a minute (the limit is ${RATE_LIMIT_PER_MINUTE}: ${perMemberPerMinute < RATE_LIMIT_PER_MINUTE ? 'not reached' : 'REACHED, 429s will count as errors'}).`);
const profiles = makeProfiles(o.profiles);
let failed = false;
for (const engine of o.engines) {
  try {
    const r = await benchEngine(engine, o, profiles);
    print(r, o);
  } catch (e) {
    failed = true;
    console.log(`\n## ${engine}: could not run: ${e instanceof Error ? e.message : String(e)}`);
  }
}
process.exit(failed ? 1 : 0);
