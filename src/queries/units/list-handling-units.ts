import { sql } from 'kysely';
import type { Db } from '../../db/database';
import type { Actor } from '../../domain/actor';
import type { HandlingUnitFilter, HandlingUnitItem } from '../../domain/organisation/handling-unit-schema';
import { forbidden } from '../../errors/app-error';
import { handlingUnitPolicy } from '../../policies/handling-units';
import { selectHandlingUnits, unitItem } from './handling-unit-rows';

/** All matching units of the committee, with contacts: a committee has tens of units, never thousands, so no paging. */
export async function listHandlingUnits(db: Db, actor: Actor, filter: HandlingUnitFilter): Promise<HandlingUnitItem[]> {
  if (!handlingUnitPolicy.list(actor)) throw forbidden();
  let query = selectHandlingUnits(db, actor.committeeId);
  if (filter.category) query = query.where('hu.category', '=', filter.category);
  if (filter.active !== undefined) query = query.where('hu.active', '=', filter.active);
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) => eb.or([eb('hu.name', 'ilike', pattern), eb('hu.short_name', 'ilike', pattern)]));
  }
  const rows = await query.orderBy('hu.sort').orderBy(sql`hu.name collate "C"`).orderBy('hu.id').execute();
  return rows.map((row) => unitItem(actor, row));
}
