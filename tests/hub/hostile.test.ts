// What an attacker's review of the hub found (7 December), each held now: dates PostgreSQL stores
// but no client can read back, text it refuses, bodies nested past reason, fresh tokens to dodge the
// rate limit, an Idempotency-Key reused for another report, a team left without an admin, clear
// details in the error log, hostile enrolment codes, and a hostile hub answering the CLI.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { runHub } from '../../hub/cli.ts';
import { openDatabase, type Database } from '../../hub/db.ts';
import { migrate } from '../../hub/migrate.ts';
import { buildHub, FAILED_AUTH_PER_WINDOW } from '../../hub/server.ts';
import { createTeam } from '../../hub/store.ts';
import type { MemberCreated, SightingRequest } from '../../src/team/api.ts';
import { EnrolmentError, ENROLMENT_PREFIX, formatEnrolment, MAX_CODE_CHARS, parseEnrolment } from '../../src/team/enrolment.ts';
import { newTeamKey } from '../../src/team/keys.ts';
import { CLEAR, bundle, keyFor } from './fixtures.ts';

describe('the hub against hostile requests', () => {
  let db: Database;
  let app: FastifyInstance;
  let admin: MemberCreated;
  let bob: MemberCreated;
  const key = newTeamKey();

  beforeAll(async () => {
    db = await openDatabase({ dataDir: null });
    await migrate(db);
    app = await buildHub({ db });
    admin = await createTeam(db, 'Invented Recruiting', 'Ada');
    bob = JSON.parse((await app.inject({ method: 'POST', url: '/v1/members', headers: { authorization: `Bearer ${admin.token}` }, payload: { role: 'member', label: 'Bob' } })).body) as MemberCreated;
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await db?.close();
  });

  const call = async (token: string, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown, headers: Record<string, string> = {}) => {
    const r = await app.inject({ method, url, headers: { authorization: `Bearer ${token}`, ...headers }, ...(payload === undefined ? {} : { payload: payload as object }) });
    return { status: r.statusCode, body: r.body ? (JSON.parse(r.body) as Record<string, unknown>) : null };
  };
  const report = (token: string, b: object, idem: string, profile: string) =>
    call(token, 'POST', '/v1/reports', b, { 'idempotency-key': idem, 'telltale-profile-key': profile, 'content-type': 'application/json' });

  it('refuses times no client could read back: year 1 (stored BC), 30 February', async () => {
    const profile = await keyFor(key, 'profile', CLEAR.profiles[0]);
    const old = { ...bundle('year-one'), createdAt: '0001-01-01T00:00:00+14:00' };
    expect(await report(bob.token, old, 'year-one', profile)).toMatchObject({ status: 400, body: { error: 'invalid_body', message: expect.stringMatching(/createdAt/) } });
    const sighting: SightingRequest = { profile, details: [], level: null, at: '2026-02-30T00:00:00Z' };
    expect(await call(bob.token, 'POST', '/v1/sightings', sighting)).toMatchObject({ status: 400, body: { message: expect.stringMatching(/^at: /) } });
    // The profile still answers.
    expect((await call(bob.token, 'POST', '/v1/sightings', { ...sighting, at: '2026-12-07T10:00:00Z' })).status).toBe(200);
    expect((await call(bob.token, 'GET', `/v1/profiles/${profile}`)).status).toBe(200);
  });

  it('stores text with a NUL or a lone surrogate (as U+FFFD) instead of failing, and refuses bodies nested past reason', async () => {
    const profile = await keyFor(key, 'profile', CLEAR.profiles[1]);
    const b = bundle('nul-report');
    const odd = { ...b, note: 'Called\u0000 twice \udc00', profile: { ...b.profile, name: 'Ada\u0000 Example' } };
    const stored = await report(bob.token, odd, 'nul-report', profile);
    expect(stored.status).toBe(201);
    const label = await call(admin.token, 'POST', '/v1/members', { role: 'member', label: 'Eve\u0000' });
    expect(label).toMatchObject({ status: 201, body: { label: 'Eve\uFFFD' } });
    expect((await call(admin.token, 'PATCH', `/v1/profiles/${profile}`, { status: 'under_review', note: 'see\u0000 report' })).status).toBe(200);
    const { rows } = await db.query<{ note: string }>('select bundle->>\'note\' as note from reports where idempotency_key = $1', ['nul-report']);
    expect(rows[0]!.note).toBe('Called\uFFFD twice \uFFFD');
    // Written as text: 5,000 levels are past what JSON.stringify itself can write.
    const deep = JSON.stringify({ ...b, idempotencyKey: 'deep-report' }).replace('"notChecked":[]', `"notChecked":[${'['.repeat(5_000)}"x"${']'.repeat(5_000)}]`);
    expect(await report(bob.token, deep as unknown as object, 'deep-report', profile)).toMatchObject({ status: 400, body: { message: expect.stringMatching(/nested deeper/) } });
  });

  it('answers an Idempotency-Key reused for another report with 409, and a true retry with the first id', async () => {
    const profile = await keyFor(key, 'profile', CLEAR.profiles[2]);
    const first = await report(bob.token, bundle('shared-key'), 'shared-key', profile);
    expect(first.status).toBe(201);
    expect(await report(bob.token, bundle('shared-key'), 'shared-key', profile)).toMatchObject({ status: 200, body: { id: first.body!.id, duplicate: true } });
    expect(await report(admin.token, bundle('shared-key'), 'shared-key', profile)).toMatchObject({ status: 409, body: { error: 'idempotency_conflict' } });
    expect(await report(bob.token, { ...bundle('shared-key'), note: 'another report' }, 'shared-key', profile)).toMatchObject({ status: 409 });
    const other = await keyFor(key, 'profile', CLEAR.profiles[0]);
    expect(await report(bob.token, bundle('shared-key'), 'shared-key', other)).toMatchObject({ status: 409 });
  });

  it('never leaves a team without an admin', async () => {
    const team = await createTeam(db, 'Solo Team', 'Only');
    expect(await call(team.token, 'DELETE', `/v1/members/${team.member}`)).toMatchObject({ status: 409, body: { error: 'last_admin' } });
    const second = (await call(team.token, 'POST', '/v1/members', { role: 'admin', label: 'Second' })).body as unknown as MemberCreated;
    expect((await call(second.token, 'DELETE', `/v1/members/${team.member}`)).status).toBe(204);
    expect(await call(second.token, 'DELETE', `/v1/members/${second.member}`)).toMatchObject({ status: 409 });
    expect((await call(second.token, 'GET', '/v1/me')).status).toBe(200);
  });

  it('logs what failed, never a report\'s clear details', async () => {
    const failing: Database = {
      ...db,
      query: async (text: string, params?: unknown[]) => {
        if (/insert into reports/.test(text)) throw Object.assign(new Error(`insert failed: ${JSON.stringify(params)}`), { code: 'XX000' });
        return db.query(text, params as never);
      },
      transaction: (fn) => db.transaction((tx) => fn({ query: (text: string, params?: unknown[]) => (/insert into reports/.test(text) ? Promise.reject(Object.assign(new Error(`insert failed: ${JSON.stringify(params)}`), { code: 'XX000' })) : tx.query(text, params as never)) } as never)),
    } as Database;
    const lines: string[] = [];
    const broken = await buildHub({ db: failing, log: { level: 'info', stream: { write: (line: string) => lines.push(line) } } });
    try {
      const profile = await keyFor(key, 'profile', CLEAR.profiles[0]);
      const r = await broken.inject({ method: 'POST', url: '/v1/reports', headers: { authorization: `Bearer ${bob.token}`, 'idempotency-key': 'fails', 'telltale-profile-key': profile }, payload: bundle('fails') });
      expect(r.statusCode).toBe(500);
      expect(JSON.parse(r.body)).toEqual({ error: 'internal', message: 'The hub failed to answer; see its log.' });
      const text = lines.join('');
      const events = text.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(events).toContainEqual(expect.objectContaining({ event: 'internal_error', method: 'POST', route: '/v1/reports', errorCode: 'XX000' }));
      expect(events).toContainEqual(expect.objectContaining({ event: 'request', route: '/v1/reports', status: 500 }));
      for (const clear of [CLEAR.phone, CLEAR.email, 'ada-example', 'Applied twice', 'insert failed']) expect(text).not.toContain(clear);
    } finally {
      await broken.close();
    }
  });

  it('limits fresh unknown tokens per address, as it limits each token', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < FAILED_AUTH_PER_WINDOW + 5; i++) statuses.push((await call(`x${i}${'y'.repeat(40)}`, 'GET', '/v1/me')).status);
    expect(statuses.slice(0, FAILED_AUTH_PER_WINDOW).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(FAILED_AUTH_PER_WINDOW)).toEqual(Array(5).fill(429));
  });
});

