// The team dashboard (issue 26 item 4) and the exports' routes (item 5), as one Fastify plugin the
// hub registers: `await registerDashboard(app, { db })` in buildHub (hub/server.ts).
//
//   GET    /                                 the page (sign-in, then the dashboard), strict CSP
//   GET    /dashboard/assets/:file           its script and stylesheet, content-hashed, cached a year
//   GET    /dashboard/session                who is signed in, and the session's CSRF token
//   POST   /dashboard/session    { token }   sign in with a member token → session cookie
//   DELETE /dashboard/session                sign out (the session is deleted)
//   GET    /dashboard/api/reports            the inbox, newest first; ?status= &member= &level=
//   GET    /dashboard/api/reports/:id        one report: its evidence bundle as sent
//   PATCH  /dashboard/api/profiles/:key      triage (admins): { status, note }
//   GET    /dashboard/api/linked             profiles that share a detail key
//   GET    /dashboard/api/members            members (admins): label, role, created, revoked
//   POST   /dashboard/api/members            invite (admins): { role, label } → member id and token
//   DELETE /dashboard/api/members/:id        revoke (admins)
//   GET    /dashboard/api/audit              the team's audit log, newest first
//   GET    /dashboard/exports/cases.stix.json | cases.misp.json | cases.csv   confirmed cases (admins)
//
// Everything is scoped to the session's team. Writes need a same-origin Origin and the CSRF token
// (session.ts). The team key never reaches these routes: the page keeps it in the tab.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import * as v from 'valibot';
import { KEY_PATTERN } from '../../src/team/base64url.ts';
import { MEMBER_ID_PATTERN, describeIssues } from '../../src/team/enrolment.ts';
import { LEVELS, MemberCreateRequestSchema, PROFILE_STATUSES, TriageRequestSchema, type ProfileStatus } from '../../src/team/api.ts';
import type { Database } from '../db.ts';
import { authenticate, createMember, revokeMember, triage } from '../store.ts';
import { casesToCsv } from '../exports/csv.ts';
import { casesToMisp } from '../exports/misp.ts';
import { casesToStix } from '../exports/stix.ts';
import { CSP, dashboardAssets } from './assets.ts';
import { auditLog, confirmedCases, inbox, linkedProfiles, members, report } from './queries.ts';
import { DashboardError, SESSION_HOURS, checkOrigin, endMemberSessions, requireSession, sessionCookie, signIn, signOut, type Session } from './session.ts';

export { dashboardOpenApiPaths } from './openapi.ts';

export interface DashboardDeps {
  db: Database;
}

const SignInSchema = v.strictObject({ token: v.pipe(v.string(), v.regex(KEY_PATTERN, 'must be a 43-character base64url member token')) });
const REPORT_ID = /^r_[A-Za-z0-9_-]{22}$/;

function parse<S extends v.GenericSchema>(schema: S, body: unknown): v.InferOutput<S> {
  const r = v.safeParse(schema, body);
  if (!r.success) throw new DashboardError(400, 'invalid_body', describeIssues(r.issues));
  return r.output;
}

const whoami = (s: Session) => ({
  team: s.actor.team,
  name: s.actor.teamName,
  member: s.actor.member,
  role: s.actor.role,
  label: s.actor.label,
  csrf: s.csrf,
  expiresAt: s.expiresAt,
});

function query(req: FastifyRequest, name: string, allowed: (s: string) => boolean): string | null {
  const value = (req.query as Record<string, unknown>)[name];
  if (value === undefined || value === '') return null;
  if (typeof value !== 'string' || !allowed(value)) throw new DashboardError(400, 'invalid_query', `${name}: not a valid value`);
  return value;
}

const download = (reply: FastifyReply, type: string, filename: string, body: string) =>
  reply.header('content-type', type).header('content-disposition', `attachment; filename="${filename}"`).send(body);

