import { assertMemberReferences, memberColumns, memberSnapshot, setSpecialCommittees } from '../../db/member-rows';
import { inTransaction } from '../../db/transaction';
import { AuditAction } from '../../domain/audit-actions';
import type { MemberInput } from '../../domain/members/member-schema';
import { forbidden, notFound } from '../../errors/app-error';
import { memberPolicy } from '../../policies/members';
import { auditAs, type CommandContext } from '../context';

export async function updateMember(ctx: CommandContext, memberId: string, input: MemberInput): Promise<void> {
  const committeeId = ctx.actor.committeeId;
  await inTransaction(ctx.db, async (trx) => {
    const before = await memberSnapshot(trx, committeeId, memberId);
    if (!before) throw notFound('委员');
    if (!memberPolicy.update(ctx.actor, before)) throw forbidden();
    await assertMemberReferences(trx, committeeId, input);
    await trx
      .updateTable('members')
      .set({ ...memberColumns(input), updated_at: new Date() })
      .where('committee_id', '=', committeeId)
      .where('id', '=', memberId)
      .execute();
    await setSpecialCommittees(trx, committeeId, memberId, input.specialCommittees);
    await auditAs(trx, ctx, {
      action: AuditAction.MemberUpdated,
      objectType: 'member',
      objectId: memberId,
      objectLabel: input.name,
      before,
      after: await memberSnapshot(trx, committeeId, memberId),
    });
  });
}
