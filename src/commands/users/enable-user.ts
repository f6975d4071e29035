import { inTransaction } from '../../db/transaction';
import { AuditAction } from '../../domain/audit-actions';
import { forbidden, invalidState } from '../../errors/app-error';
import { userPolicy } from '../../policies/users';
import { auditAs, type CommandContext } from '../context';
import { lockTargetUser } from './target-user';

/** Lets a disabled account log in again. */
export async function enableUser(ctx: CommandContext, userId: string): Promise<void> {
  const committeeId = ctx.actor.committeeId;
  const now = ctx.now ?? new Date();
  await inTransaction(ctx.db, async (trx) => {
    const target = await lockTargetUser(trx, committeeId, userId, now);
    if (!userPolicy.update(ctx.actor)) throw forbidden();
    if (!userPolicy.enable(ctx.actor, target)) throw invalidState('该账号未停用');
    await trx.updateTable('users').set({ disabled: false, updated_at: now }).where('committee_id', '=', committeeId).where('id', '=', userId).execute();
    await auditAs(trx, ctx, {
      action: AuditAction.UserEnabled,
      objectType: 'user',
      objectId: userId,
      objectLabel: target.username,
      before: { disabled: true },
      after: { disabled: false },
    });
  });
}
