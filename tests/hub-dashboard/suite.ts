// The dashboard's server side, one suite per engine (pglite.test.ts, postgres.test.ts): the page and
// its CSP, sign-in with a member token (valid, revoked, unknown), the session cookie's flags, CSRF
// refusals, member and admin permissions, two teams on one hub that never see each other, and the
// exports' routes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../../hub/db.ts';
import { migrate, readMigrations } from '../../hub/migrate.ts';
import { createTeam } from '../../hub/store.ts';
import { CSP } from '../../hub/dashboard/assets.ts';
import { dashboardOpenApiPaths } from '../../hub/dashboard/index.ts';
import { DASHBOARD_PALETTE } from '../../hub/dashboard/styles.ts';
import { PALETTE } from '../../src/ui/styles.ts';
import type { MemberCreated } from '../../src/team/api.ts';
import { errorsOf, validateMisp, validateStix } from '../hub-exports/ajv.ts';
import { CLEAR, bundle, keyFor, teamKey } from '../hub/fixtures.ts';
import { HOST, buildDashboardHub, client } from './app.ts';

export function dashboardSuite(engine: string, open: () => Promise<Database>) {
  describe(`dashboard on ${engine}`, () => {
    let db: Database;
    let app: FastifyInstance;
    let acme: MemberCreated;
    let globex: MemberCreated;
    let bob: MemberCreated;
    const key = teamKey();
    let profiles: string[];
    let phoneKey: string;
    const reportIds: string[] = [];

    const v1 = (token: string, method: 'GET' | 'POST' | 'DELETE' | 'PATCH', url: string, payload?: unknown, headers: Record<string, string> = {}) =>
      app.inject({ method, url, headers: { authorization: `Bearer ${token}`, ...headers }, ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });

    beforeAll(async () => {
      db = await open();
      await migrate(db);
      app = await buildDashboardHub(db);
      acme = await createTeam(db, 'Acme', 'Ada (admin)');
      globex = await createTeam(db, 'Globex', 'Gil (admin)');
      bob = JSON.parse((await v1(acme.token, 'POST', '/v1/members', { role: 'member', label: 'Bob' })).body) as MemberCreated;
      profiles = await Promise.all(CLEAR.profiles.map((p) => keyFor(key, 'profile', p)));
      phoneKey = await keyFor(key, 'phone', CLEAR.phone);
      // Two profiles carry the same phone (seen by Bob and Ada); a third carries nothing shared.
      for (const [token, profile] of [
        [bob.token, profiles[0]!],
        [acme.token, profiles[1]!],
      ] as const) {
        const r = await v1(token, 'POST', '/v1/sightings', { profile, details: [{ kind: 'phone', key: phoneKey }], level: 'high', at: '2026-12-01T09:00:00Z' });
        expect(r.statusCode, r.body).toBe(200);
      }
      // Bob reports profile 0 (older), Ada profile 1 (newer, medium).
      const older = bundle('rep-1', 'ada-example-1');
      const newer = { ...bundle('rep-2', 'ada-example-2'), createdAt: '2026-12-02T10:00:00.000Z', assessment: { ...bundle('x').assessment, level: 'medium' } };
      for (const [token, profile, b] of [
        [bob.token, profiles[0]!, older],
        [acme.token, profiles[1]!, newer],
      ] as const) {
        const r = await v1(token, 'POST', '/v1/reports', b, { 'idempotency-key': b.idempotencyKey, 'telltale-profile-key': profile });
        expect(r.statusCode, r.body).toBe(201);
        reportIds.push((JSON.parse(r.body) as { id: string }).id);
      }
    }, 60_000);

    afterAll(async () => {
      await app?.close();
      await db?.close();
    });

    describe('the page', () => {
      it('serves / with the strict CSP, no inline script or style, and content-hashed assets cached a year', async () => {
        const r = await app.inject({ method: 'GET', url: '/', headers: { host: HOST } });
        expect(r.statusCode).toBe(200);
        expect(r.headers['content-type']).toMatch(/^text\/html/);
        expect(r.headers['content-security-policy']).toBe(CSP);
        expect(CSP).toContain("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'");
        expect(r.headers['cache-control']).toBe('no-cache');
        expect(r.body).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
        expect(r.body).not.toMatch(/<style|\sstyle=/);
        const files = [...r.body.matchAll(/(?:src|href)="(\/dashboard\/assets\/app-[0-9a-f]{16}\.(?:js|css))"/g)].map((m) => m[1]!);
        expect(files).toHaveLength(2);
        for (const f of files) {
          const a = await app.inject({ method: 'GET', url: f });
          expect(a.statusCode).toBe(200);
          expect(a.headers['cache-control']).toBe('public, max-age=31536000, immutable');
          expect(a.headers['x-content-type-options']).toBe('nosniff');
        }
        expect((await app.inject({ method: 'GET', url: '/dashboard/assets/app-0000000000000000.js' })).statusCode).toBe(404);
      });

      it('uses the extension palette, pair for pair', () => {
        expect(DASHBOARD_PALETTE).toEqual(PALETTE);
      });

      it('describes every dashboard route for the OpenAPI document, and its migration follows the hub\'s', () => {
        const described = Object.entries(dashboardOpenApiPaths()).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`));
        // The hub's own routes (/v1/…, and its health checks) are tests/hub's to hold against the document.
        const served = app.servedRoutes.filter((r) => !r.split(' ')[1]!.startsWith('/v1/') && !['/healthz', '/readyz'].includes(r.split(' ')[1]!));
        expect(served.sort()).toEqual(described.sort());
        expect(readMigrations().map((m) => m.name)).toContain('dashboard_sessions');
      });
    });

    describe('sign-in and session', () => {
      it('signs in with a valid token: an HTTP-only SameSite=Strict cookie (not Secure on http), kept as a hash', async () => {
        const c = client(app);
        const r = await c.signIn(acme.token);
        expect(r.status).toBe(201);
        expect(r.json).toMatchObject({ team: acme.team, name: 'Acme', member: acme.member, role: 'admin', csrf: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/) });
        const set = String(r.headers['set-cookie']);
        expect(set).toMatch(/^telltale_session=[A-Za-z0-9_-]{43}; /);
        expect(set).toContain('HttpOnly');
        expect(set).toContain('SameSite=Strict');
        expect(set).toContain('Path=/');
        expect(set).toMatch(/Max-Age=28800/);
        expect(set).not.toContain('Secure');
        const sid = c.cookie!.split('=')[1]!;
        const rows = JSON.stringify((await db.query('select * from dashboard_sessions')).rows);
        expect(rows).not.toContain(sid);
        expect(rows).not.toContain(acme.token);
        expect((await c.call('GET', '/dashboard/session')).json).toMatchObject({ member: acme.member, csrf: r.json.csrf });
        // The answer holds no token of any kind.
        expect(r.body).not.toContain(acme.token);
      });

      it('over https (behind a proxy that says so): Secure and the __Host- prefix', async () => {
        const proxied = await buildDashboardHub(db, { trustProxy: true });
        try {
          const r = await proxied.inject({ method: 'POST', url: '/dashboard/session', headers: { host: HOST, 'x-forwarded-proto': 'https', origin: `https://${HOST}` }, payload: { token: acme.token } });
          expect(r.statusCode).toBe(201);
          const set = String(r.headers['set-cookie']);
          expect(set).toMatch(/^__Host-telltale_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict; Max-Age=\d+; Secure$/);
        } finally {
          await proxied.close();
        }
      });

      it('refuses an unknown or revoked token, and a sign-in from another origin or none', async () => {
        const c = client(app);
        expect((await c.signIn('A'.repeat(43))).status).toBe(401);
        expect((await c.signIn('not a token')).status).toBe(400);
        const gone = JSON.parse((await v1(acme.token, 'POST', '/v1/members', { label: 'Gone' })).body) as MemberCreated;
        expect((await v1(acme.token, 'DELETE', `/v1/members/${gone.member}`)).statusCode).toBe(204);
        const r = await c.signIn(gone.token);
        expect(r.status).toBe(401);
        expect(r.headers['set-cookie']).toBeUndefined();
        expect((await c.call('POST', '/dashboard/session', { payload: { token: acme.token }, origin: 'https://evil.example' })).status).toBe(403);
        expect((await c.call('POST', '/dashboard/session', { payload: { token: acme.token }, origin: null })).status).toBe(403);
        expect((await c.call('POST', '/dashboard/session', { payload: { token: acme.token }, headers: { 'sec-fetch-site': 'cross-site' } })).status).toBe(403);
        expect(c.cookie).toBeNull();
      });

      it('refuses writes without the CSRF token or from another origin; signs out, and the session is gone', async () => {
        const c = client(app);
        await c.signIn(acme.token);
        const triage = { status: 'under_review', note: null };
        const noToken = await c.call('PATCH', `/dashboard/api/profiles/${profiles[0]}`, { payload: triage, csrf: null });
        expect(noToken).toMatchObject({ status: 403, json: { error: 'csrf' } });
        expect((await c.call('PATCH', `/dashboard/api/profiles/${profiles[0]}`, { payload: triage, csrf: 'x'.repeat(43) })).status).toBe(403);
        // 43 characters but more bytes (Latin-1 letters): a 403 too, never timingSafeEqual's RangeError (a 500).
        expect((await c.call('PATCH', `/dashboard/api/profiles/${profiles[0]}`, { payload: triage, csrf: '\u00e9'.repeat(43) })).status).toBe(403);
        const crossOrigin = await c.call('PATCH', `/dashboard/api/profiles/${profiles[0]}`, { payload: triage, origin: 'http://evil.example' });
        expect(crossOrigin).toMatchObject({ status: 403, json: { error: 'cross_origin' } });
        expect((await c.call('PATCH', `/dashboard/api/profiles/${profiles[0]}`, { payload: triage, origin: null })).status).toBe(403);
        expect((await c.call('POST', '/dashboard/api/members', { payload: { label: 'X' }, csrf: null })).status).toBe(403);
        expect((await c.call('DELETE', '/dashboard/session', { csrf: null })).status).toBe(403);
        // Nothing changed.
        expect((await db.query<{ status: string }>('select status from profiles where team_id = $1 and profile_key = $2', [acme.team, profiles[0]])).rows[0]!.status).toBe('new');
        const stale = c.cookie;
        const out = await c.call('DELETE', '/dashboard/session');
        expect(out.status).toBe(204);
        expect(String(out.headers['set-cookie'])).toMatch(/^telltale_session=; .*Max-Age=0/);
        c.cookie = stale;
        expect((await c.call('GET', '/dashboard/session')).status).toBe(401);
        expect((await c.call('GET', '/dashboard/api/reports')).status).toBe(401);
      });

      it("stops a member's sessions when the member is revoked (through the API or the dashboard)", async () => {
        const carol = JSON.parse((await v1(acme.token, 'POST', '/v1/members', { label: 'Carol' })).body) as MemberCreated;
        const c = client(app);
        await c.signIn(carol.token);
        expect((await c.call('GET', '/dashboard/api/reports')).status).toBe(200);
        expect((await v1(acme.token, 'DELETE', `/v1/members/${carol.member}`)).statusCode).toBe(204);
        expect((await c.call('GET', '/dashboard/api/reports')).status).toBe(401);

        const admin = client(app);
        await admin.signIn(acme.token);
        const dave = (await admin.call('POST', '/dashboard/api/members', { payload: { label: 'Dave', role: 'member' } })).json as unknown as MemberCreated;
        const d = client(app);
        await d.signIn(dave.token);
        expect((await admin.call('DELETE', `/dashboard/api/members/${dave.member}`)).status).toBe(204);
        expect((await d.call('GET', '/dashboard/session')).status).toBe(401);
        expect(Number((await db.query<{ n: unknown }>('select count(*) as n from dashboard_sessions where member_id = $1', [dave.member])).rows[0]!.n)).toBe(0);
      });
    });

    describe('what members and admins see', () => {
      it('a member reads the inbox (newest first, filters), a report as sent, linked profiles and the audit log', async () => {
        const c = client(app);
        await c.signIn(bob.token);
        const inbox = await c.call('GET', '/dashboard/api/reports');
        expect(inbox.status).toBe(200);
        const reports = inbox.json.reports as { id: string; profileKey: string; level: string; status: string; member: { label: string } }[];
        expect(reports.map((r) => r.id)).toEqual([reportIds[1], reportIds[0]]);
        expect(reports[1]).toMatchObject({ profileKey: profiles[0], level: 'high', status: 'new', member: { label: 'Bob' } });
        expect(((await c.call('GET', `/dashboard/api/reports?member=${bob.member}`)).json.reports as unknown[]).length).toBe(1);
        expect(((await c.call('GET', '/dashboard/api/reports?level=medium')).json.reports as { id: string }[]).map((r) => r.id)).toEqual([reportIds[1]]);
        expect(((await c.call('GET', '/dashboard/api/reports?status=confirmed_fraud')).json.reports as unknown[]).length).toBe(0);
        expect((await c.call('GET', '/dashboard/api/reports?status=bogus')).status).toBe(400);

        const one = await c.call('GET', `/dashboard/api/reports/${reportIds[0]}`);
        expect(one.status).toBe(200);
        const b = one.json.bundle as ReturnType<typeof bundle>;
        expect(b.findings[0]).toMatchObject({ severity: 'alert', title: 'The same phone on another profile', howToVerify: 'Call.' });
        expect(b.note).toBe('Applied twice under two names');
        expect(b).toEqual(JSON.parse(JSON.stringify(bundle('rep-1', 'ada-example-1'))));

        const linked = (await c.call('GET', '/dashboard/api/linked')).json as { profiles: { key: string; members: number; names: string[] }[]; shared: { kind: string; key: string; profiles: string[] }[] };
        expect(linked.shared).toEqual([{ kind: 'phone', key: phoneKey, profiles: [profiles[0], profiles[1]].sort() }]);
        expect(linked.profiles.map((p) => p.key).sort()).toEqual([profiles[0], profiles[1]].sort());
        expect(linked.profiles.every((p) => p.members === 1 && p.names.length === 1)).toBe(true);

        const audit = (await c.call('GET', '/dashboard/api/audit')).json.entries as { action: string }[];
        expect(audit.map((a) => a.action)).toContain('member.invite');
        expect(audit.map((a) => a.action)).toContain('team.create');
      });

      it('a member may not list, invite or revoke members, triage, or download exports', async () => {
        const c = client(app);
        await c.signIn(bob.token);
        expect((await c.call('GET', '/dashboard/api/members')).status).toBe(403);
        expect((await c.call('POST', '/dashboard/api/members', { payload: { label: 'Eve' } })).status).toBe(403);
        expect((await c.call('DELETE', `/dashboard/api/members/${acme.member}`)).status).toBe(403);
        expect((await c.call('PATCH', `/dashboard/api/profiles/${profiles[0]}`, { payload: { status: 'false_alarm' } })).status).toBe(403);
        for (const f of ['cases.stix.json', 'cases.misp.json', 'cases.csv']) expect((await c.call('GET', `/dashboard/exports/${f}`)).status).toBe(403);
      });

      it('an admin lists members without tokens, invites one whose token works, and triages', async () => {
        const c = client(app);
        await c.signIn(acme.token);
        const list = await c.call('GET', '/dashboard/api/members');
        expect(list.status).toBe(200);
        const rows = list.json.members as Record<string, unknown>[];
        expect(rows[0]).toEqual({ id: acme.member, label: 'Ada (admin)', role: 'admin', createdAt: expect.any(String), revokedAt: null });
        expect(list.body).not.toMatch(/token/i);
        const created = await c.call('POST', '/dashboard/api/members', { payload: { label: 'Fay', role: 'admin' } });
        expect(created.status).toBe(201);
        expect(created.json).toMatchObject({ team: acme.team, role: 'admin', label: 'Fay', token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/) });
        expect(JSON.parse((await v1(created.json.token as string, 'GET', '/v1/me')).body)).toMatchObject({ team: acme.team, role: 'admin' });
        const t = await c.call('PATCH', `/dashboard/api/profiles/${profiles[1]}`, { payload: { status: 'under_review', note: 'Looking' } });
        expect(t.status).toBe(200);
        expect(t.json).toMatchObject({ status: 'under_review', note: 'Looking', statusBy: { id: acme.member } });
      });
    });

    describe('two teams on one hub', () => {
      it("never see each other's reports, profiles, members or audit", async () => {
        const g = client(app);
        await g.signIn(globex.token);
        expect((await g.call('GET', '/dashboard/api/reports')).json).toEqual({ reports: [], reporters: [] });
        expect((await g.call('GET', `/dashboard/api/reports?member=${bob.member}`)).json.reports).toEqual([]);
        expect((await g.call('GET', `/dashboard/api/reports/${reportIds[0]}`)).status).toBe(404);
        expect((await g.call('GET', '/dashboard/api/linked')).json).toEqual({ profiles: [], shared: [] });
        expect((await g.call('PATCH', `/dashboard/api/profiles/${profiles[0]}`, { payload: { status: 'false_alarm' } })).status).toBe(404);
        expect((await g.call('DELETE', `/dashboard/api/members/${bob.member}`)).status).toBe(404);
        // A team's last admin cannot be revoked (store.ts), from the dashboard either.
        expect((await g.call('DELETE', `/dashboard/api/members/${globex.member}`)).json).toMatchObject({ error: 'last_admin' });
        const members = (await g.call('GET', '/dashboard/api/members')).json.members as { id: string }[];
        expect(members.map((m) => m.id)).toEqual([globex.member]);
        const audit = JSON.stringify((await g.call('GET', '/dashboard/api/audit')).json);
        expect(audit).not.toContain(acme.member);
        expect(audit).not.toContain(bob.member);
        expect(audit).not.toContain(profiles[0]!);
        // And its exports hold no case of Acme's.
        const csv = (await g.call('GET', '/dashboard/exports/cases.csv')).body;
        expect(csv.trim().split('\r\n')).toHaveLength(1);
        // Acme's profile still stands as it was.
        expect((await db.query<{ status: string }>('select status from profiles where team_id = $1 and profile_key = $2', [acme.team, profiles[0]])).rows[0]!.status).toBe('new');
      });
    });

    describe('exports (admins)', () => {
      it('answer confirmed cases as a valid STIX 2.1 bundle, a valid MISP event and CSV, keys kept as keys', async () => {
        const c = client(app);
        await c.signIn(acme.token);
        expect((await c.call('PATCH', `/dashboard/api/profiles/${profiles[0]}`, { payload: { status: 'confirmed_fraud', note: 'Same phone as another applicant' } })).status).toBe(200);

        const stix = await c.call('GET', '/dashboard/exports/cases.stix.json');
        expect(stix.status).toBe(200);
        expect(stix.headers['content-type']).toMatch(/^application\/stix\+json/);
        expect(stix.headers['content-disposition']).toMatch(/^attachment; filename="telltale-confirmed-\d{4}-\d{2}-\d{2}\.stix\.json"$/);
        expect(validateStix(stix.json), errorsOf(validateStix).join('\n')).toBe(true);
        expect(stix.body).toContain(profiles[0]);
        expect(stix.body).not.toContain(profiles[1]); // under review, not confirmed
        expect(stix.body).toContain('Acme');

        const misp = await c.call('GET', '/dashboard/exports/cases.misp.json');
        expect(misp.status).toBe(200);
        expect(validateMisp(misp.json), errorsOf(validateMisp).join('\n')).toBe(true);
        expect(misp.body).toContain(profiles[0]);

        const csv = await c.call('GET', '/dashboard/exports/cases.csv');
        expect(csv.status).toBe(200);
        expect(csv.headers['content-type']).toMatch(/^text\/csv/);
        const lines = csv.body.trim().split('\r\n');
        expect(lines).toHaveLength(2);
        expect(lines[1]!.startsWith(`${profiles[0]},confirmed_fraud,`)).toBe(true);
        expect(csv.body).toContain(CLEAR.email);
        expect(csv.body).toContain('Ada (admin)');
        // No export holds the team key (the hub never had it).
        for (const body of [stix.body, misp.body, csv.body]) expect(body).not.toContain(key);
      });
    });
  });
}
