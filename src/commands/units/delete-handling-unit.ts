import { inTransaction } from '../../db/transaction';
import { AuditAction } from '../../domain/audit-actions';
import { conflict, forbidden, notFound } from '../../errors/app-error';
import { handlingUnitPolicy } from '../../policies/handling-units';
import { findHandlingUnit, unitRecord } from '../../queries/units/handling-unit-rows';
import { auditAs, type CommandContext } from '../context';

/** Deletes a unit no account is linked to; one with history elsewhere is refused by its foreign keys (409) and can be deactivated instead. */
export async function deleteHandlingUnit(ctx: CommandContext, id: string): Promise<void> {
  const committeeId = ctx.actor.committeeId;
  await inTransaction(ctx.db, async (trx) => {
    const before = await findHandlingUnit(trx, committeeId, id);
    if (!before) throw notFound('承办单位');
    if (!handlingUnitPolicy.manage(ctx.actor)) throw forbidden();
    if (!handlingUnitPolicy.delete(ctx.actor, { accountCount: before.account_count ?? 0 })) {
      throw conflict('该承办单位已关联账号，不能删除（可先停用该单位或解除账号关联）');
    }
    await trx.deleteFrom('handling_units').where('committee_id', '=', committeeId).where('id', '=', id).execute();
    await auditAs(trx, ctx, {
      action: AuditAction.HandlingUnitDeleted,
      objectType: 'handling_unit',
      objectId: id,
      objectLabel: before.name,
      before: unitRecord(before),
    });
  });
}
