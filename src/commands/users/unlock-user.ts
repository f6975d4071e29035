import { inTransaction } from '../../db/transaction';
import { AuditAction } from '../../domain/audit-actions';
import { hasRole } from '../../domain/actor';
import { afterSuccessfulLogin } from '../../domain/lockout';
import { forbidden, invalidState } from '../../errors/app-error';
import { userPolicy } from '../../policies/users';
import { auditAs, type CommandContext } from '../context';
import { lockTargetUser } from './target-user';

/** Lifts a lock from repeated failed logins before it runs out; the failed-login count starts again. */
export async function unlockUser(ctx: CommandContext, userId: string): Promise<void> {
  const committeeId = ctx.actor.committeeId;
  const now = ctx.now ?? new Date();
  await inTransaction(ctx.db, async (trx) => {
    const target = await lockTargetUser(trx, committeeId, userId, now);
    if (!hasRole(ctx.actor, ...userPolicy.unlockRoles)) throw forbidden();
    if (!userPolicy.unlock(ctx.actor, target)) throw invalidState('该账号未被锁定');
    const unlocked = afterSuccessfulLogin();
    await trx
      .updateTable('users')
      .set({ failed_logins: unlocked.failedLogins, locked_until: unlocked.lockedUntil, updated_at: now })
      .where('committee_id', '=', committeeId)
      .where('id', '=', userId)
      .execute();
    await auditAs(trx, ctx, {
      action: AuditAction.UserUnlocked,
      objectType: 'user',
      objectId: userId,
      objectLabel: target.username,
      before: { failedLogins: target.failed_logins, lockedUntil: target.locked_until },
      after: { failedLogins: unlocked.failedLogins, lockedUntil: unlocked.lockedUntil },
    });
  });
}
