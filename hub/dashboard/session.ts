// The dashboard's sessions and CSRF defence.
//
// Sign-in: the page sends a member token (never the team key: that stays in the browser); the
// hub checks it like a bearer token (store.ts authenticate) and answers with a session: 32 random
// bytes in an HTTP-only, SameSite=Strict cookie (Secure, under the __Host- prefix, when the hub is
// reached over https), kept server-side only as its SHA-256 with an expiry (dashboard_sessions).
// A lookup joins members, so a revoked member's sessions stop at once.
//
// CSRF: every state-changing request (POST, PATCH, DELETE) must carry an Origin equal to the
// hub's own origin, and (once signed in) the session's CSRF token in X-CSRF-Token. The token is
// SHA-256("telltale-dashboard-csrf:" + session id): nothing more to store, and it cannot be turned
// back into the session id. SameSite=Strict already keeps the cookie off cross-site requests;
// the two checks hold when a browser or a proxy does not.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Database, Queryable } from '../db.ts';
import type { Actor } from '../store.ts';
import type { Role } from '../../src/team/enrolment.ts';

/** Sessions last this long from sign-in (no sliding renewal): a day's work. */
export const SESSION_HOURS = 8;
export const CSRF_HEADER = 'x-csrf-token';
const COOKIE_HTTP = 'telltale_session';
const COOKIE_HTTPS = '__Host-telltale_session';

export class DashboardError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const sha256hex = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
export const csrfTokenOf = (sessionId: string) => createHash('sha256').update(`telltale-dashboard-csrf:${sessionId}`, 'utf8').digest('base64url');

const isHttps = (req: FastifyRequest) => req.protocol === 'https';
export const cookieName = (req: FastifyRequest) => (isHttps(req) ? COOKIE_HTTPS : COOKIE_HTTP);

/** The hub's own origin as the browser names it (default ports dropped). */
export function ownOrigin(req: FastifyRequest): string | null {
  try {
    return new URL(`${req.protocol}://${req.host}`).origin;
  } catch {
    return null;
  }
}

function readCookie(req: FastifyRequest, name: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      const value = part.slice(eq + 1).trim();
      return /^[A-Za-z0-9_-]{43}$/.test(value) ? value : null;
    }
  }
  return null;
}

export function sessionCookie(req: FastifyRequest, value: string, maxAgeSeconds: number): string {
  const flags = ['Path=/', 'HttpOnly', 'SameSite=Strict', `Max-Age=${maxAgeSeconds}`];
  if (isHttps(req)) flags.push('Secure');
  return `${cookieName(req)}=${value}; ${flags.join('; ')}`;
}

/** Refuses a state-changing request from another origin (or with none). */
export function checkOrigin(req: FastifyRequest): void {
  const origin = req.headers.origin;
  const own = ownOrigin(req);
  if (typeof origin !== 'string' || own === null || origin !== own) {
    // The usual cause in a deployment: a TLS proxy in front of a hub that does not trust its X-Forwarded-Proto.
    const hint = typeof origin === 'string' && own !== null && origin.replace(/^https:/, 'http:') === own ? ' Behind a TLS proxy, start the hub with --trust-proxy.' : '';
    throw new DashboardError(403, 'cross_origin', `This request must come from the dashboard itself (same Origin).${hint}`);
  }
  const site = req.headers['sec-fetch-site'];
  if (typeof site === 'string' && site !== 'same-origin') {
    throw new DashboardError(403, 'cross_origin', 'This request must come from the dashboard itself (Sec-Fetch-Site).');
  }
}

export interface Session {
  id: string;
  actor: Actor;
  csrf: string;
  expiresAt: string;
}

/** Starts a session for the member a token names; null when the token is unknown or revoked. */
export async function signIn(db: Database, actor: Actor): Promise<Session> {
  const id = randomBytes(32).toString('base64url');
  const expires = new Date(Date.now() + SESSION_HOURS * 3600_000);
  await db.transaction(async (tx) => {
    await tx.query('delete from dashboard_sessions where expires_at <= now()');
    await tx.query('insert into dashboard_sessions (id_hash, team_id, member_id, expires_at) values ($1, $2, $3, $4)', [sha256hex(id), actor.team, actor.member, expires.toISOString()]);
    await tx.query("insert into audit_log (team_id, actor, action, subject, detail) values ($1, $2, 'dashboard.sign_in', $2, null)", [actor.team, actor.member]);
  });
  return { id, actor, csrf: csrfTokenOf(id), expiresAt: expires.toISOString() };
}

export async function sessionOf(db: Queryable, req: FastifyRequest): Promise<Session | null> {
  const id = readCookie(req, cookieName(req));
  if (!id) return null;
  const { rows } = await db.query<{ member_id: string; team_id: string; name: string; role: Role; label: string | null; expires_at: unknown }>(
    `select s.member_id, m.team_id, t.name, m.role, m.label, s.expires_at
     from dashboard_sessions s join members m on m.id = s.member_id and m.team_id = s.team_id join teams t on t.id = m.team_id
     where s.id_hash = $1 and s.expires_at > now() and m.revoked_at is null`,
    [sha256hex(id)],
  );
  const r = rows[0];
  if (!r) return null;
  const expires = r.expires_at instanceof Date ? r.expires_at : new Date(String(r.expires_at));
  return { id, actor: { member: r.member_id, team: r.team_id, teamName: r.name, role: r.role, label: r.label }, csrf: csrfTokenOf(id), expiresAt: expires.toISOString() };
}

export async function signOut(db: Database, session: Session): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query('delete from dashboard_sessions where id_hash = $1', [sha256hex(session.id)]);
    await tx.query("insert into audit_log (team_id, actor, action, subject, detail) values ($1, $2, 'dashboard.sign_out', $2, null)", [session.actor.team, session.actor.member]);
  });
}

export const endMemberSessions = (db: Queryable, team: string, member: string) =>
  db.query('delete from dashboard_sessions where team_id = $1 and member_id = $2', [team, member]);

/** The session a request must have; with `write`, its Origin and CSRF token are checked too. */
export async function requireSession(db: Queryable, req: FastifyRequest, reply: FastifyReply, opts: { write?: boolean; admin?: boolean } = {}): Promise<Session> {
  if (opts.write) checkOrigin(req);
  const session = await sessionOf(db, req);
  if (!session) {
    // A stale cookie is cleared so the page shows the sign-in form.
    if (req.headers.cookie?.includes(cookieName(req))) void reply.header('set-cookie', sessionCookie(req, '', 0));
    throw new DashboardError(401, 'unauthorized', 'Sign in to the dashboard with your enrolment code.');
  }
  if (opts.write) {
    const sent = req.headers[CSRF_HEADER];
    // Lengths in bytes: a header with non-ASCII characters must be a 403, not timingSafeEqual's RangeError.
    const ok = typeof sent === 'string' && Buffer.byteLength(sent) === Buffer.byteLength(session.csrf) && timingSafeEqual(Buffer.from(sent), Buffer.from(session.csrf));
    if (!ok) throw new DashboardError(403, 'csrf', `Missing or wrong ${CSRF_HEADER} header.`);
  }
  req.sessionActor = session.actor; // for the request's log line (hub/server.ts): opaque ids only
  if (opts.admin && session.actor.role !== 'admin') throw new DashboardError(403, 'forbidden', 'Only a team admin may do this.');
  return session;
}
