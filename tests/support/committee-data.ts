import { sql } from 'kysely';
import { systemContext } from '../../src/commands/context';
import { createUser } from '../../src/commands/users/create-user';
import type { Db } from '../../src/db/database';
import { ALL_ROLES, type Role } from '../../src/domain/roles';
import { createTestUser, TEST_PASSWORD, type TestCommittee } from './factories';

/**
 * Helpers for the other-committee checks. They read the database catalogue, so a table added by a later
 * migration (proposals, activities, …) is covered as soon as it carries committee_id.
 */

/** Columns that hold what a person reads as a record's name; the other committee's get a marker in front. */
const NAME_COLUMNS = ['name', 'short_name', 'title', 'display_name'];

export type CommitteeTable = { table: string; columns: Map<string, string> /* column → data_type */ };

/** Every table that belongs to a committee (has committee_id), with its columns. */
export async function committeeTables(db: Db): Promise<CommitteeTable[]> {
  const { rows } = await sql<{ table_name: string; column_name: string; data_type: string }>`
    select c.table_name, c.column_name, c.data_type
    from information_schema.columns c
    join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
    where c.table_schema = current_schema()
      and t.table_type = 'BASE TABLE'
      and exists (
        select 1 from information_schema.columns k
        where k.table_schema = c.table_schema and k.table_name = c.table_name and k.column_name = 'committee_id'
      )
    order by c.table_name, c.ordinal_position`.execute(db);
  const tables = new Map<string, Map<string, string>>();
  for (const row of rows) {
    const columns = tables.get(row.table_name) ?? new Map<string, string>();
    columns.set(row.column_name, row.data_type);
    tables.set(row.table_name, columns);
  }
  return [...tables].map(([table, columns]) => ({ table, columns }));
}

/**
 * Puts `marker` in front of every name-like text column of the committee's records (and of the committee's
 * own name), so that a response of another committee can be searched for it.
 */
export async function markCommitteeNames(db: Db, committeeId: string, marker: string) {
  for (const { table, columns } of await committeeTables(db)) {
    for (const column of NAME_COLUMNS) {
      if (columns.get(column) !== 'text') continue;
      await sql`update ${sql.table(table)} set ${sql.ref(column)} = ${marker} || ${sql.ref(column)}
        where committee_id = ${committeeId} and ${sql.ref(column)} is not null`.execute(db);
    }
  }
  await db
    .updateTable('committees')
    .set((eb) => ({ name: sql<string>`${marker} || ${eb.ref('name')}`, short_name: sql<string>`${marker} || ${eb.ref('short_name')}` }))
    .where('id', '=', committeeId)
    .execute();
}

/** The uuid ids of every record of the committee, in every committee table, and the committee's own id. */
export async function committeeIds(db: Db, committeeId: string): Promise<Set<string>> {
  const ids = new Set<string>([committeeId]);
  for (const { table, columns } of await committeeTables(db)) {
    if (columns.get('id') !== 'uuid') continue;
    const { rows } = await sql<{ id: string }>`select id from ${sql.table(table)} where committee_id = ${committeeId}`.execute(db);
    for (const row of rows) ids.add(row.id);
  }
  return ids;
}

/** Columns that move when the committee's own users merely read (a session's last activity). */
const VOLATILE_COLUMNS = new Set(['last_seen_at']);

