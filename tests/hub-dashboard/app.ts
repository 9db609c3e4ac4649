// A hub with the dashboard, as hub/server.ts builds it (buildHub registers the plugin), ready for
// inject or listen; and a browser-ish client that keeps its cookie.
import type { FastifyInstance, InjectOptions } from 'fastify';
import type { Database } from '../../hub/db.ts';
import { buildHub, type HubOptions } from '../../hub/server.ts';

export async function buildDashboardHub(db: Database, options: Partial<HubOptions> = {}): Promise<FastifyInstance> {
  const app = await buildHub({ db, ...options });
  await app.ready();
  return app;
}

export const HOST = 'hub.test';
export const ORIGIN = `http://${HOST}`;

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: string;
  json: Record<string, unknown>;
}

/** A browser-ish client: keeps its cookie, sends Origin and the CSRF token on writes unless told not to. */
export function client(app: FastifyInstance) {
  let cookie: string | null = null;
  let csrf: string | null = null;
  const call = async (method: InjectOptions['method'], url: string, opts: { payload?: unknown; origin?: string | null; csrf?: string | null; headers?: Record<string, string> } = {}): Promise<Answer> => {
    const write = method !== 'GET';
    const headers: Record<string, string> = { host: HOST, ...(opts.headers ?? {}) };
    if (cookie) headers.cookie = cookie;
    const origin = opts.origin === undefined ? (write ? ORIGIN : null) : opts.origin;
    if (origin) headers.origin = origin;
    const token = opts.csrf === undefined ? csrf : opts.csrf;
    if (write && token) headers['x-csrf-token'] = token;
    const r = await app.inject({ method, url, headers, ...(opts.payload === undefined ? {} : { payload: opts.payload as Record<string, unknown> }) });
    const set = r.headers['set-cookie'];
    for (const c of [set ?? []].flat()) {
      const pair = String(c).split(';')[0]!;
      cookie = pair.endsWith('=') ? null : pair;
    }
    let json: Record<string, unknown> = {};
    try {
      json = JSON.parse(r.body) as Record<string, unknown>;
    } catch {
      /* not JSON */
    }
    return { status: r.statusCode, headers: r.headers, body: r.body, json };
  };
  return {
    call,
    get cookie() {
      return cookie;
    },
    set cookie(c: string | null) {
      cookie = c;
    },
    get csrf() {
      return csrf;
    },
    async signIn(token: string) {
      const r = await call('POST', '/dashboard/session', { payload: { token } });
      if (r.status === 201) csrf = r.json.csrf as string;
      return r;
    },
  };
}
