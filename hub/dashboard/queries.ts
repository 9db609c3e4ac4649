// What the dashboard reads: every query parameterised and scoped to the session's team (the first
// parameter is always the team id). Report bundles are returned as stored: the page renders every
// string of them as text.
import type { ConfirmedCase } from '../exports/case.ts';
import type { EvidenceBundle } from '../../src/report/bundle.ts';
import type { ProfileStatus } from '../../src/team/api.ts';
import type { Role } from '../../src/team/enrolment.ts';
import type { Queryable } from '../db.ts';

const iso = (t: unknown): string => (t instanceof Date ? t : new Date(String(t))).toISOString();
const isoOrNull = (t: unknown): string | null => (t === null || t === undefined ? null : iso(t));
const json = (v: unknown): unknown => (typeof v === 'string' ? JSON.parse(v) : v);

export interface InboxFilters {
  status: ProfileStatus | null;
  member: string | null;
  level: string | null;
}

export interface InboxItem {
  id: string;
  profileKey: string;
  member: { id: string; label: string | null };
  createdAt: string;
  receivedAt: string;
  status: ProfileStatus;
  level: string | null;
  name: string | null;
  findings: number;
}

export const INBOX_LIMIT = 200;

export async function inbox(db: Queryable, team: string, f: InboxFilters): Promise<{ reports: InboxItem[]; reporters: { id: string; label: string | null }[] }> {
  const { rows } = await db.query<{
    id: string;
    profile_key: string;
    member_id: string;
    label: string | null;
    created_at: unknown;
    received_at: unknown;
    status: ProfileStatus;
    level: string | null;
    name: string | null;
    findings: unknown;
  }>(
    `select r.id, r.profile_key, r.member_id, m.label, r.created_at, r.received_at, p.status,
            r.bundle -> 'assessment' ->> 'level' as level, r.bundle -> 'profile' ->> 'name' as name,
            case when jsonb_typeof(r.bundle -> 'findings') = 'array' then jsonb_array_length(r.bundle -> 'findings') else 0 end as findings
     from reports r
     join members m on m.id = r.member_id
     join profiles p on p.team_id = r.team_id and p.profile_key = r.profile_key
     where r.team_id = $1
       and ($2::text is null or p.status = $2)
       and ($3::text is null or r.member_id = $3)
       and ($4::text is null or r.bundle -> 'assessment' ->> 'level' = $4)
     order by r.created_at desc, r.received_at desc, r.id desc
     limit ${INBOX_LIMIT}`,
    [team, f.status, f.member, f.level],
  );
  const reporters = await db.query<{ id: string; label: string | null }>(
    'select distinct m.id, m.label from reports r join members m on m.id = r.member_id where r.team_id = $1 order by m.label nulls last, m.id',
    [team],
  );
  return {
    reports: rows.map((r) => ({
      id: r.id,
      profileKey: r.profile_key,
      member: { id: r.member_id, label: r.label },
      createdAt: iso(r.created_at),
      receivedAt: iso(r.received_at),
      status: r.status,
      level: r.level,
      name: r.name,
      findings: Number(r.findings ?? 0),
    })),
    reporters: reporters.rows,
  };
}

export interface ReportDetail extends InboxItem {
  note: string | null;
  statusAt: string | null;
  statusBy: { id: string; label: string | null } | null;
  bundle: unknown;
}

export async function report(db: Queryable, team: string, id: string): Promise<ReportDetail | null> {
  const { rows } = await db.query<{
    id: string;
    profile_key: string;
    member_id: string;
    label: string | null;
    created_at: unknown;
    received_at: unknown;
    status: ProfileStatus;
    note: string | null;
    status_at: unknown;
    status_by: string | null;
    by_label: string | null;
    bundle: unknown;
  }>(
    `select r.id, r.profile_key, r.member_id, m.label, r.created_at, r.received_at, p.status, p.note, p.status_at, p.status_by, b.label as by_label, r.bundle
     from reports r
     join members m on m.id = r.member_id
     join profiles p on p.team_id = r.team_id and p.profile_key = r.profile_key
     left join members b on b.id = p.status_by
     where r.team_id = $1 and r.id = $2`,
    [team, id],
  );
  const r = rows[0];
  if (!r) return null;
  const bundle = json(r.bundle) as { assessment?: { level?: unknown }; profile?: { name?: unknown }; findings?: unknown };
  return {
    id: r.id,
    profileKey: r.profile_key,
    member: { id: r.member_id, label: r.label },
    createdAt: iso(r.created_at),
    receivedAt: iso(r.received_at),
    status: r.status,
    level: typeof bundle.assessment?.level === 'string' ? bundle.assessment.level : null,
    name: typeof bundle.profile?.name === 'string' ? bundle.profile.name : null,
    findings: Array.isArray(bundle.findings) ? bundle.findings.length : 0,
    note: r.note,
    statusAt: isoOrNull(r.status_at),
    statusBy: r.status_by ? { id: r.status_by, label: r.by_label } : null,
    bundle,
  };
}

export interface LinkedProfile {
  key: string;
  names: string[];
  status: ProfileStatus;
  /** Members of the team who saw it (sent a sighting of it). */
  members: number;
}

export interface SharedDetail {
  kind: string;
  key: string;
  /** The team's profiles that carry it (two or more). */
  profiles: string[];
}

