// `telltale hub …` through real processes (bin/telltale.js): create a team on a PGlite folder,
// start the hub on a free port, invite and revoke members over HTTP (the admin's code on the
// command line, in the environment, on stdin), stop it with SIGINT, and with SIGTERM in the
// middle of a stream of reports (every one answered 2xx is stored, none refused is). Run by
// pglite.test.ts on the data folder its API suite made (PGlite's first start, initdb, is the
// slow part: done once).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../hub/db.ts';
import { createTeam } from '../../hub/store.ts';
import { main } from '../../src/cli/main.ts';
import { parseEnrolment } from '../../src/team/enrolment.ts';
import { CLEAR, bundle, keyFor, teamKey } from './fixtures.ts';
import { freePort } from './pg-cluster.ts';

const BIN = new URL('../../bin/telltale.js', import.meta.url).pathname;
const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
});

function run(args: string[], opts: { env?: Record<string, string>; input?: string; timeoutMs?: number } = {}): Promise<{ code: number | null; out: string; err: string }> {
  const timeoutMs = opts.timeoutMs ?? 60_000;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'], env: { ...process.env, ...opts.env } });
    children.push(child);
    if (opts.input !== undefined) child.stdin!.end(opts.input);
    let out = '';
    let err = '';
    child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`telltale ${args.join(' ')} took over ${timeoutMs} ms\n${out}\n${err}`));
    }, timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, out, err });
    });
  });
}

