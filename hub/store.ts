// What the hub keeps, as queries: teams and members (tokens as SHA-256 hashes), sightings and the
// details each profile carried (keyed hashes only), reports (the bundle as sent), triage, and the
// audit log. Every query is parameterised and every read is scoped to the caller's team.
import { createHash, randomBytes } from 'node:crypto';
import type { Role } from '../src/team/enrolment.ts';
import type {
  ColleagueReport,
  DetailCount,
  MemberCreated,
  MemberRef,
  ProfileStatus,
  ProfileView,
  ReportCreated,
  SightingRequest,
  SightingResponse,
} from '../src/team/api.ts';
import type { Database, Queryable } from './db.ts';

/** The member a request's token names. */
export interface Actor {
  member: string;
  team: string;
  teamName: string;
  role: Role;
  label: string | null;
}

const id = (prefix: string) => `${prefix}_${randomBytes(16).toString('base64url')}`;
export const hashToken = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');
const newToken = () => randomBytes(32).toString('base64url');
/** A stored time as ISO text; never throws (a value no Date can hold is given as the database wrote it). */
const iso = (t: unknown): string => {
  const d = t instanceof Date ? t : new Date(String(t));
  return Number.isFinite(d.getTime()) ? d.toISOString() : String(t);
};
const isoOrNull = (t: unknown): string | null => (t === null || t === undefined ? null : iso(t));
const num = (n: unknown) => Number(n ?? 0);

async function audit(q: Queryable, team: string, actor: string | null, action: string, subject: string | null, detail: Record<string, unknown> | null) {
  await q.query('insert into audit_log (team_id, actor, action, subject, detail) values ($1, $2, $3, $4, $5)', [
    team,
    actor,
    action,
    subject,
    detail === null ? null : JSON.stringify(detail),
  ]);
}

/** A new team and its first admin; the admin's token is returned once and stored only as a hash. */
export async function createTeam(db: Database, name: string, adminLabel: string | null = null): Promise<MemberCreated> {
  const team = id('t');
  const member = id('m');
  const token = newToken();
  await db.transaction(async (tx) => {
    await tx.query('insert into teams (id, name) values ($1, $2)', [team, name]);
    await tx.query('insert into members (id, team_id, role, label, token_hash) values ($1, $2, $3, $4, $5)', [member, team, 'admin', adminLabel, hashToken(token)]);
    await audit(tx, team, null, 'team.create', team, { admin: member });
  });
  return { team, name, member, role: 'admin', label: adminLabel, token };
}

/** The member whose token this is, unless revoked or unknown. */
export async function authenticate(db: Queryable, token: string): Promise<Actor | null> {
  const { rows } = await db.query<{ id: string; team_id: string; name: string; role: Role; label: string | null }>(
    `select m.id, m.team_id, t.name, m.role, m.label from members m join teams t on t.id = m.team_id
     where m.token_hash = $1 and m.revoked_at is null`,
    [hashToken(token)],
  );
  const r = rows[0];
  return r ? { member: r.id, team: r.team_id, teamName: r.name, role: r.role, label: r.label } : null;
}

export async function createMember(db: Database, actor: Actor, role: Role, label: string | null): Promise<MemberCreated> {
  const member = id('m');
  const token = newToken();
  await db.transaction(async (tx) => {
    await tx.query('insert into members (id, team_id, role, label, token_hash, created_by) values ($1, $2, $3, $4, $5, $6)', [
      member,
      actor.team,
      role,
      label,
      hashToken(token),
      actor.member,
    ]);
    await audit(tx, actor.team, actor.member, 'member.invite', member, { role });
  });
  return { team: actor.team, name: actor.teamName, member, role, label, token };
}

/** Revokes a member of the actor's team; false when the team has no such member (or it was revoked already). */
/** Thrown when a revocation would leave a team without an admin (nobody could invite or triage again). */
export class LastAdminError extends Error {}

export async function revokeMember(db: Database, actor: Actor, member: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const admins = await tx.query<{ id: string }>("select id from members where team_id = $1 and role = 'admin' and revoked_at is null for update", [actor.team]);
    if (admins.rows.length === 1 && admins.rows[0]!.id === member) throw new LastAdminError('This is the team\'s last admin: invite another admin first.');
    const { rows } = await tx.query<{ id: string }>(
      'update members set revoked_at = now() where id = $1 and team_id = $2 and revoked_at is null returning id',
      [member, actor.team],
    );
    if (rows.length === 0) return false;
    await audit(tx, actor.team, actor.member, 'member.revoke', member, null);
    return true;
  });
}

