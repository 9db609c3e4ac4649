// Sightings (issue 27, items 2 and 4): with a team hub joined, each assessed profile is told to the
// hub as one sighting of keyed hashes (src/team/sighting.ts), and the hub's answer becomes what the
// `team` signals read (ctx.team). The page's answer never waits for it: the first assessment of a
// profile reads "asking" (the team's checks "not checked" yet), the question goes out after the
// answer, and when the hub's answer (or its failure) changes what the team signals would say, the
// tabs showing the profile are told to read it again (worker/profile-changed), which assesses it
// with the stored answer. A question is asked on each new look at a profile (a load, a reload, an
// in-app navigation to it), and within one look once per profile, details and level in FRESH_MS;
// the request follows no redirect, sends no cookie, gives up after SIGHTING_TIMEOUT_MS ("Team not
// reachable: not checked"), and reads at most SIGHTING_REPLY_LIMIT bytes. A 401 marks the team
// revoked (nothing more is sent). The answer names the other members by their labels, which stay
// in the worker and the extension's pages: the page itself learns only that a team finding exists.
import * as v from 'valibot';
import { t } from '../i18n.ts';
import type { Level, ProfileSnapshot, TeamOutcome, TeamSharedDetail, TeamView } from '../model.ts';
import { holdsClearContacts, keptContacts } from '../report/kept-application.ts';
import { guardedFetch, readCapped } from '../report/webhook-post.ts';
import { API_PREFIX, LEVELS, PROFILE_STATUSES, type ProfileStatus } from '../team/api.ts';
import { DETAIL_KINDS } from '../team/keys.ts';
import { labelledSightingOf, type SightingLabel } from '../team/sighting.ts';
import type { WorkerContext } from './context.ts';
import { TEAM_CONTACT_KEY, type Team, type TeamContact, type TeamState } from './team.ts';

export const SIGHTING_TIMEOUT_MS = 2_000;
/** An answer lists at most 50 details and 50 reports: far below this. */
export const SIGHTING_REPLY_LIMIT = 256 * 1024;
/**
 * How long an answer (or a failure) stands for the same question before it is asked again, within
 * one look: the reads that follow it (the tab told to read again, a section loaded) ask once. A new
 * look (a load, a reload, coming back to the profile) asks the hub anew whatever the age, and so
 * says what the team decided meanwhile.
 */
export const FRESH_MS = 30_000;
/**
 * The most sightings one worker sends in a minute: a person opens a few profiles a minute, while a
 * page that rewrites its address and details in a loop must not fill the team's hub with fake
 * profiles under the member's name. Past it the team's checks say why they were not made.
 */
export const MAX_SIGHTINGS_PER_MINUTE = 30;

/** The session area's key of the team's view of one profile (its own group in the session cache). */
export const teamViewKey = (profileKey: string) => `teamview:${profileKey}`;
interface StoredView {
  /** The team and member it was asked as: a view asked as another member is not this one's. */
  asker: string;
  /** The question (profile, details, level), to ask it again only when it changed or went stale. */
  question: string;
  at: number;
  view: TeamView;
}

const asker = (state: TeamState) => `${state.hub} ${state.team} ${state.member}`;
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const MemberRefSchema = v.object({ id: text(100), label: v.nullable(text(200)) });
const AnswerSchema = v.object({
  profile: v.object({
    status: v.picklist(PROFILE_STATUSES),
    note: v.nullable(text(2_000)),
    statusBy: v.nullable(MemberRefSchema),
    statusAt: v.nullable(text(40)),
    // A much reported profile is no error: the first 50 reports are what a finding lists anyway.
    reports: v.pipe(v.array(v.object({ member: MemberRefSchema, at: text(40), destinations: v.pipe(v.array(text(40)), v.transform((d) => d.slice(0, 20))), outcome: v.picklist(PROFILE_STATUSES) })), v.transform((r) => r.slice(0, 50))),
  }),
  details: v.pipe(v.array(v.object({ kind: v.picklist(DETAIL_KINDS), key: text(100), otherProfiles: count, members: count, reported: count, confirmed: count })), v.transform((d) => d.slice(0, 100))),
});

const OUTCOME: Record<ProfileStatus, TeamOutcome> = { new: 'open', under_review: 'under-review', confirmed_fraud: 'confirmed', false_alarm: 'false-alarm' };

