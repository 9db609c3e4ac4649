// The hub's log (issue 26 item 6): JSON lines, one per request with the route's pattern, status,
// time and opaque ids, and nothing personal: requests that carry a token, a report bundle with a
// name, phone and e-mail, a profile key in the URL, a dashboard sign-in with an enrolment code's
// token and its cookie, and a bad JSON body, whose secrets then appear in no line. Run by
// pglite.test.ts on its data folder (a PGlite of its own would cost an initdb, ~8 s).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance, InjectOptions } from 'fastify';
import type { Database } from '../../hub/db.ts';
import { scrubLine } from '../../hub/log.ts';
import { migrate } from '../../hub/migrate.ts';
import { buildHub } from '../../hub/server.ts';
import { createTeam } from '../../hub/store.ts';
import { formatEnrolment, parseEnrolment } from '../../src/team/enrolment.ts';
import type { MemberCreated } from '../../src/team/api.ts';
import { CLEAR, bundle, keyFor, teamKey } from './fixtures.ts';

interface Line {
  level: number;
  time: string;
  msg: string;
  event?: string;
  reqId?: string;
  method?: string;
  route?: string | null;
  status?: number;
  ms?: number;
  team?: string | null;
  member?: string | null;
}

export function hubLogSuite(open: () => Promise<Database>) {
describe('the hub’s log', () => {
  let db: Database;
  let app: FastifyInstance;
  let admin: MemberCreated;
  const lines: string[] = [];
  const key = teamKey();

  beforeAll(async () => {
    db = await open();
    await migrate(db);
    admin = await createTeam(db, 'Acme', 'Ada');
    app = await buildHub({ db, log: { level: 'debug', stream: { write: (s: string) => lines.push(s) } } });
    await app.ready();
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await db?.close();
  });

  it('writes one JSON line per request, with the route pattern and opaque ids, and no token, key, code, cookie or report content', async () => {
    const code = formatEnrolment({ v: 1, hub: 'http://hub.test', team: admin.team, name: 'Acme', member: admin.member, role: 'admin', token: admin.token, key });
    const profile = await keyFor(key, 'profile', CLEAR.profiles[0]);
    const phone = await keyFor(key, 'phone', CLEAR.phone);
    const auth = { authorization: `Bearer ${admin.token}` };
    const report = bundle('log-report-1', 'ada-example-1');
    const answers: number[] = [];
    const send = async (opts: InjectOptions) => {
      const r = await app.inject(opts);
      answers.push(r.statusCode);
      return r;
    };
    lines.length = 0;

    await send({ method: 'GET', url: '/v1/me', headers: auth });
    await send({ method: 'POST', url: '/v1/sightings', headers: auth, payload: { profile, details: [{ kind: 'phone', key: phone }], level: 'high', at: '2026-12-01T09:00:00Z' } });
    await send({ method: 'POST', url: '/v1/reports', headers: { ...auth, 'idempotency-key': 'log-report-1', 'telltale-profile-key': profile }, payload: report as unknown as Record<string, unknown> });
    await send({ method: 'GET', url: `/v1/profiles/${profile}`, headers: auth });
    await send({ method: 'PATCH', url: `/v1/profiles/${profile}`, headers: auth, payload: { status: 'under_review', note: `Called ${CLEAR.phone}` } });
    // Refused ones: a token that is not a member's, a body that is not JSON, an unknown route with a key in it.
    await send({ method: 'GET', url: '/v1/me', headers: { authorization: `Bearer ${'Q'.repeat(43)}` } });
    await send({ method: 'POST', url: '/v1/sightings', headers: { ...auth, 'content-type': 'application/json' }, payload: `{"profile":"${profile}","email":"${CLEAR.email}"` });
    await send({ method: 'GET', url: `/v1/profiles/${profile}/${CLEAR.email}?token=${admin.token}` });
    // The dashboard: sign in with the token an enrolment code holds, then use the session's cookie.
    const signIn = await send({ method: 'POST', url: '/dashboard/session', headers: { host: 'hub.test', origin: 'http://hub.test' }, payload: { token: parseEnrolment(code).token } });
    const cookie = String(signIn.headers['set-cookie']).split(';')[0]!;
    const csrf = (JSON.parse(signIn.body) as { csrf: string }).csrf;
    await send({ method: 'GET', url: '/dashboard/api/reports', headers: { host: 'hub.test', cookie } });
    await send({ method: 'GET', url: '/healthz' });
    expect(answers).toEqual([200, 200, 201, 200, 200, 401, 400, 404, 201, 200, 200]);

    const text = lines.join('');
    const parsed = text.trim().split('\n').map((l) => JSON.parse(l) as Line);
    const requests = parsed.filter((l) => l.event === 'request');
    expect(requests.map((l) => `${l.method} ${l.route} ${l.status}`)).toEqual([
      'GET /v1/me 200',
      'POST /v1/sightings 200',
      'POST /v1/reports 201',
      'GET /v1/profiles/:key 200',
      'PATCH /v1/profiles/:key 200',
      'GET /v1/me 401',
      'POST /v1/sightings 400',
      'GET null 404',
      'POST /dashboard/session 201',
      'GET /dashboard/api/reports 200',
      'GET /healthz 200',
    ]);
    for (const l of requests) {
      expect(l).toMatchObject({ level: expect.any(Number), time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), reqId: expect.any(String), msg: 'request', ms: expect.any(Number) });
      expect(Object.keys(l).sort()).toEqual(['event', 'hostname', 'level', 'member', 'method', 'ms', 'msg', 'pid', 'reqId', 'route', 'status', 'team', 'time']);
    }
    // Who asked, as opaque ids: the bearer's, and the dashboard session's.
    expect(requests[0]).toMatchObject({ team: admin.team, member: admin.member, level: 30 });
    expect(requests[5]).toMatchObject({ team: null, member: null });
    expect(requests[9]).toMatchObject({ team: admin.team, member: admin.member });
    expect(requests[10]!.level).toBe(20); // a passing health check: debug

    const secrets = {
      token: admin.token,
      code,
      'code body': code.slice('telltale-team:'.length),
      'team key': key,
      'profile key': profile,
      'phone key': phone,
      phone: CLEAR.phone,
      'phone digits': '7946',
      email: CLEAR.email,
      name: 'Jane Doe',
      'profile address': 'ada-example',
      'report note': report.note,
      cookie: cookie.split('=')[1]!,
      csrf,
    };
    for (const [what, secret] of Object.entries(secrets)) expect(text, `the log holds the ${what}`).not.toContain(secret);
    expect(text).not.toMatch(/authorization|cookie|bearer/i);
  });

  it('blanks what slips into a line anyway, keeping it JSON', () => {
    const token = 'A'.repeat(43);
    const line = `${JSON.stringify({ msg: `sent ${token}\n${token} by ${CLEAR.email}`, code: `telltale-team:${'x'.repeat(80)}`, path: '/tmp/a' })}\n`;
    const scrubbed = scrubLine(line);
    expect(JSON.parse(scrubbed)).toEqual({ msg: 'sent [redacted]\n[redacted] by [redacted]', code: 'telltale-team:[redacted]', path: '/tmp/a' });
    expect(scrubbed).not.toContain(token.slice(1));
    // Short ids (members, teams, requests) and times stay.
    const kept = '{"team":"t_ziJX2Vk2U7Ar178s2z5KyQ","time":"2026-12-07T21:29:26.482Z","ms":3.1}\n';
    expect(scrubLine(kept)).toBe(kept);
  });

  it('logs nothing without a log option (the tests’ default)', async () => {
    const quiet = await buildHub({ db });
    try {
      expect(quiet.log.level).toBe('silent');
      expect((await quiet.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    } finally {
      await quiet.close();
    }
  });
});
}
