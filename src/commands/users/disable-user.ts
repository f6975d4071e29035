import { inTransaction } from '../../db/transaction';
import { AuditAction } from '../../domain/audit-actions';
import { forbidden, invalidState } from '../../errors/app-error';
import { userPolicy } from '../../policies/users';
import { auditAs, type CommandContext } from '../context';
import { endSessionsOf, lockTargetUser } from './target-user';

/** Stops an account from logging in (the account and its history stay) and ends its open sessions. */
export async function disableUser(ctx: CommandContext, userId: string): Promise<void> {
  const committeeId = ctx.actor.committeeId;
  const now = ctx.now ?? new Date();
  await inTransaction(ctx.db, async (trx) => {
    const target = await lockTargetUser(trx, committeeId, userId, now);
    if (!userPolicy.update(ctx.actor)) throw forbidden();
    if (ctx.actor.userId === userId) throw forbidden('不能停用本人的账号');
    if (!userPolicy.disable(ctx.actor, target)) throw invalidState('该账号已停用');
    await trx.updateTable('users').set({ disabled: true, updated_at: now }).where('committee_id', '=', committeeId).where('id', '=', userId).execute();
    const sessionsEnded = await endSessionsOf(trx, committeeId, userId);
    await auditAs(trx, ctx, {
      action: AuditAction.UserDisabled,
      objectType: 'user',
      objectId: userId,
      objectLabel: target.username,
      before: { disabled: false },
      after: { disabled: true, sessionsEnded },
    });
  });
}
