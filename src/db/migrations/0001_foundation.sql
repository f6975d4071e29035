-- Foundation: committees (the tenants), organisation, members, accounts, sessions, audit trail.
-- Every table but committees carries committee_id, and every primary and unique key starts with it,
-- so that a deployment can shard by committee. Foreign keys carry it too, so no row can point across committees.

create table committees (
  id uuid primary key default gen_random_uuid(),
  code text not null unique,
  name text not null,
  short_name text not null,
  level text not null check (level in ('province', 'city', 'county')),
  parent_id uuid references committees (id),
  created_at timestamptz not null default now()
);

create table committee_settings (
  committee_id uuid primary key references committees (id),
  security jsonb not null,
  updated_at timestamptz not null default now()
);

create table terms (
  committee_id uuid not null references committees (id),
  id uuid not null default gen_random_uuid(),
  number int not null check (number > 0),
  name text not null,
  start_date date,
  end_date date,
  is_current boolean not null default false,
  primary key (committee_id, id),
  unique (committee_id, number)
);

create table plenary_sessions (
  committee_id uuid not null,
  id uuid not null default gen_random_uuid(),
  term_id uuid not null,
  number int not null check (number > 0),
  name text not null,
  start_date date,
  end_date date,
  primary key (committee_id, id),
  unique (committee_id, term_id, number),
  foreign key (committee_id, term_id) references terms (committee_id, id)
);

create table special_committees (
  committee_id uuid not null references committees (id),
  id uuid not null default gen_random_uuid(),
  name text not null,
  short_name text,
  sort int not null default 0,
  primary key (committee_id, id),
  unique (committee_id, name)
);

create table sectors (
  committee_id uuid not null references committees (id),
  id uuid not null default gen_random_uuid(),
  name text not null,
  sort int not null default 0,
  primary key (committee_id, id),
  unique (committee_id, name)
);

create table parties (
  committee_id uuid not null references committees (id),
  id uuid not null default gen_random_uuid(),
  name text not null,
  kind text not null check (kind in ('party', 'group', 'none')),
  sort int not null default 0,
  primary key (committee_id, id),
  unique (committee_id, name)
);

create table liaison_groups (
  committee_id uuid not null references committees (id),
  id uuid not null default gen_random_uuid(),
  name text not null,
  description text,
  sort int not null default 0,
  primary key (committee_id, id),
  unique (committee_id, name)
);

create table member_studios (
  committee_id uuid not null references committees (id),
  id uuid not null default gen_random_uuid(),
  name text not null,
  location text,
  description text,
  sort int not null default 0,
  primary key (committee_id, id),
  unique (committee_id, name)
);

create table handling_units (
  committee_id uuid not null references committees (id),
  id uuid not null default gen_random_uuid(),
  name text not null,
  short_name text,
  category text not null check (category in ('government', 'party', 'court', 'procuratorate', 'people_org', 'enterprise', 'other')),
  address text,
  contacts jsonb not null default '[]',
  active boolean not null default true,
  sort int not null default 0,
  primary key (committee_id, id),
  unique (committee_id, name)
);

create table members (
  committee_id uuid not null references committees (id),
  id uuid not null default gen_random_uuid(),
  name text not null,
  gender text check (gender in ('male', 'female')),
  birth_date date,
  ethnicity text,
  term_id uuid not null,
  sector_id uuid not null,
  party_id uuid,
  liaison_group_id uuid,
  studio_id uuid,
  employer text,
  phone text,
  is_standing boolean not null default false,
  status text not null default 'active' check (status in ('active', 'left')),
  left_date date,
  left_reason text,
  note text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (committee_id, id),
  foreign key (committee_id, term_id) references terms (committee_id, id),
  foreign key (committee_id, sector_id) references sectors (committee_id, id),
  foreign key (committee_id, party_id) references parties (committee_id, id),
  foreign key (committee_id, liaison_group_id) references liaison_groups (committee_id, id),
  foreign key (committee_id, studio_id) references member_studios (committee_id, id),
  check ((status = 'left') = (left_date is not null))
);
create unique index members_phone_key on members (committee_id, phone) where phone is not null;
create index members_list_idx on members (committee_id, status, name);
create index members_sector_idx on members (committee_id, sector_id);

create table member_special_committees (
  committee_id uuid not null,
  member_id uuid not null,
  special_committee_id uuid not null,
  position text not null default 'member' check (position in ('director', 'deputy_director', 'member')),
  primary key (committee_id, member_id, special_committee_id),
  foreign key (committee_id, member_id) references members (committee_id, id) on delete cascade,
  foreign key (committee_id, special_committee_id) references special_committees (committee_id, id)
);
create index member_special_committees_sc_idx on member_special_committees (committee_id, special_committee_id);

create table users (
  committee_id uuid not null references committees (id),
  id uuid not null default gen_random_uuid(),
  username text not null,
  display_name text not null,
  password_hash text not null,
  password_changed_at timestamptz not null default now(),
  must_change_password boolean not null default false,
  roles text[] not null,
  member_id uuid,
  handling_unit_id uuid,
  disabled boolean not null default false,
  failed_logins int not null default 0,
  locked_until timestamptz,
  last_login_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (committee_id, id),
  unique (committee_id, username),
  foreign key (committee_id, member_id) references members (committee_id, id),
  foreign key (committee_id, handling_unit_id) references handling_units (committee_id, id)
);
create unique index users_member_key on users (committee_id, member_id) where member_id is not null;

-- Sessions live here, not in server memory, so several server processes can share them.
create table auth_sessions (
  committee_id uuid not null,
  token_hash text not null,
  user_id uuid not null,
  csrf_token text not null,
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  ip text,
  user_agent text,
  primary key (committee_id, token_hash),
  foreign key (committee_id, user_id) references users (committee_id, id) on delete cascade
);
create index auth_sessions_user_idx on auth_sessions (committee_id, user_id);

create table audit_events (
  committee_id uuid not null references committees (id),
  id bigint generated always as identity,
  at timestamptz not null default now(),
  actor_user_id uuid,
  actor_name text,
  action text not null,
  object_type text,
  object_id text,
  object_label text,
  before jsonb,
  after jsonb,
  result text not null check (result in ('success', 'failure', 'denied')),
  reason text,
  ip text,
  primary key (committee_id, id)
);
create index audit_events_at_idx on audit_events (committee_id, at desc);
create index audit_events_login_ip_idx on audit_events (ip, at) where action = 'auth.login';

-- The audit trail is append-only: the database itself refuses any change or removal.
create function audit_events_refuse_change() returns trigger language plpgsql as $$
begin
  raise exception '审计日志只能追加，不能修改或删除' using errcode = 'insufficient_privilege';
end;
$$;
create trigger audit_events_no_update before update or delete on audit_events
  for each row execute function audit_events_refuse_change();
create trigger audit_events_no_truncate before truncate on audit_events
  for each statement execute function audit_events_refuse_change();
