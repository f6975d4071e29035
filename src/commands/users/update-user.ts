import { assertReferences } from '../../db/references';
import { inTransaction } from '../../db/transaction';
import { AuditAction } from '../../domain/audit-actions';
import { accountProblem } from '../../domain/users/account-rules';
import type { UpdateUserInput } from '../../domain/users/user-schema';
import { forbidden, validationError } from '../../errors/app-error';
import { userPolicy } from '../../policies/users';
import { auditAs, type CommandContext } from '../context';
import { lockTargetUser } from './target-user';

const sameRoles = (a: readonly string[], b: readonly string[]) => {
  const x = new Set(a);
  const y = new Set(b);
  return x.size === y.size && [...x].every((r) => y.has(r));
};

/** Changes an account's name, roles and links. Changing one's own roles takes a second administrator. */
export async function updateUser(ctx: CommandContext, userId: string, input: UpdateUserInput): Promise<void> {
  const committeeId = ctx.actor.committeeId;
  const now = ctx.now ?? new Date();
  await inTransaction(ctx.db, async (trx) => {
    const target = await lockTargetUser(trx, committeeId, userId, now);
    if (!userPolicy.update(ctx.actor)) throw forbidden();
    const rolesChanged = !sameRoles(target.roles, input.roles);
    if (rolesChanged && !userPolicy.changeRolesOf(ctx.actor, target)) {
      throw forbidden('不能修改本人的角色，须由另一名系统管理员操作');
    }
    const problem = accountProblem(input);
    if (problem) throw validationError(problem.field, problem.message);
    await assertReferences(trx, committeeId, [
      { table: 'members', id: input.memberId, field: 'memberId' },
      { table: 'handling_units', id: input.handlingUnitId, field: 'handlingUnitId' },
      { table: 'special_committees', id: input.specialCommitteeId, field: 'specialCommitteeId' },
    ]);
    const roles = [...new Set(input.roles)];
    await trx
      .updateTable('users')
      .set({ display_name: input.displayName, roles, member_id: input.memberId, handling_unit_id: input.handlingUnitId, special_committee_id: input.specialCommitteeId, updated_at: now })
      .where('committee_id', '=', committeeId)
      .where('id', '=', userId)
      .execute();
    await auditAs(trx, ctx, {
      action: AuditAction.UserUpdated,
      objectType: 'user',
      objectId: userId,
      objectLabel: target.username,
      before: { displayName: target.display_name, roles: target.roles, memberId: target.member_id, handlingUnitId: target.handling_unit_id, specialCommitteeId: target.special_committee_id },
      after: { displayName: input.displayName, roles, memberId: input.memberId, handlingUnitId: input.handlingUnitId, specialCommitteeId: input.specialCommitteeId },
    });
  });
}
