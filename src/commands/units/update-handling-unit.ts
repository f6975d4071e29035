import { inTransaction } from '../../db/transaction';
import { AuditAction } from '../../domain/audit-actions';
import type { HandlingUnitInput } from '../../domain/organisation/handling-unit-schema';
import { forbidden, notFound } from '../../errors/app-error';
import { handlingUnitPolicy } from '../../policies/handling-units';
import { findHandlingUnit, unitRecord } from '../../queries/units/handling-unit-rows';
import { auditAs, type CommandContext } from '../context';
import { handlingUnitColumns } from './handling-unit-columns';

/** Changes a unit's details. Deactivating (active: false) keeps it for past assignments but out of new ones. */
export async function updateHandlingUnit(ctx: CommandContext, id: string, input: HandlingUnitInput): Promise<void> {
  const committeeId = ctx.actor.committeeId;
  await inTransaction(ctx.db, async (trx) => {
    const before = await findHandlingUnit(trx, committeeId, id);
    if (!before) throw notFound('承办单位');
    if (!handlingUnitPolicy.update(ctx.actor, before)) throw forbidden();
    await trx
      .updateTable('handling_units')
      .set(handlingUnitColumns(input))
      .where('committee_id', '=', committeeId)
      .where('id', '=', id)
      .execute();
    const after = await findHandlingUnit(trx, committeeId, id);
    await auditAs(trx, ctx, {
      action: AuditAction.HandlingUnitUpdated,
      objectType: 'handling_unit',
      objectId: id,
      objectLabel: input.name,
      before: unitRecord(before),
      after: after && unitRecord(after),
    });
  });
}