export async function registerDashboard(app: FastifyInstance, deps: DashboardDeps): Promise<void> {
  const { db } = deps;
  const assets = await dashboardAssets();

  await app.register(async (scope) => {
    // After the hub's own onSend (no-store, nosniff): the page's CSP, and caching for the hashed assets.
    scope.addHook('onSend', async (req, reply, payload) => {
      void reply.header('content-security-policy', CSP).header('referrer-policy', 'no-referrer').header('x-frame-options', 'DENY');
      if (req.routeOptions.url === '/dashboard/assets/:file' && reply.statusCode === 200) {
        void reply.header('cache-control', 'public, max-age=31536000, immutable');
      } else if (req.routeOptions.url === '/' && reply.statusCode === 200) {
        void reply.header('cache-control', 'no-cache');
      }
      return payload;
    });

    scope.get('/', async (_req, reply) => reply.header('content-type', 'text/html; charset=utf-8').send(assets.html));

    scope.get('/dashboard/assets/:file', async (req, reply) => {
      const asset = assets.files.get((req.params as { file: string }).file);
      if (!asset) throw new DashboardError(404, 'not_found', 'No such dashboard file.');
      return reply.header('content-type', asset.type).send(asset.body);
    });

    // ---- Session -------------------------------------------------------------------------------
    scope.get('/dashboard/session', async (req, reply) => whoami(await requireSession(db, req, reply)));

    scope.post('/dashboard/session', async (req, reply) => {
      checkOrigin(req);
      const { token } = parse(SignInSchema, req.body);
      const actor = await authenticate(db, token);
      if (!actor) throw new DashboardError(401, 'unauthorized', "This code's member token is unknown to this hub, or it was revoked.");
      const session = await signIn(db, actor);
      req.sessionActor = actor;
      return reply.header('set-cookie', sessionCookie(req, session.id, SESSION_HOURS * 3600)).status(201).send(whoami(session));
    });

    scope.delete('/dashboard/session', async (req, reply) => {
      const session = await requireSession(db, req, reply, { write: true });
      await signOut(db, session);
      return reply.header('set-cookie', sessionCookie(req, '', 0)).status(204).send();
    });

    // ---- What members see ------------------------------------------------------------------------
    scope.get('/dashboard/api/reports', async (req, reply) => {
      const s = await requireSession(db, req, reply);
      return inbox(db, s.actor.team, {
        status: query(req, 'status', (x) => (PROFILE_STATUSES as readonly string[]).includes(x)) as ProfileStatus | null,
        member: query(req, 'member', (x) => MEMBER_ID_PATTERN.test(x)),
        level: query(req, 'level', (x) => (LEVELS as readonly string[]).includes(x)),
      });
    });

    scope.get('/dashboard/api/reports/:id', async (req, reply) => {
      const s = await requireSession(db, req, reply);
      const id = (req.params as { id: string }).id;
      const found = REPORT_ID.test(id) ? await report(db, s.actor.team, id) : null;
      if (!found) throw new DashboardError(404, 'not_found', 'This team has no such report.');
      return found;
    });

    scope.get('/dashboard/api/linked', async (req, reply) => {
      const s = await requireSession(db, req, reply);
      return linkedProfiles(db, s.actor.team);
    });

    scope.get('/dashboard/api/audit', async (req, reply) => {
      const s = await requireSession(db, req, reply);
      return { entries: await auditLog(db, s.actor.team) };
    });

    // ---- What admins do --------------------------------------------------------------------------
    scope.patch('/dashboard/api/profiles/:key', async (req, reply) => {
      const s = await requireSession(db, req, reply, { write: true, admin: true });
      const key = (req.params as { key: string }).key;
      if (!KEY_PATTERN.test(key)) throw new DashboardError(400, 'invalid_path', 'key: must be a 43-character base64url keyed hash');
      const body = parse(TriageRequestSchema, req.body);
      const view = await triage(db, s.actor, key, body.status, body.note?.trim() || null);
      if (!view) throw new DashboardError(404, 'not_found', 'Nobody in this team has seen or reported this profile.');
      return view;
    });

    scope.get('/dashboard/api/members', async (req, reply) => {
      const s = await requireSession(db, req, reply, { admin: true });
      return { members: await members(db, s.actor.team) };
    });

    scope.post('/dashboard/api/members', async (req, reply) => {
      const s = await requireSession(db, req, reply, { write: true, admin: true });
      const body = parse(MemberCreateRequestSchema, req.body ?? {});
      // The token goes back to the admin's page once, which puts it in an enrolment code with the
      // team key it holds; the hub keeps only its hash.
      return reply.status(201).send(await createMember(db, s.actor, body.role, body.label || null));
    });

    scope.delete('/dashboard/api/members/:id', async (req, reply) => {
      const s = await requireSession(db, req, reply, { write: true, admin: true });
      const member = (req.params as { id: string }).id;
      if (!MEMBER_ID_PATTERN.test(member)) throw new DashboardError(400, 'invalid_path', 'id: not a member id');
      if (!(await revokeMember(db, s.actor, member))) throw new DashboardError(404, 'not_found', 'This team has no such member, or it is revoked already.');
      await endMemberSessions(db, s.actor.team, member);
      return reply.status(204).send();
    });

    const stamp = () => new Date().toISOString().slice(0, 10);
    scope.get('/dashboard/exports/cases.stix.json', async (req, reply) => {
      const s = await requireSession(db, req, reply, { admin: true });
      const bundle = casesToStix(await confirmedCases(db, s.actor.team), { now: new Date(), producer: s.actor.teamName });
      return download(reply, 'application/stix+json;version=2.1', `telltale-confirmed-${stamp()}.stix.json`, JSON.stringify(bundle, null, 2));
    });
    scope.get('/dashboard/exports/cases.misp.json', async (req, reply) => {
      const s = await requireSession(db, req, reply, { admin: true });
      const event = casesToMisp(await confirmedCases(db, s.actor.team), { now: new Date(), orgName: s.actor.teamName });
      return download(reply, 'application/json; charset=utf-8', `telltale-confirmed-${stamp()}.misp.json`, JSON.stringify(event, null, 2));
    });
    scope.get('/dashboard/exports/cases.csv', async (req, reply) => {
      const s = await requireSession(db, req, reply, { admin: true });
      return download(reply, 'text/csv; charset=utf-8; header=present', `telltale-confirmed-${stamp()}.csv`, casesToCsv(await confirmedCases(db, s.actor.team)));
    });
  });
}
