import type { ColumnType, Generated } from 'kysely';

/** Row types of the database, as Kysely sees them. Dates (`date`) come back as 'YYYY-MM-DD' strings on both drivers. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, string, string>;

export interface CommitteesTable {
  id: Generated<string>;
  code: string;
  name: string;
  short_name: string;
  level: 'province' | 'city' | 'county';
  parent_id: string | null;
  created_at: Generated<Date>;
}

export interface CommitteeSettingsTable {
  committee_id: string;
  security: Json<Record<string, unknown>>;
  updated_at: Timestamp;
}

interface Owned {
  committee_id: string;
  id: Generated<string>;
}

export interface TermsTable extends Owned {
  number: number;
  name: string;
  start_date: string | null;
  end_date: string | null;
  is_current: Generated<boolean>;
}

export interface PlenarySessionsTable extends Owned {
  term_id: string;
  number: number;
  name: string;
  start_date: string | null;
  end_date: string | null;
}

export interface NamedTable extends Owned {
  name: string;
  sort: Generated<number>;
}
export interface SpecialCommitteesTable extends NamedTable {
  short_name: string | null;
}
export type SectorsTable = NamedTable;
export interface PartiesTable extends NamedTable {
  kind: 'party' | 'group' | 'none';
}
export interface LiaisonGroupsTable extends NamedTable {
  description: string | null;
}
export interface MemberStudiosTable extends NamedTable {
  location: string | null;
  description: string | null;
}

export type UnitContact = { name: string; title?: string | null; phone?: string | null };
export interface HandlingUnitsTable extends NamedTable {
  short_name: string | null;
  category: string;
  address: string | null;
  contacts: Json<UnitContact[]>;
  active: Generated<boolean>;
}

export interface MembersTable extends Owned {
  name: string;
  gender: 'male' | 'female' | null;
  birth_date: string | null;
  ethnicity: string | null;
  term_id: string;
  sector_id: string;
  party_id: string | null;
  liaison_group_id: string | null;
  studio_id: string | null;
  employer: string | null;
  phone: string | null;
  is_standing: Generated<boolean>;
  status: Generated<'active' | 'left'>;
  left_date: string | null;
  left_reason: string | null;
  note: string | null;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

export interface MemberSpecialCommitteesTable {
  committee_id: string;
  member_id: string;
  special_committee_id: string;
  position: Generated<'director' | 'deputy_director' | 'member'>;
}

export interface UsersTable extends Owned {
  username: string;
  display_name: string;
  password_hash: string;
  password_changed_at: Timestamp;
  must_change_password: Generated<boolean>;
  roles: string[];
  member_id: string | null;
  handling_unit_id: string | null;
  special_committee_id: Generated<string | null>;
  disabled: Generated<boolean>;
  failed_logins: Generated<number>;
  locked_until: Date | null;
  last_login_at: Date | null;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

export interface AuthSessionsTable {
  committee_id: string;
  token_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: Generated<Date>;
  last_seen_at: Timestamp;
  ip: string | null;
  user_agent: string | null;
}

export interface AuditEventsTable {
  committee_id: string;
  id: Generated<number>;
  at: Generated<Date>;
  actor_user_id: string | null;
  actor_name: string | null;
  action: string;
  object_type: string | null;
  object_id: string | null;
  object_label: string | null;
  before: Json<unknown> | null;
  after: Json<unknown> | null;
  result: 'success' | 'failure' | 'denied';
  reason: string | null;
  ip: string | null;
}

export interface PlansTable extends Owned {
  year: number;
  title: string;
  doc_number: string | null;
  status: Generated<'draft' | 'commenting' | 'submitted' | 'decided' | 'issued'>;
  chairs_meeting: string | null;
  chairs_meeting_date: string | null;
  approving_meeting: string | null;
  approved_on: string | null;
  issue_date: string | null;
  recipients: string | null;
  report_to: string | null;
  send_to: string | null;
  preamble: string | null;
  requirements: string | null;
  notice_body: string | null;
  import_source: Json<unknown> | null;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Timestamp;
  issued_at: Date | null;
}

export interface PlanItemsTable extends Owned {
  plan_id: string;
  seq: number;
  form: string;
  category: string | null;
  title: string;
  start_month: string | null;
  end_month: string | null;
  meeting: string | null;
  lead_leader: string | null;
  participants: string | null;
  contents: Json<string[]>;
  brand_tag: string | null;
  status: Generated<'active' | 'cancelled'>;
  cancel_reason: string | null;
  added_by_adjustment: Generated<boolean>;
  sources: Json<Record<string, number>> | null;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

export interface PlanItemBodiesTable {
  committee_id: string;
  item_id: string;
  role: 'lead' | 'consulted';
  position: number;
  name: string;
  special_committee_id: string | null;
  party_id: string | null;
  sector_id: string | null;
  liaison_group_id: string | null;
  handling_unit_id: string | null;
}

export interface OrgNameAliasesTable {
  committee_id: string;
  role: 'lead' | 'consulted';
  alias: string;
  special_committee_id: string | null;
  party_id: string | null;
  sector_id: string | null;
  liaison_group_id: string | null;
  handling_unit_id: string | null;
  created_at: Generated<Date>;
}

export interface PlanCommentInvitesTable extends Owned {
  plan_id: string;
  special_committee_id: string | null;
  handling_unit_id: string | null;
  party_id: string | null;
  name: string;
}

export interface PlanCommentsTable extends Owned {
  plan_id: string;
  item_id: string | null;
  invite_id: string;
  author_user_id: string;
  author_name: string;
  body: string;
  created_at: Generated<Date>;
}

export interface PlanAdjustmentsTable extends Owned {
  plan_id: string;
  item_id: string;
  kind: 'add' | 'cancel' | 'move';
  reason: string;
  approver: string;
  approved_on: string;
  before: Json<unknown> | null;
  after: Json<unknown> | null;
  created_by: string;
  created_by_name: string;
  created_at: Generated<Date>;
}

export interface ActivitiesTable extends Owned {
  plan_item_id: string | null;
  year: number;
  form: string;
  title: string;
  start_month: string | null;
  end_month: string | null;
  status: Generated<'planned' | 'cancelled'>;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

export interface SchemaMigrationsTable {
  version: string;
  applied_at: Generated<Date>;
}

export interface Database {
  committees: CommitteesTable;
  committee_settings: CommitteeSettingsTable;
  terms: TermsTable;
  plenary_sessions: PlenarySessionsTable;
  special_committees: SpecialCommitteesTable;
  sectors: SectorsTable;
  parties: PartiesTable;
  liaison_groups: LiaisonGroupsTable;
  member_studios: MemberStudiosTable;
  handling_units: HandlingUnitsTable;
  members: MembersTable;
  member_special_committees: MemberSpecialCommitteesTable;
  users: UsersTable;
  auth_sessions: AuthSessionsTable;
  audit_events: AuditEventsTable;
  plans: PlansTable;
  plan_items: PlanItemsTable;
  plan_item_bodies: PlanItemBodiesTable;
  org_name_aliases: OrgNameAliasesTable;
  plan_comment_invites: PlanCommentInvitesTable;
  plan_comments: PlanCommentsTable;
  plan_adjustments: PlanAdjustmentsTable;
  activities: ActivitiesTable;
  schema_migrations: SchemaMigrationsTable;
}