async function captured(argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

/** `telltale hub` on a folder, started: its process, the log it writes (stdout and stderr), and its origin. */
async function startHub(data: string, port: number, extra: string[] = []) {
  const hub = spawn(process.execPath, [BIN, 'hub', '--data', data, '--port', String(port), ...extra], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(hub);
  const logs = { out: '', err: '' };
  hub.stdout.on('data', (d: Buffer) => (logs.out += d.toString()));
  hub.stderr.on('data', (d: Buffer) => (logs.err += d.toString()));
  const deadline = Date.now() + 60_000;
  while (!logs.out.includes('listening on') && hub.exitCode === null && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  const exited = new Promise<number | null>((resolve) => hub.on('exit', (code) => resolve(code)));
  return { hub, logs, exited };
}

/** `data`: a PGlite data folder no process has open. */
export function hubCliSuite(data: string) {
describe('telltale hub (CLI)', () => {
  it('refuses bad arguments with exit 2 and a clear message, and prints its help', async () => {
    expect(await captured(['hub', '--port', 'eighty'])).toMatchObject({ code: 2, err: expect.stringContaining('--port must be a number') });
    expect(await captured(['hub', '--data', 'x', '--database', 'postgres://h/db'])).toMatchObject({ code: 2, err: expect.stringContaining('not both') });
    expect(await captured(['hub', '--database', 'mysql://h/db'])).toMatchObject({ code: 2, err: expect.stringContaining('postgres://') });
    expect(await captured(['hub', 'team', 'create'])).toMatchObject({ code: 2, err: expect.stringContaining('NAME') });
    expect(await captured(['hub', 'team', 'create', 'Acme', '--url', 'https://hub.example.com/x'])).toMatchObject({ code: 2, err: expect.stringContaining('--url') });
    expect(await captured(['hub', 'invite'])).toMatchObject({ code: 2, err: expect.stringContaining('TELLTALE_HUB_CODE') });
    let empty = '';
    const io = { out: () => undefined, err: (s: string) => void (empty += s), readLine: async () => '' };
    expect(await main(['hub', 'revoke', '--code', '-', '--member', 'm_x'], io)).toBe(2);
    expect(empty).toContain('standard input held no code');
    expect(await captured(['hub', 'invite', '--code', 'telltale-team:xx'])).toMatchObject({ code: 2, err: expect.stringContaining('cut or altered') });
    expect(await captured(['hub', '--frobnicate'])).toMatchObject({ code: 2, err: expect.stringContaining('unknown option --frobnicate') });
    const help = await captured(['hub', '--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('telltale hub team create NAME');
    expect(help.out).toContain('visible to the other users of this machine');
    expect(help.out).toContain('--log-level');
    expect(await captured(['hub', '--log-level', 'loud'])).toMatchObject({ code: 2, err: expect.stringContaining('--log-level must be one of') });
    process.env.TELLTALE_HUB_LOG_LEVEL = 'chatty';
    try {
      expect(await captured(['hub'])).toMatchObject({ code: 2, err: expect.stringContaining('TELLTALE_HUB_LOG_LEVEL must be one of') });
    } finally {
      delete process.env.TELLTALE_HUB_LOG_LEVEL;
    }
    expect((await captured(['--help'])).out).toContain('hub invite --code ADMIN_CODE');
  });

  it('creates a team, serves it, invites and revokes members, and stops on SIGINT', async () => {
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    const created = await run(['hub', 'team', 'create', 'Acme Recruiting', '--data', data, '--url', origin]);
    expect(created.code, created.err).toBe(0);
    expect(created.err).toContain('Team "Acme Recruiting" created');
    const adminCode = created.out.trim();
    const admin = parseEnrolment(adminCode);
    expect(admin).toMatchObject({ hub: origin, name: 'Acme Recruiting', role: 'admin' });

    const { hub, logs, exited } = await startHub(data, port);
    expect(logs.out).toContain(`Telltale hub listening on ${origin} (PGlite in ${data})`);
    // PGlite is one process per folder: a second one is refused while the hub runs (its lock file, before PGlite opens).
    expect(await captured(['hub', 'team', 'create', 'Other', '--data', data])).toMatchObject({ code: 1, err: expect.stringContaining('in use by process') });

    const invited = await run(['hub', 'invite', '--code', adminCode, '--name', 'Bob']);
    expect(invited.code, invited.err).toBe(0);
    const bob = parseEnrolment(invited.out.trim());
    expect(bob).toMatchObject({ hub: origin, team: admin.team, name: 'Acme Recruiting', role: 'member', key: admin.key });
    expect(bob.token).not.toBe(admin.token);
    const me = (token: string) => fetch(`${origin}/v1/me`, { headers: { authorization: `Bearer ${token}` } });
    expect(await (await me(bob.token)).json()).toMatchObject({ member: bob.member, role: 'member', label: 'Bob' });
    // A member's code cannot invite (in this process: the same code, over the same HTTP).
    expect(await captured(['hub', 'invite', '--code', invited.out.trim()])).toMatchObject({ code: 1, err: expect.stringContaining('403') });

    const revoked = await captured(['hub', 'revoke', '--code', adminCode, '--member', bob.member]);
    expect(revoked).toMatchObject({ code: 0, out: expect.stringContaining('revoked') });
    const after = await me(bob.token);
    expect(after.status).toBe(401);
    expect(await after.json()).toMatchObject({ error: 'unauthorized' });

    // The admin's code without putting it on the command line: from the environment, and from stdin.
    const fromEnv = await run(['hub', 'invite', '--name', 'Carol'], { env: { TELLTALE_HUB_CODE: adminCode } });
    expect(fromEnv.code, fromEnv.err).toBe(0);
    const carol = parseEnrolment(fromEnv.out.trim());
    expect(carol).toMatchObject({ team: admin.team, role: 'member', key: admin.key });
    const fromStdin = await run(['hub', 'revoke', '--code', '-', '--member', carol.member], { input: `${adminCode}\n`, env: { TELLTALE_HUB_CODE: 'telltale-team:not-this-one' } });
    expect(fromStdin).toMatchObject({ code: 0, out: expect.stringContaining(`Member ${carol.member} revoked`) });
    expect((await me(carol.token)).status).toBe(401);
    // The hub's log: JSON lines on stderr, none of them holding a token or a code.
    const lines = logs.err.trim().split('\n').map((l) => JSON.parse(l) as { event?: string; route?: string });
    expect(lines.filter((l) => l.event === 'request' && l.route === '/v1/members').length).toBe(3); // Bob, the member's refused try, Carol
    for (const secret of [admin.token, bob.token, carol.token, adminCode.slice(20, 60)]) expect(logs.err).not.toContain(secret);

    hub.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(logs.out).toContain('Telltale hub stopped');
    expect(existsSync(`${data}/telltale-hub.pid`)).toBe(false);
    expect(await captured(['hub', 'invite', '--code', adminCode])).toMatchObject({ code: 1, err: expect.stringContaining('could not reach the hub') });
  }, 120_000);

  it('stops on SIGTERM after the requests in flight: every report answered 2xx is stored, later ones are refused', async () => {
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    // The team made here, not by a `team create` process: one process start less.
    const setup = await openDatabase({ dataDir: data });
    const admin = await createTeam(setup, 'Drain team').finally(() => setup.close());
    const { hub, logs, exited } = await startHub(data, port);
    expect(logs.out).toContain('listening on');
    const profile = await keyFor(teamKey(), 'profile', CLEAR.profiles[0]);

    // 12 clients each send reports one after another (distinct Idempotency-Keys); SIGTERM once 30
    // were accepted. A client stops at its first refused connection, or after 40 reports.
    const sent: { id: string; outcome: string }[] = [];
    let accepted = 0;
    await Promise.all(
      Array.from({ length: 12 }, async (_, client) => {
        for (let i = 0; i < 40; i++) {
          const id = `drain-${client}-${i}`;
          let outcome: string;
          try {
            const r = await fetch(`${origin}/v1/reports`, {
              method: 'POST',
              headers: { authorization: `Bearer ${admin.token}`, 'content-type': 'application/json', 'idempotency-key': id, 'telltale-profile-key': profile },
              body: JSON.stringify(bundle(id)),
              signal: AbortSignal.timeout(30_000),
            });
            await r.arrayBuffer();
            outcome = String(r.status);
            if (r.ok && ++accepted === 30) hub.kill('SIGTERM');
          } catch (e) {
            outcome = (e as { cause?: { code?: string } }).cause?.code ?? 'network';
          }
          sent.push({ id, outcome });
          if (!/^\d+$/.test(outcome)) break;
        }
      }),
    );
    expect(await exited).toBe(0);
    expect(logs.out).toContain('Telltale hub stopped');
    // Gone: a request now finds no one listening, rather than anything half-done.
    await expect(fetch(`${origin}/healthz`)).rejects.toMatchObject({ cause: { code: 'ECONNREFUSED' } });

    const ok = sent.filter((s) => /^2/.test(s.outcome)).map((s) => s.id);
    const refused = sent.filter((s) => s.outcome === '503').map((s) => s.id);
    const db = await openDatabase({ dataDir: data });
    let stored: string[];
    try {
      stored = (await db.query<{ k: string }>("select idempotency_key as k from reports where team_id = $1 and idempotency_key like 'drain-%'", [admin.team])).rows.map((r) => r.k);
    } finally {
      await db.close();
    }
    const counts: Record<string, number> = {};
    for (const s of sent) counts[s.outcome] = (counts[s.outcome] ?? 0) + 1;
    console.log(`hub stop under load: ${sent.length} reports sent, answered ${JSON.stringify(counts)}; ${stored.length} stored`);
    expect(ok.length).toBeGreaterThanOrEqual(30);
    expect(sent.length).toBeGreaterThan(ok.length); // some came after the stop began
    expect(new Set(stored).size).toBe(stored.length);
    expect(stored).toEqual(expect.arrayContaining(ok));
    for (const id of refused) expect(stored).not.toContain(id);
    for (const id of stored) expect(sent.map((s) => s.id)).toContain(id);
    // The stop, as the log tells it: JSON lines, every request in flight finished, nothing forced.
    const events = logs.err.trim().split('\n').map((l) => JSON.parse(l) as { event?: string; signal?: string; forced?: boolean });
    expect(events.find((e) => e.event === 'stopping')).toMatchObject({ signal: 'SIGTERM' });
    expect(events.find((e) => e.event === 'stopped')).toMatchObject({ forced: false });
    expect(hub.exitCode).toBe(0);
  }, 120_000);
});
}
