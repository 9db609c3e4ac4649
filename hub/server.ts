// The hub's HTTP API (version 1, JSON): Fastify with a body cap on every route, valibot validation
// of every body, bearer-token authentication (the token's SHA-256 looked up, never the token
// stored), a rate limit per token, and errors as { error, message }. `/` is left free for the
// dashboard (issue 26 item 4).
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import * as v from 'valibot';
import { KEY_PATTERN } from '../src/team/base64url.ts';
import { MEMBER_ID_PATTERN, describeIssues } from '../src/team/enrolment.ts';
import {
  API_PREFIX,
  BODY_LIMIT,
  IDEMPOTENCY_HEADER,
  MemberCreateRequestSchema,
  PROFILE_KEY_HEADER,
  REPORT_BODY_LIMIT,
  ReportBundleSchema,
  SightingRequestSchema,
  TriageRequestSchema,
  type ApiError,
} from '../src/team/api.ts';
import type { Database, Queryable } from './db.ts';
import { openApiDocument } from './openapi.ts';
import { registerDashboard } from './dashboard/index.ts';
import { cleanBody, MAX_DEPTH } from './clean-body.ts';
import { authenticate, createMember, hashToken, IdempotencyConflictError, LastAdminError, profileView, recordSighting, revokeMember, storeReport, triage, type Actor } from './store.ts';
import { loggerOptions, type LogOptions } from './log.ts';

export interface HubOptions {
  db: Database;
  /** Requests per member (per token) and window; defaults 600 a minute. */
  rateLimit?: { max: number; timeWindowMs: number };
  /** Trust X-Forwarded-For from a load balancer in front (Fastify's trustProxy). */
  trustProxy?: boolean;
  /** The JSON log (./log.ts): level and stream; none, nothing is logged. */
  log?: LogOptions;
}

/** Seconds a client is told to wait (Retry-After) while the database cannot be reached. */
export const RETRY_AFTER_S = 5;
const READY_TIMEOUT_MS = 2_000;

/**
 * An error that says the database cannot be reached (refused, reset, shut down, a connection class
 * 08 error), not that a query was wrong: the request is answered 503 with Retry-After, and nothing
 * was stored (every write is one transaction).
 */
export function databaseDown(e: unknown): boolean {
  const err = e as { code?: unknown; message?: unknown } | null;
  const code = typeof err?.code === 'string' ? err.code : '';
  const message = typeof err?.message === 'string' ? err.message : '';
  return /^(08|57P0[123])/.test(code) || ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND'].includes(code) || /Connection terminated|connection timeout|Client has encountered a connection error/i.test(message);
}

/** Requests with an unknown or revoked token an address may make per rate-limit window. */
export const FAILED_AUTH_PER_WINDOW = 30;

class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly error: string,
    message: string,
  ) {
    super(message);
  }
}

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    /** Who a dashboard session names, for the request's log line only (authorisation is the session's). */
    sessionActor: Actor | null;
  }
  interface FastifyInstance {
    /** Every route served ("GET /v1/me"), as registered: the OpenAPI document must describe each (tests/hub). */
    servedRoutes: string[];
  }
}

const bearer = (req: FastifyRequest): string | null => {
  const m = /^Bearer ([A-Za-z0-9_-]{1,200})$/.exec(req.headers.authorization ?? '');
  return m ? m[1]! : null;
};

function parse<S extends v.GenericSchema>(schema: S, body: unknown): v.InferOutput<S> {
  const r = v.safeParse(schema, body);
  if (!r.success) throw new HttpError(400, 'invalid_body', describeIssues(r.issues));
  return r.output;
}

const actorOf = (req: FastifyRequest): Actor => {
  if (!req.actor) throw new HttpError(401, 'unauthorized', 'Send "Authorization: Bearer <token>" with a member token of this hub.');
  return req.actor;
};

const adminOf = (req: FastifyRequest): Actor => {
  const actor = actorOf(req);
  if (actor.role !== 'admin') throw new HttpError(403, 'forbidden', 'Only a team admin may do this.');
  return actor;
};

const profileParam = (req: FastifyRequest): string => {
  const key = (req.params as { key?: string }).key ?? '';
  if (!KEY_PATTERN.test(key)) throw new HttpError(400, 'invalid_path', 'key: must be a 43-character base64url keyed hash');
  return key;
};

/**
 * The database as the hub uses it, logging once when it stops answering (database_down) and once
 * when a query succeeds again (database_back): the log says when an outage began and ended.
 */