/** All of the committee's rows, table by table, in a stable order: compare two snapshots to prove nothing changed. */
export async function committeeSnapshot(db: Db, committeeId: string): Promise<Record<string, string[]>> {
  const snapshot: Record<string, string[]> = {};
  for (const { table } of await committeeTables(db)) {
    const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(table)} where committee_id = ${committeeId}`.execute(db);
    snapshot[table] = rows.map((r) => JSON.stringify(Object.fromEntries(Object.entries(r).filter(([k]) => !VOLATILE_COLUMNS.has(k))))).sort();
  }
  const { rows } = await sql<Record<string, unknown>>`select * from committees where id = ${committeeId}`.execute(db);
  snapshot.committees = rows.map((r) => JSON.stringify(r));
  return snapshot;
}

/** Tables whose id a reference field or path parameter names, by the field's name. */
export const referenceTables: Record<string, string> = {
  termId: 'terms',
  sessionId: 'plenary_sessions',
  plenarySessionId: 'plenary_sessions',
  sectorId: 'sectors',
  partyId: 'parties',
  specialCommitteeId: 'special_committees',
  liaisonGroupId: 'liaison_groups',
  studioId: 'member_studios',
  memberId: 'members',
  handlingUnitId: 'handling_units',
  unitId: 'handling_units',
  userId: 'users',
  planId: 'plans',
  planItemId: 'plan_items',
};

/** One record of `table` in the committee (the first by id), as the string a path or body carries. */
export async function recordOf(db: Db, committeeId: string, table: string): Promise<string | null> {
  const { rows } = await sql<{ id: string | number }>`select id from ${sql.table(table)} where committee_id = ${committeeId} order by id limit 1`.execute(db);
  return rows.length ? String(rows[0].id) : null;
}

/** One record per reference table of the committee, for filling bodies and path parameters. */
export async function recordsByTable(db: Db, committeeId: string): Promise<Map<string, string>> {
  const records = new Map<string, string>();
  for (const { table, columns } of await committeeTables(db)) {
    if (!columns.has('id')) continue;
    const id = await recordOf(db, committeeId, table);
    if (id) records.set(table, id);
  }
  return records;
}

export type RoleAccount = Awaited<ReturnType<typeof createTestUser>> & { role: Role };

/** One account for every role in the committee; member and unit accounts linked to the committee's first member and unit. */
export async function createRoleAccounts(db: Db, committee: TestCommittee, usernamePrefix: string): Promise<Record<Role, RoleAccount>> {
  const accounts = {} as Record<Role, RoleAccount>;
  for (const role of ALL_ROLES) {
    const account = await createTestUser(db, committee, [role], { username: `${usernamePrefix}${role.replace(/_/g, '')}` });
    accounts[role] = { ...account, role };
  }
  return accounts;
}

/**
 * Records of the committee's work that createTestCommittee does not make (a consultation plan with two items),
 * so that every route that names such a record can be pointed at the other committee's. Add a kind here when
 * a route names a record that no committee has yet.
 */
export async function seedWorkRecords(db: Db, committee: TestCommittee, options: { year?: number; titlePrefix?: string } = {}) {
  const { year = 2026, titlePrefix = '' } = options;
  const c = { committee_id: committee.id, updated_at: new Date() };
  const [plan] = await db.insertInto('plans').values({ ...c, year, title: `${titlePrefix}${year}年度协商工作计划` }).returning('id').execute();
  await db
    .insertInto('plan_items')
    .values(
      [1, 2].map((seq) => ({ ...c, plan_id: plan.id, seq, form: 'theme', title: `${titlePrefix}推进协商议题${seq}`, start_month: `${year}-0${seq + 3}`, contents: '[]' })),
    )
    .execute();
}

/**
 * More records of every kind in the committee: another committee's lists and counts must not move when this one grows.
 * Names carry `marker` so that a leak of the new records is found as well.
 */
export async function growCommittee(db: Db, committee: TestCommittee, marker: string) {
  const c = { committee_id: committee.id };
  const tag = `${marker}新增${Date.now() % 100_000}`;
  const [sector] = await db.insertInto('sectors').values({ ...c, name: `${tag}界别`, sort: 90 }).returning('id').execute();
  await db.insertInto('parties').values({ ...c, name: `${tag}党派`, kind: 'group', sort: 90 }).execute();
  await db.insertInto('special_committees').values({ ...c, name: `${tag}专委会`, sort: 90 }).execute();
  await db.insertInto('liaison_groups').values({ ...c, name: `${tag}联络组`, sort: 90 }).execute();
  await db.insertInto('member_studios').values({ ...c, name: `${tag}工作室`, sort: 90 }).execute();
  await db
    .insertInto('handling_units')
    .values([1, 2].map((n) => ({ ...c, name: `${tag}单位${n}`, category: 'government' as const, contacts: '[]', sort: 90 + n })))
    .execute();
  const sessions = await db.selectFrom('plenary_sessions').select('number').where('committee_id', '=', committee.id).execute();
  const next = Math.max(0, ...sessions.map((s) => s.number)) + 1;
  await db.insertInto('plenary_sessions').values({ ...c, term_id: committee.termId, number: next, name: `${tag}会议` }).execute();
  await db
    .insertInto('members')
    .values([1, 2, 3].map((n) => ({ ...c, name: `${tag}委员${n}`, term_id: committee.termId, sector_id: sector.id, updated_at: new Date() })))
    .execute();
  await seedWorkRecords(db, committee, { year: 2027, titlePrefix: tag });
  await createUser(
    systemContext(db, committee.id),
    { username: `zzgrow${next}`, password: TEST_PASSWORD, displayName: `${tag}用户`, roles: ['office_staff'], memberId: null, handlingUnitId: null, specialCommitteeId: null },
    { mustChangePassword: false },
  );
}