describe('hostile enrolment codes, and a hostile hub answering the CLI', () => {
  const good = { v: 1 as const, hub: 'http://127.0.0.1:1', team: `t_${'a'.repeat(22)}`, name: 'Acme', member: `m_${'b'.repeat(22)}`, role: 'admin' as const, token: 'c'.repeat(43), key: 'd'.repeat(43) };
  const encode = (o: unknown) => ENROLMENT_PREFIX + Buffer.from(JSON.stringify(o)).toString('base64url');

  it('refuses an overlong code before decoding it, a version that is not a number, and a name with direction overrides', () => {
    expect(() => parseEnrolment(`${ENROLMENT_PREFIX}${'A'.repeat(MAX_CODE_CHARS)}`)).toThrow(/at most 2000 characters/);
    expect(() => parseEnrolment(encode({ ...good, v: { toString: 1 } }))).toThrow(EnrolmentError);
    expect(() => parseEnrolment(encode({ ...good, name: 'Acme\u202egnp.exe' }))).toThrow(/control or direction/);
    expect(parseEnrolment(formatEnrolment(good)).name).toBe('Acme');
  });

  it('refuses a team name with a direction override before it stores the team', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'telltale-hub-name-'));
    try {
      const out: string[] = [];
      const io = { out: (s: string) => out.push(s), err: (s: string) => out.push(s) };
      expect(await runHub(['team', 'create', 'Acme\u202egnp.exe', '--data', join(dir, 'db')], io)).toBe(2);
      expect(out.join('')).toMatch(/control or direction/);
      expect(existsSync(join(dir, 'db'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('does not read a hub\'s endless answer, and prints no terminal escapes from it', async () => {
    let server: Server | null = null;
    try {
      let mode: 'huge' | 'escape' = 'huge';
      server = createServer((_req, res) => {
        if (mode === 'escape') {
          res.writeHead(403, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ error: 'x', message: 'no \u001b[31mred\u001b[0m' }));
          return;
        }
        res.writeHead(201, { 'content-type': 'application/json' });
        const chunk = Buffer.alloc(64 * 1024, 0x20);
        let sent = 0;
        const more = () => {
          while (sent < 200 && res.write(chunk)) sent++;
          if (sent < 200) res.once('drain', more);
          else res.end();
        };
        more();
      });
      await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
      const hub = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const out: string[] = [];
      const io = { out: (s: string) => out.push(s), err: (s: string) => out.push(s) };
      expect(await runHub(['invite', '--code', formatEnrolment({ ...good, hub })], io)).not.toBe(0);
      expect(out.join('')).toMatch(/over 64 KB/);
      mode = 'escape';
      out.length = 0;
      expect(await runHub(['invite', '--code', formatEnrolment({ ...good, hub })], io)).toBe(1);
      expect(out.join('')).toContain('the hub answered 403: no [31mred[0m');
      expect(out.join('')).not.toContain('\u001b');
    } finally {
      await new Promise((r) => server?.close(r));
    }
  });
});