/** The hub's answer as the team signals read it: the user's own reports left out, details named as this page shows them. */
function viewOf(answer: v.InferOutput<typeof AnswerSchema>, me: string, labels: Map<string, SightingLabel>): TeamView {
  const name = (m: { id: string; label: string | null }) => m.label ?? t('f_reported_a_colleague');
  const { profile } = answer;
  const status = OUTCOME[profile.status];
  return {
    status: 'answered',
    reports: profile.reports.filter((r) => r.member.id !== me).map((r) => ({ by: name(r.member), at: r.at, destinations: r.destinations, outcome: OUTCOME[r.outcome] })),
    // The user's own triage (an admin) is their decision, not a colleague's evidence: as their own reviews, it never counts.
    triage: status === 'open' || profile.statusBy?.id === me ? null : { outcome: status, by: profile.statusBy ? name(profile.statusBy) : null, at: profile.statusAt, note: profile.note },
    shared: oneEach(
      answer.details.flatMap((d) => {
        const label = labels.get(d.key);
        if (!label || label.kind !== d.kind) return [];
        const value = label.likeness ? t('f_team_value_picture') : label.kind === 'photo' ? t('f_team_value_photo') : label.kind === 'about' ? t('f_team_value_about') : label.shown;
        const counts = { otherProfiles: d.otherProfiles, seenBy: d.members, reported: d.reported, confirmed: d.confirmed };
        return [label.likeness ? { kind: label.kind, value, ...counts, likeness: label.likeness } : { kind: label.kind, value, ...counts }];
      }),
    ),
  };
}

/**
 * One entry per detail as shown: a photo's print is sent as several keys (its variants,
 * src/photo/print.ts), each counted by the hub on its own. The hub does not say which profiles a
 * count is of, so the largest count of each stands for the detail: never more than the profiles
 * that share it, fewer only when different profiles met different keys. A print's likeness that
 * counts no more profiles than the very same upload does says nothing more, and is left out.
 */
function oneEach(shared: TeamSharedDetail[]): TeamSharedDetail[] {
  const out = new Map<string, TeamSharedDetail>();
  for (const s of shared) {
    const id = `${s.kind}\u0000${s.value}`;
    const had = out.get(id);
    out.set(
      id,
      had
        ? { ...had, otherProfiles: Math.max(had.otherProfiles, s.otherProfiles), seenBy: Math.max(had.seenBy, s.seenBy), reported: Math.max(had.reported, s.reported), confirmed: Math.max(had.confirmed, s.confirmed) }
        : s,
    );
  }
  const all = [...out.values()];
  const upload = all.find((s) => s.kind === 'photo' && !s.likeness);
  return all.filter((s) => !(s.likeness && upload && upload.otherProfiles >= s.otherProfiles));
}

const same = (a: TeamView | null, b: TeamView | null) => JSON.stringify(a) === JSON.stringify(b);