async function ensureProfile(q: Queryable, team: string, profile: string, at: string) {
  await q.query(
    `insert into profiles (team_id, profile_key, first_seen) values ($1, $2, $3)
     on conflict (team_id, profile_key) do update set first_seen = least(profiles.first_seen, excluded.first_seen)`,
    [team, profile, at],
  );
}

/**
 * Records a sighting and answers what the team knows of the profile and of each detail: two
 * statements. The first writes the profile, the sighting and its details and reads the counts, in
 * one statement (atomic by itself: nothing is written partly; the counts leave the profile's own
 * rows out, so they need not see what it writes); the second reads the profile as it now is.
 *
 * The counts leave out the asker's own rows: what a member saw itself its extension remembers (and
 * shows as its own history); the team's answer is what the others saw.
 * The counts: per detail, an index range of profile_details (team, kind, key) and one index probe
 * of profiles and of reports per profile found. The laterals (LIMIT 1 keeps them nested loops)
 * hold that shape whatever the planner's statistics say: PGlite has no autovacuum to gather any,
 * and a plain join planned without them read every detail row of the team (scripts/bench-hub.ts).
 */
export async function recordSighting(db: Database, actor: Actor, s: SightingRequest): Promise<SightingResponse> {
  const details = JSON.stringify(s.details.map(({ kind, key }) => ({ kind, key })));
  const counts = await db.query<{ kind: string; key: string; other_profiles: unknown; members: unknown; reported: unknown; confirmed: unknown }>(
    `with profile as (
       insert into profiles (team_id, profile_key, first_seen) values ($1::text, $2::text, $4::timestamptz)
       on conflict (team_id, profile_key) do update set first_seen = least(profiles.first_seen, excluded.first_seen)
     ), sighting as (
       insert into sightings (team_id, member_id, profile_key, level, seen_at) values ($1::text, $3::text, $2::text, $6::text, $4::timestamptz)
     ), detail as (
       insert into profile_details (team_id, profile_key, kind, key, member_id, first_seen, last_seen)
       select distinct $1::text, $2::text, d.kind, d.key, $3::text, $4::timestamptz, $4::timestamptz
       from jsonb_to_recordset($5::jsonb) as d(kind text, key text)
       on conflict (team_id, kind, key, profile_key, member_id) do update
         set last_seen = greatest(profile_details.last_seen, excluded.last_seen),
             first_seen = least(profile_details.first_seen, excluded.first_seen)
     )
     select w.kind, w.key, c.other_profiles, c.members, c.reported, c.confirmed
     from (select distinct kind, key from jsonb_to_recordset($5::jsonb) as w(kind text, key text)) w
     cross join lateral (
       select count(distinct d.profile_key) as other_profiles,
              count(distinct d.member_id) as members,
              count(distinct d.profile_key) filter (where r.yes) as reported,
              count(distinct d.profile_key) filter (where p.status = 'confirmed_fraud') as confirmed
       from profile_details d
       left join lateral (select p.status from profiles p where p.team_id = $1::text and p.profile_key = d.profile_key limit 1) p on true
       left join lateral (select true as yes from reports r where r.team_id = $1::text and r.profile_key = d.profile_key limit 1) r on true
       where d.team_id = $1::text and d.kind = w.kind and d.key = w.key and d.profile_key <> $2::text and d.member_id <> $3::text
     ) c`,
    [actor.team, s.profile, actor.member, s.at, details, s.level],
  );
  const byDetail = new Map(counts.rows.map((r) => [`${r.kind}:${r.key}`, r]));
  const out: DetailCount[] = [];
  const seen = new Set<string>();
  for (const { kind, key } of s.details) {
    if (seen.has(`${kind}:${key}`)) continue;
    seen.add(`${kind}:${key}`);
    const r = byDetail.get(`${kind}:${key}`);
    out.push({ kind, key, otherProfiles: num(r?.other_profiles), members: num(r?.members), reported: num(r?.reported), confirmed: num(r?.confirmed) });
  }
  return { profile: (await profileView(db, actor.team, s.profile))!, details: out };
}

