import { loadSecuritySettings } from '../../db/settings';
import { inTransaction } from '../../db/transaction';
import { AuditAction } from '../../domain/audit-actions';
import { afterSuccessfulLogin } from '../../domain/lockout';
import { passwordProblems } from '../../domain/password-policy';
import { forbidden, validationError } from '../../errors/app-error';
import { userPolicy } from '../../policies/users';
import { hashPassword } from '../../security/passwords';
import { auditAs, type CommandContext } from '../context';
import { endSessionsOf, lockTargetUser } from './target-user';

/**
 * Sets a new password for someone who forgot theirs. They must change it at next login, their open sessions
 * end, and a lock from their failed attempts is lifted: the administrator has just vouched for them.
 */
export async function resetUserPassword(ctx: CommandContext, userId: string, input: { password: string }): Promise<void> {
  const committeeId = ctx.actor.committeeId;
  const now = ctx.now ?? new Date();
  const settings = await loadSecuritySettings(ctx.db, committeeId);
  // Hashing is slow, so it happens before the row is locked; the checks are repeated inside.
  const hash = await hashPassword(input.password);
  await inTransaction(ctx.db, async (trx) => {
    const target = await lockTargetUser(trx, committeeId, userId, now);
    if (!userPolicy.resetPassword(ctx.actor, target)) {
      throw forbidden(ctx.actor.userId === userId ? '不能重置本人的密码，请在个人设置中修改密码' : undefined);
    }
    const problems = passwordProblems(input.password, settings, target.username);
    if (problems.length) throw validationError('password', `密码：${problems.join('；')}`);
    const unlocked = afterSuccessfulLogin();
    await trx
      .updateTable('users')
      .set({
        password_hash: hash,
        password_changed_at: now,
        must_change_password: true,
        failed_logins: unlocked.failedLogins,
        locked_until: unlocked.lockedUntil,
        updated_at: now,
      })
      .where('committee_id', '=', committeeId)
      .where('id', '=', userId)
      .execute();
    const sessionsEnded = await endSessionsOf(trx, committeeId, userId);
    await auditAs(trx, ctx, {
      action: AuditAction.UserPasswordReset,
      objectType: 'user',
      objectId: userId,
      objectLabel: target.username,
      before: { locked: target.locked, failedLogins: target.failed_logins },
      after: { mustChangePassword: true, locked: false, failedLogins: 0, sessionsEnded },
    });
  });
}
