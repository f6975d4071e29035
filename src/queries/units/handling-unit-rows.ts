import { sql } from 'kysely';
import type { Db } from '../../db/database';
import type { Actor } from '../../domain/actor';
import type { HandlingUnitItem, UnitCategory } from '../../domain/organisation/handling-unit-schema';
import { handlingUnitAbilities } from '../../policies/handling-units';

/** The committee's units with the number of accounts linked to each, for lists, the detail and the audit snapshot. */
export function selectHandlingUnits(db: Db, committeeId: string) {
  return db
    .selectFrom('handling_units as hu')
    .selectAll('hu')
    .select((eb) =>
      eb
        .selectFrom('users as u')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('u.committee_id', '=', 'hu.committee_id')
        .whereRef('u.handling_unit_id', '=', 'hu.id')
        .as('account_count'),
    )
    .where('hu.committee_id', '=', committeeId);
}

type UnitRow = Awaited<ReturnType<ReturnType<typeof selectHandlingUnits>['executeTakeFirstOrThrow']>>;

/** A unit as the audit trail records it: its fields, without counts or abilities. */
export function unitRecord(row: UnitRow) {
  return {
    id: row.id,
    name: row.name,
    shortName: row.short_name,
    category: row.category as UnitCategory,
    address: row.address,
    contacts: row.contacts.map((c) => ({ name: c.name, title: c.title ?? null, phone: c.phone ?? null })),
    active: row.active,
    sort: row.sort,
  };
}

export function unitItem(actor: Actor, row: UnitRow): HandlingUnitItem {
  const accountCount = row.account_count ?? 0;
  return { ...unitRecord(row), accountCount, abilities: handlingUnitAbilities(actor, { id: row.id, accountCount }) };
}

export async function findHandlingUnit(db: Db, committeeId: string, id: string): Promise<UnitRow | undefined> {
  return selectHandlingUnits(db, committeeId).where('hu.id', '=', id).executeTakeFirst();
}
