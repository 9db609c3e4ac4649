-- The hub's tables. Nothing here but reports.bundle holds a clear detail: profiles and details are
-- named by keyed hashes (HMAC-SHA-256 under a team key the hub never has).

create table teams (
  id text primary key,
  name text not null,
  created_at timestamptz not null default now()
);

create table members (
  id text primary key,
  team_id text not null references teams (id),
  role text not null check (role in ('admin', 'member')),
  label text,
  -- SHA-256 (hex) of the member's token; the token itself is never stored.
  token_hash text not null unique,
  created_at timestamptz not null default now(),
  created_by text references members (id),
  revoked_at timestamptz
);
create index members_team on members (team_id);

-- One row per profile a team has seen or been sent a report of: its triage status.
create table profiles (
  team_id text not null references teams (id),
  profile_key text not null,
  status text not null default 'new' check (status in ('new', 'under_review', 'confirmed_fraud', 'false_alarm')),
  note text,
  status_by text references members (id),
  status_at timestamptz,
  first_seen timestamptz not null default now(),
  primary key (team_id, profile_key)
);

-- Every sighting sent (one row a request).
create table sightings (
  id bigserial primary key,
  team_id text not null references teams (id),
  member_id text not null references members (id),
  profile_key text not null,
  level text,
  seen_at timestamptz not null,
  received_at timestamptz not null default now()
);
create index sightings_profile on sightings (team_id, profile_key);

-- Which details a profile carried, by whom it was seen: one row per (profile, detail, member).
create table profile_details (
  team_id text not null references teams (id),
  profile_key text not null,
  kind text not null,
  key text not null,
  member_id text not null references members (id),
  first_seen timestamptz not null,
  last_seen timestamptz not null,
  primary key (team_id, kind, key, profile_key, member_id)
);

-- Reports: the evidence bundle as the member sent it (clear details: what they chose to send).
create table reports (
  id text primary key,
  team_id text not null references teams (id),
  member_id text not null references members (id),
  profile_key text not null,
  idempotency_key text not null,
  bundle jsonb not null,
  created_at timestamptz not null,
  received_at timestamptz not null default now(),
  unique (team_id, idempotency_key)
);
create index reports_profile on reports (team_id, profile_key);

-- Team creation, invitations, revocations and triage: who did what, when.
create table audit_log (
  id bigserial primary key,
  team_id text not null references teams (id),
  actor text references members (id),
  action text not null,
  subject text,
  detail jsonb,
  at timestamptz not null default now()
);
create index audit_team on audit_log (team_id, at);