/** Details (detail keys) carried by more than one profile of the team, the newest first, and those profiles. */
export async function linkedProfiles(db: Queryable, team: string, limit = 100): Promise<{ profiles: LinkedProfile[]; shared: SharedDetail[] }> {
  const pairs = await db.query<{ kind: string; key: string; profile_key: string }>(
    `with shared as (
       select kind, key, max(last_seen) as last from profile_details where team_id = $1
       group by kind, key having count(distinct profile_key) > 1
       order by last desc, kind, key limit ${Math.max(1, Math.floor(limit))}
     )
     select distinct d.kind, d.key, d.profile_key, s.last
     from profile_details d join shared s on s.kind = d.kind and s.key = d.key
     where d.team_id = $1
     order by s.last desc, d.kind, d.key, d.profile_key`,
    [team],
  );
  const shared = new Map<string, SharedDetail>();
  for (const r of pairs.rows) {
    const id = `${r.kind}:${r.key}`;
    const s = shared.get(id) ?? { kind: r.kind, key: r.key, profiles: [] };
    s.profiles.push(r.profile_key);
    shared.set(id, s);
  }
  const keys = [...new Set(pairs.rows.map((r) => r.profile_key))];
  if (keys.length === 0) return { profiles: [], shared: [] };
  const profiles = await db.query<{ profile_key: string; status: ProfileStatus; members: unknown; names: unknown }>(
    `select p.profile_key, p.status,
            (select count(distinct s.member_id) from sightings s where s.team_id = p.team_id and s.profile_key = p.profile_key) as members,
            (select coalesce(jsonb_agg(distinct r.bundle -> 'profile' ->> 'name') filter (where r.bundle -> 'profile' ->> 'name' is not null), '[]'::jsonb)
               from reports r where r.team_id = p.team_id and r.profile_key = p.profile_key) as names
     from profiles p
     where p.team_id = $1 and p.profile_key in (select jsonb_array_elements_text($2::jsonb))
     order by p.profile_key`,
    [team, JSON.stringify(keys)],
  );
  return {
    profiles: profiles.rows.map((p) => {
      const names = json(p.names);
      return { key: p.profile_key, status: p.status, members: Number(p.members ?? 0), names: Array.isArray(names) ? names.filter((n): n is string => typeof n === 'string') : [] };
    }),
    shared: [...shared.values()],
  };
}

export interface MemberRow {
  id: string;
  label: string | null;
  role: Role;
  createdAt: string;
  revokedAt: string | null;
}

/** The team's members: never their tokens (the hub has only hashes, and those stay in). */
export async function members(db: Queryable, team: string): Promise<MemberRow[]> {
  const { rows } = await db.query<{ id: string; label: string | null; role: Role; created_at: unknown; revoked_at: unknown }>(
    'select id, label, role, created_at, revoked_at from members where team_id = $1 order by created_at, id',
    [team],
  );
  return rows.map((r) => ({ id: r.id, label: r.label, role: r.role, createdAt: iso(r.created_at), revokedAt: isoOrNull(r.revoked_at) }));
}

export interface AuditEntry {
  id: string;
  at: string;
  actor: { id: string; label: string | null } | null;
  action: string;
  subject: string | null;
  detail: unknown;
}

export const AUDIT_LIMIT = 200;

export async function auditLog(db: Queryable, team: string): Promise<AuditEntry[]> {
  const { rows } = await db.query<{ id: unknown; at: unknown; actor: string | null; label: string | null; action: string; subject: string | null; detail: unknown }>(
    `select a.id, a.at, a.actor, m.label, a.action, a.subject, a.detail
     from audit_log a left join members m on m.id = a.actor
     where a.team_id = $1 order by a.at desc, a.id desc limit ${AUDIT_LIMIT}`,
    [team],
  );
  return rows.map((r) => ({
    id: String(r.id),
    at: iso(r.at),
    actor: r.actor ? { id: r.actor, label: r.label } : null,
    action: r.action,
    subject: r.subject,
    detail: r.detail === null ? null : json(r.detail),
  }));
}

/** The team's confirmed cases with every report's bundle, for the exports (hub/exports). */
export async function confirmedCases(db: Queryable, team: string): Promise<ConfirmedCase[]> {
  const cases = await db.query<{ profile_key: string; note: string | null; status_at: unknown; status_by: string | null; by_label: string | null }>(
    `select p.profile_key, p.note, p.status_at, p.status_by, m.label as by_label
     from profiles p left join members m on m.id = p.status_by
     where p.team_id = $1 and p.status = 'confirmed_fraud' order by p.status_at, p.profile_key`,
    [team],
  );
  const bundles = await db.query<{ profile_key: string; bundle: unknown }>(
    `select r.profile_key, r.bundle from reports r join profiles p on p.team_id = r.team_id and p.profile_key = r.profile_key
     where r.team_id = $1 and p.status = 'confirmed_fraud' order by r.created_at, r.id`,
    [team],
  );
  const byProfile = new Map<string, EvidenceBundle[]>();
  for (const b of bundles.rows) byProfile.set(b.profile_key, [...(byProfile.get(b.profile_key) ?? []), json(b.bundle) as EvidenceBundle]);
  return cases.rows.map((c) => ({
    profileKey: c.profile_key,
    status: 'confirmed_fraud',
    note: c.note,
    triagedAt: iso(c.status_at ?? new Date()),
    triagedBy: c.by_label ?? c.status_by ?? 'unknown',
    reports: byProfile.get(c.profile_key) ?? [],
  }));
}