function watchDatabase(db: Database, log: FastifyBaseLogger): Database {
  let downSince: number | null = null;
  const watch = <T>(p: Promise<T>): Promise<T> =>
    p.then(
      (value) => {
        if (downSince !== null) {
          log.info({ event: 'database_back', downMs: Date.now() - downSince }, 'the database answers again');
          downSince = null;
        }
        return value;
      },
      (e: unknown) => {
        if (downSince === null && databaseDown(e)) {
          downSince = Date.now();
          const code = (e as { code?: unknown } | null)?.code;
          log.warn({ event: 'database_down', errorCode: typeof code === 'string' ? code : null }, 'the database cannot be reached: answering 503 until it is back');
        }
        throw e;
      },
    );
  return {
    engine: db.engine,
    query: <R>(sql: string, params?: readonly unknown[]) => watch(db.query<R>(sql, params)),
    exec: (sql: string) => watch(db.exec(sql)),
    transaction: <T>(fn: (tx: Queryable) => Promise<T>) => watch(db.transaction(fn)),
    close: () => db.close(),
  };
}

export async function buildHub(options: HubOptions): Promise<FastifyInstance> {
  const app = Fastify({ ...loggerOptions(options.log), bodyLimit: BODY_LIMIT, trustProxy: options.trustProxy ?? false, return503OnClosing: true });
  const db = watchDatabase(options.db, app.log);
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionActor', null);
  const served: string[] = [];
  app.decorate('servedRoutes', served);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) if (method !== 'HEAD') served.push(`${method} ${route.url}`);
  });

  app.setErrorHandler((caught: unknown, req, reply: FastifyReply) => {
    const err = databaseDown(caught)
      ? new HttpError(503, 'unavailable', 'The hub cannot reach its database: nothing was stored. Retry shortly.')
      : caught instanceof LastAdminError
        ? new HttpError(409, 'last_admin', caught.message)
        : caught instanceof IdempotencyConflictError
          ? new HttpError(409, 'idempotency_conflict', caught.message)
          : caught;
    const e = err as { statusCode?: number; error?: string; code?: string; message?: string; name?: string };
    const status = typeof e.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 600 ? e.statusCode : 500;
    const error =
      err instanceof HttpError
        ? err.error
        : status === 413
          ? 'body_too_large'
          : status === 429
            ? 'rate_limited'
            : status === 415
              ? 'unsupported_media_type'
              : status === 400
                ? 'invalid_body'
                : status === 500
                  ? 'internal'
                  : (e.code ?? 'error').toLowerCase();
    const message = status === 500 ? 'The hub failed to answer; see its log.' : (e.message ?? String(err));
    // Only what failed, never the error itself: a database error carries the query's parameters (a report's clear details, a token's hash).
    if (status === 500) req.log.error({ event: 'internal_error', method: req.method, route: req.routeOptions.url ?? null, errorCode: e.code ?? e.name ?? null }, 'internal error');
    if (status === 503) void reply.header('retry-after', String(RETRY_AFTER_S));
    void reply.status(status).send({ error, message } satisfies ApiError);
  });
  app.setNotFoundHandler((req, reply) => {
    void reply.status(404).send({ error: 'not_found', message: `No route ${req.method} ${req.url.split('?')[0]}` } satisfies ApiError);
  });
  // Once the hub is stopping, each answer closes its connection: a keep-alive connection whose
  // request was in flight would otherwise stay open, idle, until the stop's deadline.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (_req, reply, payload) => {
    void reply.header('cache-control', 'no-store').header('x-content-type-options', 'nosniff');
    if (closing) void reply.header('connection', 'close');
    return payload;
  });
  // One line per request: the route's pattern (never the raw URL: a profile key is in it), the
  // status, the time, and who asked as opaque ids. Health probes only at debug when they pass.
  app.addHook('onResponse', async (req, reply) => {
    const route = req.routeOptions.url ?? null;
    const status = reply.statusCode;
    const level = status >= 500 ? (status === 503 ? 'warn' : 'error') : (route === '/healthz' || route === '/readyz') ? 'debug' : 'info';
    const who = req.actor ?? req.sessionActor;
    req.log[level]({ event: 'request', method: req.method, route, status, ms: Math.round(reply.elapsedTime * 10) / 10, team: who?.team ?? null, member: who?.member ?? null }, 'request');
  });

  // Per member: the key is the SHA-256 of the bearer token (so unknown tokens are limited too);
  // a request without one is limited by its address. In memory, per process (a bounded LRU).
  const limit = options.rateLimit ?? { max: 600, timeWindowMs: 60_000 };
  await app.register(rateLimit, {
    max: limit.max,
    timeWindow: limit.timeWindowMs,
    cache: 10_000,
    keyGenerator: (req) => {
      const token = bearer(req);
      return token ? `t:${hashToken(token)}` : `ip:${req.ip}`;
    },
    errorResponseBuilder: (_req, ctx) => new HttpError(429, 'rate_limited', `Too many requests: retry in ${ctx.after}.`),
  });

  // Text PostgreSQL cannot store made storable, and bodies nested past any Telltale sends refused (./clean-body.ts).
  app.addHook('preValidation', async (req) => {
    if (req.body === undefined || req.body === null) return;
    const cleaned = cleanBody(req.body);
    if (cleaned === null) throw new HttpError(400, 'invalid_body', `nested deeper than ${MAX_DEPTH} levels`);
    req.body = cleaned;
  });

  // Who is asking: resolved before any handler; a route that needs a member says so with actorOf.
  // Unknown tokens are also counted per address: each new one would otherwise get a fresh limit.
  const failures = new Map<string, { n: number; until: number }>();
  app.addHook('preHandler', async (req) => {
    if (req.headers.authorization === undefined) return;
    const token = bearer(req);
    const actor = token ? await authenticate(db, token) : null;
    if (!actor) {
      const now = Date.now();
      const seen = failures.get(req.ip);
      const count = seen && seen.until > now ? { n: seen.n + 1, until: seen.until } : { n: 1, until: now + limit.timeWindowMs };
      if (failures.size >= 10_000 && !seen) failures.clear();
      failures.set(req.ip, count);
      if (count.n > FAILED_AUTH_PER_WINDOW) throw new HttpError(429, 'rate_limited', 'Too many requests with unknown tokens from this address: retry later.');
      throw new HttpError(401, 'unauthorized', 'The token is unknown or revoked.');
    }
    req.actor = actor;
  });

  app.get(`${API_PREFIX}/openapi.json`, async () => openApiDocument());

  // Liveness: the process answers. Readiness: its database answers too (a load balancer sends
  // requests only to a ready hub; a 503 says when to ask again).
  app.get('/healthz', async () => ({ ok: true }));
  app.get('/readyz', async (_req, reply) => {
    const ready = await Promise.race([
      db.query('select 1').then(() => true, () => false),
      new Promise<boolean>((r) => setTimeout(() => r(false), READY_TIMEOUT_MS).unref()),
    ]);
    if (!ready) throw new HttpError(503, 'unavailable', 'The hub cannot reach its database.');
    return reply.send({ ok: true });
  });

  app.get(`${API_PREFIX}/me`, async (req) => {
    const a = actorOf(req);
    return { team: a.team, name: a.teamName, member: a.member, role: a.role, label: a.label };
  });

  app.post(`${API_PREFIX}/members`, async (req, reply) => {
    const actor = adminOf(req);
    const body = parse(MemberCreateRequestSchema, req.body ?? {});
    const created = await createMember(db, actor, body.role, body.label || null);
    return reply.status(201).send(created);
  });

  app.delete(`${API_PREFIX}/members/:id`, async (req, reply) => {
    const actor = adminOf(req);
    const member = (req.params as { id: string }).id;
    if (!MEMBER_ID_PATTERN.test(member)) throw new HttpError(400, 'invalid_path', 'id: not a member id');
    if (!(await revokeMember(db, actor, member))) throw new HttpError(404, 'not_found', 'This team has no such member, or it is revoked already.');
    return reply.status(204).send();
  });

  app.post(`${API_PREFIX}/sightings`, async (req) => {
    const actor = actorOf(req);
    return recordSighting(db, actor, parse(SightingRequestSchema, req.body));
  });

  app.post(`${API_PREFIX}/reports`, { bodyLimit: REPORT_BODY_LIMIT }, async (req, reply) => {
    const actor = actorOf(req);
    const idempotencyKey = req.headers[IDEMPOTENCY_HEADER.toLowerCase()];
    if (typeof idempotencyKey !== 'string' || idempotencyKey === '') {
      throw new HttpError(400, 'missing_header', `${IDEMPOTENCY_HEADER}: required (the bundle's idempotencyKey)`);
    }
    const profile = req.headers[PROFILE_KEY_HEADER.toLowerCase()];
    if (typeof profile !== 'string' || !KEY_PATTERN.test(profile)) {
      throw new HttpError(400, 'missing_header', `${PROFILE_KEY_HEADER}: required, the profile's 43-character keyed hash`);
    }
    const bundle = parse(ReportBundleSchema, req.body);
    if (bundle.idempotencyKey !== idempotencyKey) {
      throw new HttpError(400, 'idempotency_mismatch', `${IDEMPOTENCY_HEADER}: must equal the bundle's idempotencyKey`);
    }
    // Stored as sent (the parsed body, every field kept: the schema's objects are loose).
    const created = await storeReport(db, actor, profile, idempotencyKey, bundle.createdAt, JSON.stringify(req.body));
    return reply.status(created.duplicate ? 200 : 201).send(created);
  });

  app.get(`${API_PREFIX}/profiles/:key`, async (req) => {
    const actor = actorOf(req);
    const view = await profileView(db, actor.team, profileParam(req));
    if (!view) throw new HttpError(404, 'not_found', 'Nobody in this team has seen or reported this profile.');
    return view;
  });

  app.patch(`${API_PREFIX}/profiles/:key`, async (req) => {
    const actor = adminOf(req);
    const key = profileParam(req);
    const body = parse(TriageRequestSchema, req.body);
    const view = await triage(db, actor, key, body.status, body.note?.trim() || null);
    if (!view) throw new HttpError(404, 'not_found', 'Nobody in this team has seen or reported this profile.');
    return view;
  });

  // The team dashboard at / and the exports' routes (hub/dashboard/README.md).
  await registerDashboard(app, { db });
  return app;
}
