-- Names as notices write them ("市发改委"), remembered when staff link one to a record, so the next import links it.
create table org_name_aliases (
  committee_id uuid not null references committees (id),
  role text not null check (role in ('lead', 'consulted')),
  alias text not null,
  special_committee_id uuid,
  party_id uuid,
  sector_id uuid,
  liaison_group_id uuid,
  handling_unit_id uuid,
  created_at timestamptz not null default now(),
  primary key (committee_id, role, alias),
  foreign key (committee_id, special_committee_id) references special_committees (committee_id, id) on delete cascade,
  foreign key (committee_id, party_id) references parties (committee_id, id) on delete cascade,
  foreign key (committee_id, sector_id) references sectors (committee_id, id) on delete cascade,
  foreign key (committee_id, liaison_group_id) references liaison_groups (committee_id, id) on delete cascade,
  foreign key (committee_id, handling_unit_id) references handling_units (committee_id, id) on delete cascade,
  check (num_nonnulls(special_committee_id, party_id, sector_id, liaison_group_id, handling_unit_id) = 1)
);
