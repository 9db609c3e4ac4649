// `telltale hub …` through real processes (bin/telltale.js): create a team on a PGlite folder,
// start the hub on a free port, invite and revoke members over HTTP, stop it with SIGINT. Run by
// pglite.test.ts on the data folder its API suite made (PGlite's first start, initdb, is the
// slow part: done once).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { parseEnrolment } from '../../src/team/enrolment.ts';
import { freePort } from './pg-cluster.ts';

const BIN = new URL('../../bin/telltale.js', import.meta.url).pathname;
const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
});

function run(args: string[], timeoutMs = 60_000): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
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

/** `data`: a PGlite data folder no process has open. */
export function hubCliSuite(data: string) {
describe('telltale hub (CLI)', () => {
  it('refuses bad arguments with exit 2 and a clear message, and prints its help', async () => {
    expect(await captured(['hub', '--port', 'eighty'])).toMatchObject({ code: 2, err: expect.stringContaining('--port must be a number') });
    expect(await captured(['hub', '--data', 'x', '--database', 'postgres://h/db'])).toMatchObject({ code: 2, err: expect.stringContaining('not both') });
    expect(await captured(['hub', '--database', 'mysql://h/db'])).toMatchObject({ code: 2, err: expect.stringContaining('postgres://') });
    expect(await captured(['hub', 'team', 'create'])).toMatchObject({ code: 2, err: expect.stringContaining('NAME') });
    expect(await captured(['hub', 'team', 'create', 'Acme', '--url', 'https://hub.example.com/x'])).toMatchObject({ code: 2, err: expect.stringContaining('--url') });
    expect(await captured(['hub', 'invite'])).toMatchObject({ code: 2, err: expect.stringContaining('--code') });
    expect(await captured(['hub', 'invite', '--code', 'telltale-team:xx'])).toMatchObject({ code: 2, err: expect.stringContaining('cut or altered') });
    expect(await captured(['hub', '--frobnicate'])).toMatchObject({ code: 2, err: expect.stringContaining('unknown option --frobnicate') });
    const help = await captured(['hub', '--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('telltale hub team create NAME');
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

    const hub = spawn(process.execPath, [BIN, 'hub', '--data', data, '--port', String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(hub);
    let log = '';
    hub.stdout.on('data', (d: Buffer) => (log += d.toString()));
    hub.stderr.on('data', (d: Buffer) => (log += d.toString()));
    const deadline = Date.now() + 60_000;
    while (!log.includes('listening on') && hub.exitCode === null && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(log).toContain(`Telltale hub listening on ${origin} (PGlite in ${data})`);
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

    const exited = new Promise<number | null>((resolve) => hub.on('exit', (code) => resolve(code)));
    hub.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(log).toContain('Telltale hub stopped');
    expect(existsSync(`${data}/telltale-hub.pid`)).toBe(false);
    expect(await captured(['hub', 'invite', '--code', adminCode])).toMatchObject({ code: 1, err: expect.stringContaining('could not reach the hub') });
  }, 120_000);
});
}
