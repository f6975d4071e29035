-- The annual consultation plan (年度协商工作计划), its items, comments, adjustments, and the activity records
-- that issued items become. Keys start with committee_id as everywhere.

-- A committee-staff account may belong to a special committee (专委会): it then comments for that body.
alter table users add column special_committee_id uuid;
alter table users add constraint users_special_committee_fk foreign key (committee_id, special_committee_id) references special_committees (committee_id, id);

create table plans (
  committee_id uuid not null references committees (id),
  id uuid not null default gen_random_uuid(),
  year int not null check (year between 2000 and 2100),
  title text not null,
  doc_number text,
  status text not null default 'draft' check (status in ('draft', 'commenting', 'submitted', 'decided', 'issued')),
  -- 主席会议 that reviewed it, and the party standing committee meeting that decided it
  chairs_meeting text,
  chairs_meeting_date date,
  approving_meeting text,
  approved_on date,
  issue_date date,
  recipients text,
  report_to text,
  send_to text,
  preamble text,
  requirements text,
  notice_body text,
  -- where an imported plan came from, and what the importer warned about
  import_source jsonb,
  version int not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  issued_at timestamptz,
  primary key (committee_id, id),
  unique (committee_id, year)
);

create table plan_items (
  committee_id uuid not null,
  id uuid not null default gen_random_uuid(),
  plan_id uuid not null,
  seq int not null,
  form text not null check (form in ('plenary', 'theme', 'standing_committee', 'special', 'counterpart', 'sector', 'grassroots', 'inspection', 'party', 'proposal_handling', 'online', 'remote', 'micro', 'other')),
  category text,
  title text not null,
  start_month text check (start_month ~ '^\d{4}-(0[1-9]|1[0-2])$'),
  end_month text check (end_month ~ '^\d{4}-(0[1-9]|1[0-2])$'),
  meeting text,
  lead_leader text,
  participants text,
  contents jsonb not null default '[]',
  brand_tag text,
  status text not null default 'active' check (status in ('active', 'cancelled')),
  cancel_reason text,
  added_by_adjustment boolean not null default false,
  -- for each field, the line of the imported notice it was read from
  sources jsonb,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (committee_id, id),
  foreign key (committee_id, plan_id) references plans (committee_id, id) on delete cascade,
  check (end_month is null or start_month is not null),
  check (end_month is null or end_month >= start_month)
);
create index plan_items_plan_idx on plan_items (committee_id, plan_id, seq);

-- Lead bodies (承办单位) and consulted departments (协商部门) as written, linked to the organisation when a name matches.
create table plan_item_bodies (
  committee_id uuid not null,
  item_id uuid not null,
  role text not null check (role in ('lead', 'consulted')),
  position int not null,
  name text not null,
  special_committee_id uuid,
  party_id uuid,
  sector_id uuid,
  liaison_group_id uuid,
  handling_unit_id uuid,
  primary key (committee_id, item_id, role, position),
  foreign key (committee_id, item_id) references plan_items (committee_id, id) on delete cascade,
  foreign key (committee_id, special_committee_id) references special_committees (committee_id, id),
  foreign key (committee_id, party_id) references parties (committee_id, id),
  foreign key (committee_id, sector_id) references sectors (committee_id, id),
  foreign key (committee_id, liaison_group_id) references liaison_groups (committee_id, id),
  foreign key (committee_id, handling_unit_id) references handling_units (committee_id, id)
);
create index plan_item_bodies_unit_idx on plan_item_bodies (committee_id, handling_unit_id);
create index plan_item_bodies_sc_idx on plan_item_bodies (committee_id, special_committee_id);

-- Who was asked for comments, and what they said per item.
create table plan_comment_invites (
  committee_id uuid not null,
  plan_id uuid not null,
  id uuid not null default gen_random_uuid(),
  special_committee_id uuid,
  handling_unit_id uuid,
  party_id uuid,
  name text not null,
  primary key (committee_id, id),
  foreign key (committee_id, plan_id) references plans (committee_id, id) on delete cascade,
  foreign key (committee_id, special_committee_id) references special_committees (committee_id, id),
  foreign key (committee_id, handling_unit_id) references handling_units (committee_id, id),
  foreign key (committee_id, party_id) references parties (committee_id, id)
);

create table plan_comments (
  committee_id uuid not null,
  id uuid not null default gen_random_uuid(),
  plan_id uuid not null,
  item_id uuid,
  invite_id uuid not null,
  author_user_id uuid not null,
  author_name text not null,
  body text not null,
  created_at timestamptz not null default now(),
  primary key (committee_id, id),
  foreign key (committee_id, plan_id) references plans (committee_id, id) on delete cascade,
  foreign key (committee_id, item_id) references plan_items (committee_id, id) on delete cascade,
  foreign key (committee_id, invite_id) references plan_comment_invites (committee_id, id) on delete cascade
);
create index plan_comments_plan_idx on plan_comments (committee_id, plan_id);

-- After issue, the plan changes only by adjustments: add, cancel or move an item, with a reason and an approver.
create table plan_adjustments (
  committee_id uuid not null,
  id uuid not null default gen_random_uuid(),
  plan_id uuid not null,
  item_id uuid not null,
  kind text not null check (kind in ('add', 'cancel', 'move')),
  reason text not null,
  approver text not null,
  approved_on date not null,
  before jsonb,
  after jsonb,
  created_by uuid not null,
  created_by_name text not null,
  created_at timestamptz not null default now(),
  primary key (committee_id, id),
  foreign key (committee_id, plan_id) references plans (committee_id, id),
  foreign key (committee_id, item_id) references plan_items (committee_id, id)
);
create index plan_adjustments_plan_idx on plan_adjustments (committee_id, plan_id, created_at);

-- A consultation activity: what an issued plan item becomes. Its lifecycle (research, meeting, outcome, adoption)
-- is the next piece of work; the record and its link to the plan item start here.
create table activities (
  committee_id uuid not null,
  id uuid not null default gen_random_uuid(),
  plan_item_id uuid,
  year int not null,
  form text not null,
  title text not null,
  start_month text,
  end_month text,
  status text not null default 'planned' check (status in ('planned', 'cancelled')),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (committee_id, id),
  unique (committee_id, plan_item_id),
  foreign key (committee_id, plan_item_id) references plan_items (committee_id, id)
);
