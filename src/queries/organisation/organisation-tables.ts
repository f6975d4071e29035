import { sql, type Generated, type Insertable, type Kysely, type RawBuilder, type Selectable } from 'kysely';
import type { Db } from '../../db/database';
import type { Database } from '../../db/schema';
import type { OrganisationInput, OrganisationItem, OrganisationKind, UsageCounts } from '../../domain/organisation/organisation-kinds';

/** Where each kind is stored, and how its rows map to the API's items. The generic reads and writes work from these. */
type TableOf = {
  terms: 'terms';
  sessions: 'plenary_sessions';
  'special-committees': 'special_committees';
  sectors: 'sectors';
  parties: 'parties';
  'liaison-groups': 'liaison_groups';
  studios: 'member_studios';
};
type RowOf<K extends OrganisationKind> = Selectable<Database[TableOf[K]]>;
type ColumnsOf<K extends OrganisationKind> = Omit<Insertable<Database[TableOf[K]]>, 'committee_id' | 'id'>;

/** A table whose rows refer to records of a kind: they keep the record from being deleted, and are counted in its list. */
export type Usage = {
  table: 'members' | 'member_special_committees' | 'plenary_sessions';
  column: 'term_id' | 'sector_id' | 'party_id' | 'liaison_group_id' | 'studio_id' | 'special_committee_id';
  countKey: keyof UsageCounts;
  /** What is in the way, for the message: 该界别下仍有委员，不能删除 */
  what: string;
};

type TableDef<K extends OrganisationKind> = {
  table: TableOf[K];
  /** Constant order expressions over the kind's own table. */
  order: RawBuilder<unknown>[];
  columns: (input: OrganisationInput<K>) => ColumnsOf<K>;
  item: (row: RowOf<K>) => OrganisationItem<K>;
  usages: readonly Usage[];
};

const bySortThenName = [sql`sort`, sql`name collate "C"`, sql`id`];
const members = (column: Usage['column']): Usage => ({ table: 'members', column, countKey: 'memberCount', what: '委员' });

export const organisationTables: { [K in OrganisationKind]: TableDef<K> } = {
  terms: {
    table: 'terms',
    order: [sql`number`],
    columns: (i) => ({ number: i.number, name: i.name, start_date: i.startDate, end_date: i.endDate, is_current: i.isCurrent }),
    item: (r) => ({ id: r.id, number: r.number, name: r.name, startDate: r.start_date, endDate: r.end_date, isCurrent: r.is_current }),
    usages: [members('term_id'), { table: 'plenary_sessions', column: 'term_id', countKey: 'sessionCount', what: '会议' }],
  },
  sessions: {
    table: 'plenary_sessions',
    // By term, then by session: 五届一次 … 五届五次, 六届一次 …
    order: [sql`(select t.number from terms t where t.committee_id = plenary_sessions.committee_id and t.id = plenary_sessions.term_id)`, sql`number`],
    columns: (i) => ({ term_id: i.termId, number: i.number, name: i.name, start_date: i.startDate, end_date: i.endDate }),
    item: (r) => ({ id: r.id, termId: r.term_id, number: r.number, name: r.name, startDate: r.start_date, endDate: r.end_date }),
    usages: [],
  },
  'special-committees': {
    table: 'special_committees',
    order: bySortThenName,
    columns: (i) => ({ name: i.name, short_name: i.shortName, sort: i.sort }),
    item: (r) => ({ id: r.id, name: r.name, shortName: r.short_name, sort: r.sort }),
    usages: [{ table: 'member_special_committees', column: 'special_committee_id', countKey: 'memberCount', what: '委员' }],
  },
  sectors: {
    table: 'sectors',
    order: bySortThenName,
    columns: (i) => ({ name: i.name, sort: i.sort }),
    item: (r) => ({ id: r.id, name: r.name, sort: r.sort }),
    usages: [members('sector_id')],
  },
  parties: {
    table: 'parties',
    order: bySortThenName,
    columns: (i) => ({ name: i.name, kind: i.kind, sort: i.sort }),
    item: (r) => ({ id: r.id, name: r.name, kind: r.kind, sort: r.sort }),
    usages: [members('party_id')],
  },
  'liaison-groups': {
    table: 'liaison_groups',
    order: bySortThenName,
    columns: (i) => ({ name: i.name, description: i.description, sort: i.sort }),
    item: (r) => ({ id: r.id, name: r.name, description: r.description, sort: r.sort }),
    usages: [members('liaison_group_id')],
  },
  studios: {
    table: 'member_studios',
    order: bySortThenName,
    columns: (i) => ({ name: i.name, location: i.location, description: i.description, sort: i.sort }),
    item: (r) => ({ id: r.id, name: r.name, location: r.location, description: r.description, sort: r.sort }),
    usages: [members('studio_id')],
  },
};

/**
 * Kysely cannot follow a table name that is a type parameter, so the generic code sees the seven tables
 * through this one view: rows keyed by committee and id. The definitions above keep each kind's columns typed.
 */
type LooseRow = { committee_id: string; id: Generated<string>; [column: string]: unknown };
export type LooseDb = Kysely<Record<string, LooseRow>>;
export const loose = (db: Db) => db as unknown as LooseDb;

/** The kind's records of one committee, in display order. */
export async function selectRecords<K extends OrganisationKind>(db: Db, kind: K, committeeId: string): Promise<OrganisationItem<K>[]> {
  const def = organisationTables[kind];
  let query = loose(db).selectFrom(def.table).selectAll().where('committee_id', '=', committeeId);
  for (const expression of def.order) query = query.orderBy(expression);
  const rows = await query.execute();
  return rows.map((row) => def.item(row as RowOf<K>));
}

/** One record of the committee, or null: another committee's id is as absent as a wrong one. */
export async function findRecord<K extends OrganisationKind>(db: Db, kind: K, committeeId: string, id: string): Promise<OrganisationItem<K> | null> {
  const def = organisationTables[kind];
  const row = await loose(db).selectFrom(def.table).selectAll().where('committee_id', '=', committeeId).where('id', '=', id).executeTakeFirst();
  return row ? def.item(row as RowOf<K>) : null;
}

/** How many rows refer to each record of the kind (only `id`, when given), per usage. */
export async function usageCounts(db: Db, kind: OrganisationKind, committeeId: string, id?: string): Promise<Map<string, UsageCounts>> {
  const counts = new Map<string, UsageCounts>();
  for (const usage of organisationTables[kind].usages) {
    let query = loose(db)
      .selectFrom(usage.table)
      .select([sql<string>`${sql.ref(usage.column)}`.as('ref'), sql<number>`count(*)::int`.as('n')])
      .where('committee_id', '=', committeeId)
      .where(usage.column, 'is not', null)
      .groupBy(usage.column);
    if (id) query = query.where(usage.column, '=', id);
    for (const row of await query.execute()) {
      counts.set(row.ref, { ...counts.get(row.ref), [usage.countKey]: row.n });
    }
  }
  return counts;
}

/** The usage counts of a record, with zeros where nothing refers to it. */
export function countsOf(kind: OrganisationKind, counts: UsageCounts | undefined): UsageCounts {
  return Object.fromEntries(organisationTables[kind].usages.map((u) => [u.countKey, counts?.[u.countKey] ?? 0]));
}
