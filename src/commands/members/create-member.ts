import { assertMemberReferences, memberColumns, memberSnapshot, setSpecialCommittees } from '../../db/member-rows';
import { inTransaction } from '../../db/transaction';
import { AuditAction } from '../../domain/audit-actions';
import type { MemberInput } from '../../domain/members/member-schema';
import { forbidden } from '../../errors/app-error';
import { memberPolicy } from '../../policies/members';
import { auditAs, type CommandContext } from '../context';

export async function createMember(ctx: CommandContext, input: MemberInput): Promise<{ id: string }> {
  if (!memberPolicy.create(ctx.actor)) throw forbidden();
  const committeeId = ctx.actor.committeeId;
  return inTransaction(ctx.db, async (trx) => {
    await assertMemberReferences(trx, committeeId, input);
    const { id } = await trx
      .insertInto('members')
      .values({ committee_id: committeeId, ...memberColumns(input), updated_at: new Date() })
      .returning('id')
      .executeTakeFirstOrThrow();
    await setSpecialCommittees(trx, committeeId, id, input.specialCommittees);
    await auditAs(trx, ctx, {
      action: AuditAction.MemberCreated,
      objectType: 'member',
      objectId: id,
      objectLabel: input.name,
      after: await memberSnapshot(trx, committeeId, id),
    });
    return { id };
  });
}
