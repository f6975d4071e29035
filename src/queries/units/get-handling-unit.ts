import type { Db } from '../../db/database';
import type { Actor } from '../../domain/actor';
import type { HandlingUnitItem } from '../../domain/organisation/handling-unit-schema';
import { forbidden, notFound } from '../../errors/app-error';
import { handlingUnitPolicy } from '../../policies/handling-units';
import { findHandlingUnit, unitItem } from './handling-unit-rows';

/** One unit; staff read any unit of their committee, a unit's account only its own. */
export async function getHandlingUnit(db: Db, actor: Actor, id: string): Promise<HandlingUnitItem> {
  const row = await findHandlingUnit(db, actor.committeeId, id);
  if (!row) throw notFound('承办单位');
  if (!handlingUnitPolicy.read(actor, row)) throw forbidden();
  return unitItem(actor, row);
}