export function createSightings(ctx: WorkerContext, team: Team) {
  const { env, memory, memorySerial, sessionCache } = ctx;
  /** The question in flight per profile: a second snapshot of it meanwhile does not ask again. */
  const asking = new Map<string, string>();
  /** Bumped when a profile is forgotten, the team left or joined, or all data deleted: an answer asked before is not stored. */
  let generation = 0;
  /** When the sightings of the last minute were sent (MAX_SIGHTINGS_PER_MINUTE). */
  const sentAt: number[] = [];

  async function stored(profileKey: string): Promise<StoredView | null> {
    const raw = (await env.session.get([teamViewKey(profileKey)]))[teamViewKey(profileKey)] as StoredView | undefined;
    return raw && typeof raw === 'object' && typeof raw.question === 'string' ? raw : null;
  }

  /** What the team signals see for this profile now: null with no team joined (they do not apply). */
  async function viewFor(profileKey: string): Promise<TeamView | null> {
    const state = await team.current();
    if (!state) return null;
    if (state.revokedAt !== null) return { status: 'revoked' };
    const kept = await stored(profileKey);
    return kept && kept.asker === asker(state) ? kept.view : { status: 'asking' };
  }

  async function post(state: TeamState, body: unknown): Promise<{ view: TeamView | 'revoked'; error: string | null; answer?: unknown }> {
    if (!env.hubFetch) return { view: { status: 'unreachable', reason: t('team_err_no_network') }, error: t('team_err_no_network') };
    try {
      const { response, redirected } = await guardedFetch(
        env.hubFetch,
        `${state.hub}${API_PREFIX}/sightings`,
        { method: 'POST', headers: { Authorization: `Bearer ${state.token}`, 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify(body) },
        SIGHTING_TIMEOUT_MS,
      );
      if (redirected) {
        const reason = t('team_err_redirect', state.hub);
        return { view: { status: 'unreachable', reason }, error: reason };
      }
      if (response.status === 401) {
        response.body?.cancel().catch(() => undefined);
        return { view: 'revoked', error: t('cov_team_revoked') };
      }
      const { text: reply, cut } = await readCapped(response, SIGHTING_REPLY_LIMIT);
      if (response.status !== 200 || cut) {
        const reason = t('team_err_http', response.status);
        return { view: { status: 'unreachable', reason }, error: reason };
      }
      return { view: { status: 'asking' }, error: null, answer: JSON.parse(reply) as unknown };
    } catch (e) {
      const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
      const reason =
        e instanceof Error && e.name === 'TimeoutError'
          ? t('team_err_timeout', SIGHTING_TIMEOUT_MS / 1000)
          : e instanceof SyntaxError
            ? t('team_err_http', 200)
            : offline
              ? t('team_err_offline')
              : t('team_err_offline_or', e instanceof Error ? e.message.slice(0, 200) : String(e).slice(0, 200));
      return { view: { status: 'unreachable', reason }, error: reason };
    }
  }

  /**
   * Asks the team's hub about a profile just assessed with `used` as its team view (again, on a new
   * look, even when it answered the same question moments ago), and stores the answer. Resolves true when what the team signals see changed (the caller has the tabs read it again).
   */
  async function ask(profileKey: string, snapshot: ProfileSnapshot, level: Level | null, region: string | null, used: TeamView | null, newLook = false): Promise<boolean> {
    const state = await team.joined();
    if (!state) return false;
    const who = asker(state);
    const asked = generation;
    /** Still the same team, member and data as when asked: a profile forgotten or a team left meanwhile gets nothing back. */
    const current = async () => asked === generation && (await team.current().then((now) => now !== null && asker(now) === who));
    const write = async (view: TeamView, question: string) => {
      const entry: StoredView = { asker: who, question, at: env.now().getTime(), view };
      const stored = await memorySerial(async () => {
        if (!(await current())) return false;
        await sessionCache.write({ [teamViewKey(profileKey)]: { [teamViewKey(profileKey)]: entry } });
        return true;
      });
      return stored && !same(view, used);
    };

    if (env.sendingAllowed && !(await env.sendingAllowed())) return write({ status: 'not-sent', reason: t('team_not_sent_consent') }, 'not-sent');
    const comparison = await memorySerial(() => memory.comparisonOf(profileKey)).catch(() => null);
    const application = comparison && holdsClearContacts(comparison) ? keptContacts(comparison) : null;
    const labelled = await labelledSightingOf(state.key, { snapshot, level: level && (LEVELS as readonly string[]).includes(level) ? level : null, at: env.now(), region, application });
    if (!labelled) return write({ status: 'not-sent', reason: t('team_not_sent_no_address') }, 'no-address');

    const { request, labels } = labelled;
    const question = JSON.stringify([request.profile, request.details, request.level]);
    const kept = await stored(profileKey);
    if (!newLook && kept && kept.asker === who && kept.question === question && env.now().getTime() - kept.at < FRESH_MS) return !same(kept.view, used);
    if (asking.get(profileKey) === question) return false;
    const now = env.now().getTime();
    while (sentAt.length > 0 && now - sentAt[0]! >= 60_000) sentAt.shift();
    if (sentAt.length >= MAX_SIGHTINGS_PER_MINUTE) return write({ status: 'not-sent', reason: t('team_not_sent_rate', MAX_SIGHTINGS_PER_MINUTE) }, 'rate');
    sentAt.push(now);
    asking.set(profileKey, question);
    try {
      const result = await post(state, request);
      if (await current()) await env.session.set({ [TEAM_CONTACT_KEY]: { at: env.now().toISOString(), error: result.error } satisfies TeamContact });
      if (result.view === 'revoked') {
        await team.markRevoked(state);
        return write({ status: 'revoked' }, question);
      }
      if (result.answer === undefined) return write(result.view, question);
      const parsed = v.safeParse(AnswerSchema, result.answer);
      if (!parsed.success) return write({ status: 'unreachable', reason: t('team_err_http', 200) }, question);
      return write(viewOf(parsed.output, state.member, labels), question);
    } finally {
      if (asking.get(profileKey) === question) asking.delete(profileKey);
    }
  }

  /**
   * Forgets every team answer this session holds (a team left, joined or checked anew, all data
   * deleted), and any answer on its way; the caller has the tabs read their profiles again.
   */
  async function clear(): Promise<void> {
    generation++;
    const keys = Object.keys(await env.session.getAll()).filter((k) => k.startsWith('teamview:'));
    await memorySerial(() => sessionCache.remove(keys));
    await env.session.remove([...keys, TEAM_CONTACT_KEY]);
  }

  /** A profile forgotten: an answer on its way for it is not stored (the caller removes what was). */
  const forgetting = () => void generation++;

  return { viewFor, ask, clear, forgetting };
}

export type Sightings = ReturnType<typeof createSightings>;
