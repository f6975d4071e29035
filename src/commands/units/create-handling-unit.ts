import type { Db } from '../../db/database';
import { inTransaction } from '../../db/transaction';
import { AuditAction } from '../../domain/audit-actions';
import type { HandlingUnitInput } from '../../domain/organisation/handling-unit-schema';
import { forbidden } from '../../errors/app-error';
import { handlingUnitPolicy } from '../../policies/handling-units';
import { findHandlingUnit, unitRecord } from '../../queries/units/handling-unit-rows';
import { auditAs, type CommandContext } from '../context';
import { handlingUnitColumns } from './handling-unit-columns';

export async function createHandlingUnit(ctx: CommandContext, input: HandlingUnitInput): Promise<{ id: string }> {
  if (!handlingUnitPolicy.create(ctx.actor)) throw forbidden();
  return inTransaction(ctx.db, (trx) => insertHandlingUnit(trx, ctx, input));
}

/** The unit's row and its audit event, inside the caller's transaction (also used when a plan's name creates a unit). */
export async function insertHandlingUnit(trx: Db, ctx: CommandContext, input: HandlingUnitInput): Promise<{ id: string }> {
  const committeeId = ctx.actor.committeeId;
  const { id } = await trx
    .insertInto('handling_units')
    .values({ committee_id: committeeId, ...handlingUnitColumns(input) })
    .returning('id')
    .executeTakeFirstOrThrow();
  const after = await findHandlingUnit(trx, committeeId, id);
  await auditAs(trx, ctx, {
    action: AuditAction.HandlingUnitCreated,
    objectType: 'handling_unit',
    objectId: id,
    objectLabel: input.name,
    after: after && unitRecord(after),
  });
  return { id };
}
