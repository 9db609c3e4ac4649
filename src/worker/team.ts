// The team hub (issue 27): joining a team with an enrolment code, how the joined team stands, and
// leaving it. The one place that holds the joined team: storage.local under TEAM_KEY, validated on
// every read (a corrupt or older value reads as "not joined"), with the member's token and the team
// key, which no answer to a page carries and no content script can ask for (the messages are ui/
// only). A code is stored only once its hub answered GET /v1/me with that member of that team; the
// request follows no redirect, gives up after HUB_TIMEOUT_MS and reads at most HUB_REPLY_LIMIT bytes.
// A team policy's code (managed storage `teamCode`) is joined the same way, and cannot be left here.
import * as v from 'valibot';
import { TEAM_KEY } from '../data/export.ts';
import { guardedFetch, readCapped } from '../report/webhook-post.ts';
import { t } from '../i18n.ts';
import type { AnswerOf, RequestOf, TeamStatus } from '../messages.ts';
import { isAllowedWebhookUrl, managedTeamCode } from '../settings.ts';
import { serialQueue } from '../storage/area.ts';
import { API_PREFIX } from '../team/api.ts';
import { EnrolmentSchema, parseEnrolment, ROLES, type Enrolment } from '../team/enrolment.ts';
import type { WorkerContext } from './context.ts';

export const HUB_TIMEOUT_MS = 5_000;
/** When the hub last answered, or failed to (a sighting, Check now), in the session area: the options page says it. */
export const TEAM_CONTACT_KEY = 'team:contact';

export interface TeamContact {
  at: string;
  /** null: the hub answered. */
  error: string | null;
}

/** GET /v1/me answers ~200 bytes: anything past this is no hub of ours. */
export const HUB_REPLY_LIMIT = 16_384;

const isoTime = v.pipe(v.string(), v.maxLength(40), v.isoTimestamp());
const label = v.nullable(v.pipe(v.string(), v.maxLength(200)));

/** What is stored under TEAM_KEY. */
const TeamStateSchema = v.object({
  ...EnrolmentSchema.entries,
  label,
  joinedAt: isoTime,
  /** When the hub last answered 401 for the token: nothing is sent while set. */
  revokedAt: v.nullable(isoTime),
  checkedAt: v.nullable(isoTime),
  /** Joined with a team policy's code: no Leave in options. */
  managed: v.boolean(),
});
export type TeamState = v.InferOutput<typeof TeamStateSchema>;

/** What the hub says a token is (GET /v1/me). */
const MeSchema = v.object({ team: v.string(), name: v.pipe(v.string(), v.maxLength(200)), member: v.string(), role: v.picklist(ROLES), label });
type Me = v.InferOutput<typeof MeSchema>;
type MeAnswer = { kind: 'me'; me: Me } | { kind: 'revoked' } | { kind: 'failed'; error: string };

/** A body's text, or null when it is longer than `limit` bytes (the rest is never read). */
async function readUpTo(response: Response, limit: number): Promise<string | null> {
  const { text, cut } = await readCapped(response, limit);
  return cut ? null : text;
}

const reasonOf = (e: unknown) => (e instanceof Error ? (e.name === 'TimeoutError' ? t('team_err_timeout', HUB_TIMEOUT_MS / 1000) : e.message) : String(e)).slice(0, 300);

