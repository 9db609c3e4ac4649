-- The dashboard's sign-in sessions (hub/dashboard/session.ts). The session id lives only in the
-- member's HTTP-only cookie; the hub keeps its SHA-256 (hex), so a copy of this table signs no one
-- in. A session ends at expires_at, on sign-out (deleted), or as soon as its member is revoked
-- (every lookup joins members on revoked_at is null; the dashboard's revoke also deletes them).
create table dashboard_sessions (
  id_hash text primary key,
  team_id text not null references teams (id),
  member_id text not null references members (id),
  created_at timestamptz not null default now(),
  expires_at timestamptz not null
);
create index dashboard_sessions_member on dashboard_sessions (member_id);
create index dashboard_sessions_expiry on dashboard_sessions (expires_at);
