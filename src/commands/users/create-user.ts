import { assertReferences } from '../../db/references';
import { loadSecuritySettings } from '../../db/settings';
import { inTransaction } from '../../db/transaction';
import { AuditAction } from '../../domain/audit-actions';
import { passwordProblems } from '../../domain/password-policy';
import { accountProblem } from '../../domain/users/account-rules';
import type { CreateUserInput } from '../../domain/users/user-schema';
import { forbidden, validationError } from '../../errors/app-error';
import { userPolicy } from '../../policies/users';
import { hashPassword } from '../../security/passwords';
import { auditAs, type CommandContext } from '../context';

/**
 * Creates an account. An account made by an administrator must change its password at first login;
 * one made from the command line (the installer's own) need not.
 */
export async function createUser(ctx: CommandContext, input: CreateUserInput, options: { mustChangePassword?: boolean } = {}) {
  if (!userPolicy.manage(ctx.actor)) throw forbidden();
  const committeeId = ctx.actor.committeeId;
  const problem = accountProblem(input);
  if (problem) throw validationError(problem.field, problem.message);
  const settings = await loadSecuritySettings(ctx.db, committeeId);
  const weak = passwordProblems(input.password, settings, input.username);
  if (weak.length) throw validationError('password', `密码：${weak.join('；')}`);
  const passwordHash = await hashPassword(input.password);
  return inTransaction(ctx.db, async (trx) => {
    await assertReferences(trx, committeeId, [
      { table: 'members', id: input.memberId, field: 'memberId' },
      { table: 'handling_units', id: input.handlingUnitId, field: 'handlingUnitId' },
      { table: 'special_committees', id: input.specialCommitteeId, field: 'specialCommitteeId' },
    ]);
    const { id } = await trx
      .insertInto('users')
      .values({
        committee_id: committeeId,
        username: input.username,
        display_name: input.displayName,
        password_hash: passwordHash,
        password_changed_at: new Date(),
        must_change_password: options.mustChangePassword ?? true,
        roles: [...new Set(input.roles)],
        member_id: input.memberId,
        handling_unit_id: input.handlingUnitId,
        special_committee_id: input.specialCommitteeId,
        updated_at: new Date(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await auditAs(trx, ctx, {
      action: AuditAction.UserCreated,
      objectType: 'user',
      objectId: id,
      objectLabel: input.username,
      after: { username: input.username, displayName: input.displayName, roles: input.roles, memberId: input.memberId, handlingUnitId: input.handlingUnitId, specialCommitteeId: input.specialCommitteeId },
    });
    return { id };
  });
}
