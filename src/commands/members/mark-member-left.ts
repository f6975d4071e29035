import { memberSnapshot } from '../../db/member-rows';
import { inTransaction } from '../../db/transaction';
import { AuditAction } from '../../domain/audit-actions';
import { forbidden, invalidState, notFound } from '../../errors/app-error';
import { memberPolicy } from '../../policies/members';
import { auditAs, type CommandContext } from '../context';

/** 离任: the member stays on record with the date and reason; their duty record is kept. */
export async function markMemberLeft(ctx: CommandContext, memberId: string, input: { leftDate: string; leftReason: string | null }) {
  const committeeId = ctx.actor.committeeId;
  await inTransaction(ctx.db, async (trx) => {
    const before = await memberSnapshot(trx, committeeId, memberId);
    if (!before) throw notFound('委员');
    if (!memberPolicy.create(ctx.actor)) throw forbidden();
    // Re-checked inside the transaction: two clerks may press the button at once.
    if (!memberPolicy.markLeft(ctx.actor, before)) throw invalidState('该委员已离任');
    await trx
      .updateTable('members')
      .set({ status: 'left', left_date: input.leftDate, left_reason: input.leftReason, updated_at: new Date() })
      .where('committee_id', '=', committeeId)
      .where('id', '=', memberId)
      .execute();
    await auditAs(trx, ctx, {
      action: AuditAction.MemberLeft,
      objectType: 'member',
      objectId: memberId,
      objectLabel: before.name,
      before: { status: before.status },
      after: { status: 'left', leftDate: input.leftDate, leftReason: input.leftReason },
    });
  });
}

/** Undo a 离任 recorded by mistake. */
export async function reinstateMember(ctx: CommandContext, memberId: string) {
  const committeeId = ctx.actor.committeeId;
  await inTransaction(ctx.db, async (trx) => {
    const before = await memberSnapshot(trx, committeeId, memberId);
    if (!before) throw notFound('委员');
    if (!memberPolicy.create(ctx.actor)) throw forbidden();
    if (!memberPolicy.reinstate(ctx.actor, before)) throw invalidState('该委员在任，无需恢复');
    await trx
      .updateTable('members')
      .set({ status: 'active', left_date: null, left_reason: null, updated_at: new Date() })
      .where('committee_id', '=', committeeId)
      .where('id', '=', memberId)
      .execute();
    await auditAs(trx, ctx, {
      action: AuditAction.MemberReinstated,
      objectType: 'member',
      objectId: memberId,
      objectLabel: before.name,
      before: { status: 'left', leftDate: before.left_date },
      after: { status: 'active' },
    });
  });
}
