// The hub's log: pino, through Fastify's `logger` option (pino is Fastify's own logger: nothing to
// add). JSON lines, one per request (method, route pattern, status, ms, opaque team and member
// ids) and one per event (started, stopping, stopped, database_down, database_back,
// internal_error). Never a body, a header, a token, an enrolment code, a cookie, a report's
// contents nor a raw URL (a profile key sits in /v1/profiles/{key}): the request line is written
// by hand from the route's pattern, Fastify's own request lines are off, the serializers keep
// only what is listed below, and two nets catch what slips through anyway: pino's `redact` on
// the fields a secret would sit in, and a scrub of each finished line that blanks any run of 43 or
// more base64url characters (tokens, keys, session ids), enrolment codes and e-mail addresses.
import { LogController, type FastifyServerOptions } from 'fastify';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
export const isLogLevel = (s: string): s is LogLevel => (LOG_LEVELS as readonly string[]).includes(s);

/** Where the lines go (the CLI: stderr) and from which level; without it the hub logs nothing (tests). */
export interface LogOptions {
  level: LogLevel;
  stream?: { write(line: string): unknown };
}

const REDACTED = '[redacted]';

/** A finished JSON line with anything shaped like a secret or a clear detail blanked (a last net, not the plan). */
export function scrubLine(line: string): string {
  return (
    line
      .replace(/telltale-team:[A-Za-z0-9_-]*/g, `telltale-team:${REDACTED}`)
      // A JSON escape (\n, \t…) before a run: its letter stays, so the escape stays valid.
      .replace(/(\\?)([A-Za-z0-9_-]{43,})/g, (_m, escape: string, run: string) => (escape ? `${escape}${run[0]}${REDACTED}` : REDACTED))
      .replace(/[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g, REDACTED)
  );
}

type Loose = Record<string, unknown> | null | undefined;

function errorSerializer(err: unknown): { type: string; code?: string; statusCode?: number } {
  const e = err as Loose;
  return {
    type: typeof e?.name === 'string' ? e.name : 'Error',
    ...(typeof e?.code === 'string' ? { code: e.code } : {}),
    ...(typeof e?.statusCode === 'number' ? { statusCode: e.statusCode } : {}),
  };
}

/** Fastify's logger options for the hub: pino with the serializers, redaction and scrub above. */
export function loggerOptions(log: LogOptions | undefined): Pick<FastifyServerOptions, 'logger' | 'logController'> {
  return {
    logController: new LogController({ disableRequestLogging: true }),
    logger: {
      level: log?.level ?? 'silent',
      ...(log?.stream ? { stream: log.stream } : {}),
      timestamp: () => `,"time":"${new Date().toISOString()}"`,
      serializers: {
        // Should anything log a request or a reply whole: its method and route pattern, its status.
        req: (req: unknown) => {
          const r = req as { method?: string; routeOptions?: { url?: string } };
          return { method: r.method, route: r.routeOptions?.url ?? null };
        },
        res: (res: unknown) => ({ statusCode: (res as { statusCode?: number }).statusCode }),
        // An error's kind and code only: a database error's message and detail carry the query's values.
        // (Fastify's type wants the message and stack this leaves out on purpose.)
        err: errorSerializer as unknown as (e: Error) => { type: string; message: string; stack: string },
      },
      redact: {
        paths: ['req.headers', 'headers', 'authorization', 'cookie', 'token', 'body', 'payload', 'bundle', 'code', 'url', '*.authorization', '*.cookie', '*.token', '*.body', '*.url'],
        censor: REDACTED,
      },
      hooks: { streamWrite: scrubLine },
    },
  };
}