/** What the team knows of one profile, in one query; null when it never saw nor reported it. */
export async function profileView(q: Queryable, team: string, profile: string): Promise<ProfileView | null> {
  const p = (
    await q.query<{ status: ProfileStatus; note: string | null; status_by: string | null; by_label: string | null; status_at: unknown; first_seen: unknown; sightings: unknown; seen_by: unknown; reports: unknown }>(
      `select p.status, p.note, p.status_by, m.label as by_label, p.status_at, p.first_seen, s.sightings, s.seen_by,
              (select coalesce(json_agg(json_build_object('id', r.id, 'member_id', r.member_id, 'label', rm.label, 'created_at', r.created_at,
                                                          'received_at', r.received_at, 'destinations', r.bundle -> 'destinations')
                                        order by r.created_at, r.id), '[]'::json)
               from reports r join members rm on rm.id = r.member_id
               where r.team_id = p.team_id and r.profile_key = p.profile_key) as reports
       from profiles p
       left join members m on m.id = p.status_by
       cross join lateral (select count(*) as sightings, count(distinct member_id) as seen_by
                           from sightings where team_id = p.team_id and profile_key = p.profile_key) s
       where p.team_id = $1 and p.profile_key = $2`,
      [team, profile],
    )
  ).rows[0];
  if (!p) return null;
  const json = (v: unknown): unknown => (typeof v === 'string' ? JSON.parse(v) : v);
  const reports = json(p.reports) as { id: string; member_id: string; label: string | null; created_at: string; received_at: string; destinations: unknown }[];
  const destinations = (d: unknown): string[] => {
    const list = json(d);
    return Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : [];
  };
  const statusBy: MemberRef | null = p.status_by ? { id: p.status_by, label: p.by_label } : null;
  return {
    key: profile,
    status: p.status,
    note: p.note,
    statusBy,
    statusAt: isoOrNull(p.status_at),
    firstSeen: isoOrNull(p.first_seen),
    seenBy: num(p.seen_by),
    sightings: num(p.sightings),
    reports: reports.map(
      (r): ColleagueReport => ({
        id: r.id,
        member: { id: r.member_id, label: r.label },
        at: iso(r.created_at),
        receivedAt: iso(r.received_at),
        destinations: destinations(r.destinations),
        outcome: p.status,
      }),
    ),
  };
}

/** Thrown when an Idempotency-Key already names another report (another member, profile or bundle). */
export class IdempotencyConflictError extends Error {}

/** Stores a report once per (team, Idempotency-Key): a retry answers the first one's id. */
export async function storeReport(
  db: Database,
  actor: Actor,
  profile: string,
  idempotencyKey: string,
  createdAt: string,
  bundleJson: string,
): Promise<ReportCreated> {
  return db.transaction(async (tx) => {
    const inserted = await tx.query<{ id: string }>(
      `insert into reports (id, team_id, member_id, profile_key, idempotency_key, bundle, created_at)
       values ($1, $2, $3, $4, $5, $6::jsonb, $7)
       on conflict (team_id, idempotency_key) do nothing returning id`,
      [id('r'), actor.team, actor.member, profile, idempotencyKey, bundleJson, createdAt],
    );
    if (inserted.rows[0]) {
      await ensureProfile(tx, actor.team, profile, createdAt);
      return { id: inserted.rows[0].id, duplicate: false };
    }
    // A retry is the same member sending the same bundle about the same profile; anything else under
    // a key already used is refused, never answered as if stored.
    const first = await tx.query<{ id: string; same: boolean }>(
      'select id, (member_id = $3 and profile_key = $4 and bundle = $5::jsonb) as same from reports where team_id = $1 and idempotency_key = $2',
      [actor.team, idempotencyKey, actor.member, profile, bundleJson],
    );
    if (!first.rows[0]!.same) throw new IdempotencyConflictError('This Idempotency-Key was used for another report: make a new key for a new report.');
    return { id: first.rows[0]!.id, duplicate: true };
  });
}

/** Sets a profile's triage status (admins); null when the team never saw nor reported it. */
export async function triage(db: Database, actor: Actor, profile: string, status: ProfileStatus, note: string | null): Promise<ProfileView | null> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<{ status: string }>(
      `update profiles set status = $3, note = $4, status_by = $5, status_at = now()
       where team_id = $1 and profile_key = $2 returning status`,
      [actor.team, profile, status, note, actor.member],
    );
    if (rows.length === 0) return null;
    await audit(tx, actor.team, actor.member, 'profile.triage', profile, { status, note: note !== null });
    return profileView(tx, actor.team, profile);
  });
}
