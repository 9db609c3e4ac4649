// The page's calls to the hub: same origin, the session cookie sent by the browser, the CSRF token
// on every write. What stays in the tab: the team (hub, id, name, key) from the enrolment code, in
// sessionStorage, never in a request.

export interface Me {
  team: string;
  name: string;
  member: string;
  role: 'admin' | 'member';
  label: string | null;
  csrf: string;
  expiresAt: string;
}

export interface TeamSecret {
  hub: string;
  team: string;
  name: string;
  key: string;
}

const STORAGE = 'telltale-dashboard-team';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

let csrf = '';
export const setCsrf = (token: string) => {
  csrf = token;
};

export async function api<T>(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET') headers['x-csrf-token'] = csrf;
  const r = await fetch(path, { method, credentials: 'same-origin', headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  if (r.status === 204) return undefined as T;
  const data = (await r.json().catch(() => null)) as { message?: unknown } | null;
  if (!r.ok) throw new ApiError(r.status, typeof data?.message === 'string' ? data.message : `The hub answered ${r.status}.`);
  return data as T;
}

export function keepTeam(t: TeamSecret | null): void {
  try {
    if (t) sessionStorage.setItem(STORAGE, JSON.stringify(t));
    else sessionStorage.removeItem(STORAGE);
  } catch {
    /* storage refused: invitations need signing in again */
  }
}

export function keptTeam(): TeamSecret | null {
  try {
    const t = JSON.parse(sessionStorage.getItem(STORAGE) ?? 'null') as TeamSecret | null;
    return t && typeof t.key === 'string' && typeof t.team === 'string' ? t : null;
  } catch {
    return null;
  }
}