export function createTeam(ctx: WorkerContext) {
  const { env } = ctx;
  /** Joins, checks and leaves one at a time: a Leave never lands between a check's read and its write. */
  const serial = serialQueue();

  async function read(): Promise<TeamState | null> {
    const parsed = v.safeParse(TeamStateSchema, (await env.local.get([TEAM_KEY]))[TEAM_KEY]);
    return parsed.success ? parsed.output : null;
  }

  /** GET <hub>/v1/me with the token, said in plain words when it fails. */
  async function askMe(hub: string, token: string): Promise<MeAnswer> {
    if (!env.hubFetch) return { kind: 'failed', error: t('team_err_unreachable', [hub, t('team_err_no_network')]) };
    try {
      const { response, redirected } = await guardedFetch(env.hubFetch, `${hub}${API_PREFIX}/me`, { method: 'GET', headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' } }, HUB_TIMEOUT_MS);
      if (redirected) return { kind: 'failed', error: t('team_err_redirect', hub) };
      const text = await readUpTo(response, HUB_REPLY_LIMIT);
      if (response.status === 401) return { kind: 'revoked' };
      if (response.status !== 200 || text === null) return { kind: 'failed', error: t('team_err_not_hub', [hub, response.status]) };
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        return { kind: 'failed', error: t('team_err_not_hub', [hub, response.status]) };
      }
      const me = v.safeParse(MeSchema, json);
      return me.success ? { kind: 'me', me: me.output } : { kind: 'failed', error: t('team_err_not_hub', [hub, response.status]) };
    } catch (e) {
      return { kind: 'failed', error: t('team_err_unreachable', [hub, reasonOf(e)]) };
    }
  }

  /** Checks a code, asks its hub, and stores the team only when the hub names that member of that team. */
  async function join(code: string, managed: boolean): Promise<{ ok: true; state: TeamState } | { ok: false; error: string }> {
    let enrolment: Enrolment;
    try {
      enrolment = parseEnrolment(code);
    } catch (e) {
      return { ok: false, error: t('team_err_bad_code', e instanceof Error ? e.message : String(e)) };
    }
    if (!isAllowedWebhookUrl(enrolment.hub)) return { ok: false, error: t('team_err_hub_http', enrolment.hub) };
    const answer = await askMe(enrolment.hub, enrolment.token);
    if (answer.kind === 'revoked') return { ok: false, error: t('team_err_token_refused', enrolment.hub) };
    if (answer.kind === 'failed') return { ok: false, error: answer.error };
    if (answer.me.team !== enrolment.team || answer.me.member !== enrolment.member) return { ok: false, error: t('team_err_other_member', enrolment.hub) };
    const now = env.now().toISOString();
    const state: TeamState = {
      ...enrolment,
      // The hub's own words for the team and the member (an admin may have renamed them since the code was made).
      name: answer.me.name || enrolment.name,
      role: answer.me.role,
      label: answer.me.label,
      joinedAt: now,
      revokedAt: null,
      checkedAt: now,
      managed,
    };
    await env.local.set({ [TEAM_KEY]: state });
    return { ok: true, state };
  }

  const sameCode = (state: TeamState, e: Enrolment) => state.hub === e.hub && state.team === e.team && state.member === e.member && state.token === e.token && state.key === e.key;

  /**
   * A team policy's code: joined when no team is, or another; a team joined by policy is forgotten
   * when the policy no longer names it. Answers why the policy's code could not join (null: it did,
   * or there is none) and the hub it names.
   */
  async function followPolicy(): Promise<{ code: string | null; hub: string | null; error: string | null }> {
    const code = managedTeamCode(await ctx.readPolicy());
    const state = await read();
    if (code === null) {
      if (state?.managed) await env.local.remove([TEAM_KEY]);
      return { code, hub: null, error: null };
    }
    let enrolment: Enrolment;
    try {
      enrolment = parseEnrolment(code);
    } catch (e) {
      return { code, hub: null, error: t('team_err_bad_code', e instanceof Error ? e.message : String(e)) };
    }
    if (state?.managed && sameCode(state, enrolment)) return { code, hub: enrolment.hub, error: null };
    const joined = await join(code, true);
    return { code, hub: enrolment.hub, error: joined.ok ? null : joined.error };
  }

  /** "Check now": asks the hub again; a 401 marks the team revoked (nothing is sent then), an answer clears it. */
  async function check(state: TeamState): Promise<string | null> {
    const answer = await askMe(state.hub, state.token);
    const now = env.now().toISOString();
    await env.session.set({ [TEAM_CONTACT_KEY]: { at: now, error: answer.kind === 'failed' ? answer.error : null } satisfies TeamContact });
    if (answer.kind === 'failed') return answer.error;
    if (answer.kind === 'revoked') {
      await env.local.set({ [TEAM_KEY]: { ...state, revokedAt: state.revokedAt ?? now, checkedAt: now } satisfies TeamState });
      return null;
    }
    if (answer.me.team !== state.team || answer.me.member !== state.member) return t('team_err_other_member', state.hub);
    await env.local.set({ [TEAM_KEY]: { ...state, name: answer.me.name || state.name, role: answer.me.role, label: answer.me.label, revokedAt: null, checkedAt: now } satisfies TeamState });
    return null;
  }

  async function lastContact(): Promise<TeamContact | null> {
    const raw = (await env.session.get([TEAM_CONTACT_KEY]))[TEAM_CONTACT_KEY] as TeamContact | undefined;
    return raw && typeof raw === 'object' && typeof raw.at === 'string' ? { at: raw.at, error: typeof raw.error === 'string' ? raw.error : null } : null;
  }

  function statusOf(contact: TeamContact | null, state: TeamState | null, policy: { code: string | null; hub: string | null; error: string | null }): TeamStatus {
    if (!state) return { joined: false, managed: policy.code !== null, managedHub: policy.hub, error: policy.error };
    return {
      joined: true,
      managed: state.managed || policy.code !== null,
      hub: state.hub,
      team: state.team,
      name: state.name,
      member: state.member,
      role: state.role,
      label: state.label,
      joinedAt: state.joinedAt,
      revokedAt: state.revokedAt,
      checkedAt: state.checkedAt,
      lastContact: contact,
    };
  }

  const handlers = {
    'ui/team-status': (req: RequestOf<'ui/team-status'>): Promise<AnswerOf['ui/team-status']> =>
      serial(async () => {
        const policy = await followPolicy();
        const state = await read();
        const error = req.check && state ? await check(state) : null;
        return { ok: true, status: statusOf(await lastContact(), await read(), policy), error: error ?? (state ? null : policy.error) };
      }),
    'ui/team-join': (req: RequestOf<'ui/team-join'>): Promise<AnswerOf['ui/team-join']> =>
      serial(async () => {
        const policy = await followPolicy();
        if (policy.code !== null) return { ok: false, error: t('team_err_managed') };
        const joined = await join(req.code, false);
        return joined.ok ? { ok: true, status: statusOf(null, joined.state, policy) } : joined;
      }),
    'ui/team-leave': (): Promise<AnswerOf['ui/team-leave']> =>
      serial(async () => {
        if (managedTeamCode(await ctx.readPolicy()) !== null) return { ok: false, error: t('team_err_managed') };
        const raw = (await env.local.get([TEAM_KEY]))[TEAM_KEY];
        const state = await read();
        if (raw !== undefined) await env.local.remove([TEAM_KEY]);
        return { ok: true, left: raw !== undefined, hub: state?.hub ?? null };
      }),
  };

  return {
    handlers,
    /**
     * The team this browser has joined, with its token and key, when it may be used (not revoked);
     * null otherwise. For the worker's own use (sightings, reports to the hub): never sent to a page.
     */
    joined: async (): Promise<TeamState | null> => {
      const state = await read();
      return state && state.revokedAt === null ? state : null;
    },
    /** The joined team as stored, revoked or not (the team signals say "revoked"); null when none is. */
    current: read,
    /**
     * The hub answered 401 for this team's token (a sighting, a report): the team is marked revoked,
     * so nothing more is sent with it until "Check now" finds it valid again. A team left or joined
     * anew meanwhile is not touched.
     */
    markRevoked: (revoked: TeamState): Promise<void> =>
      serial(async () => {
        const state = await read();
        if (!state || !sameCode(state, revoked) || state.revokedAt !== null) return;
        const now = env.now().toISOString();
        await env.local.set({ [TEAM_KEY]: { ...state, revokedAt: now, checkedAt: now } satisfies TeamState });
      }),
    /** On every wake: a team policy's code is joined (or a withdrawn one forgotten) without waiting for the options page. */
    followPolicy: () => serial(followPolicy),
  };
}

export type Team = ReturnType<typeof createTeam>;
