import { loadSecuritySettings } from '../../db/settings';
import { inTransaction } from '../../db/transaction';
import { AuditAction } from '../../domain/audit-actions';
import { passwordProblems } from '../../domain/password-policy';
import { AppError, ErrorCode, validationError } from '../../errors/app-error';
import { hashPassword, verifyPassword } from '../../security/passwords';
import { auditAs, type CommandContext } from '../context';

export async function changePassword(ctx: CommandContext, input: { oldPassword: string; newPassword: string }) {
  const { db, actor } = ctx;
  const user = await db
    .selectFrom('users')
    .select(['password_hash'])
    .where('committee_id', '=', actor.committeeId)
    .where('id', '=', actor.userId)
    .executeTakeFirstOrThrow();
  if (!(await verifyPassword(user.password_hash, input.oldPassword))) {
    throw new AppError(ErrorCode.Validation, '原密码不正确', { field: 'oldPassword' });
  }
  if (input.oldPassword === input.newPassword) throw validationError('newPassword', '新密码不能与原密码相同');
  const settings = await loadSecuritySettings(db, actor.committeeId);
  const problems = passwordProblems(input.newPassword, settings, actor.username);
  if (problems.length) throw validationError('newPassword', `新密码：${problems.join('；')}`);
  const hash = await hashPassword(input.newPassword);
  await inTransaction(db, async (trx) => {
    await trx
      .updateTable('users')
      .set({ password_hash: hash, password_changed_at: new Date(), must_change_password: false, updated_at: new Date() })
      .where('committee_id', '=', actor.committeeId)
      .where('id', '=', actor.userId)
      .execute();
    await auditAs(trx, ctx, { action: AuditAction.PasswordChanged, objectType: 'user', objectId: actor.userId, objectLabel: actor.username });
  });
}
