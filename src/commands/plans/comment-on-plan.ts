import type { Db } from '../../db/database';
import { inTransaction } from '../../db/transaction';
import { inviteOf } from '../../db/plan-rows';
import { AuditAction } from '../../domain/audit-actions';
import type { PlanCommentInput } from '../../domain/plans/plan-schema';
import { AppError, ErrorCode, forbidden, notFound } from '../../errors/app-error';
import { planPolicy } from '../../policies/plans';
import { auditAs, type CommandContext } from '../context';

/**
 * A comment on the plan or on one of its items, while the plan is out for comment: by an invited body's own
 * account, or recorded by the office for an invited body whose comment came on paper or by phone.
 */
export async function commentOnPlan(ctx: CommandContext, planId: string, input: PlanCommentInput): Promise<{ id: string }> {
  const committeeId = ctx.actor.committeeId;
  return inTransaction(ctx.db, async (trx) => {
    const plan = await trx.selectFrom('plans').select(['id', 'status', 'title']).where('committee_id', '=', committeeId).where('id', '=', planId).executeTakeFirst();
    if (!plan) throw notFound('年度协商计划');
    const recording = input.inviteId !== null;
    if (recording && !planPolicy.manage(ctx.actor)) throw forbidden('只有办公室可以代录意见');
    const invite = recording ? await namedInvite(trx, committeeId, planId, input.inviteId!) : await inviteOf(trx, ctx.actor, planId);
    if (!invite) throw forbidden(planPolicy.manage(ctx.actor) ? '请选择意见来自哪个征求意见单位' : '您所在的单位未被邀请对此计划提出意见');
    if (plan.status !== 'commenting') throw new AppError(ErrorCode.InvalidState, '计划不在征求意见阶段');
    if (input.itemId) {
      const item = await trx.selectFrom('plan_items').select('id').where('committee_id', '=', committeeId).where('plan_id', '=', planId).where('id', '=', input.itemId).executeTakeFirst();
      if (!item) throw new AppError(ErrorCode.Validation, '协商活动不存在', { field: 'itemId' });
    }
    const author = recording ? `${invite.name}（${ctx.actor.displayName}代录）` : `${invite.name} ${ctx.actor.displayName}`;
    const { id } = await trx
      .insertInto('plan_comments')
      .values({ committee_id: committeeId, plan_id: planId, item_id: input.itemId, invite_id: invite.id, author_user_id: ctx.actor.userId, author_name: author, body: input.body })
      .returning('id')
      .executeTakeFirstOrThrow();
    await auditAs(trx, ctx, {
      action: AuditAction.PlanCommented,
      objectType: 'plan',
      objectId: planId,
      objectLabel: plan.title,
      after: { itemId: input.itemId, body: input.body, by: invite.name, recordedByOffice: recording || undefined },
    });
    return { id };
  });
}

async function namedInvite(trx: Db, committeeId: string, planId: string, inviteId: string) {
  const invite = await trx.selectFrom('plan_comment_invites').select(['id', 'name']).where('committee_id', '=', committeeId).where('plan_id', '=', planId).where('id', '=', inviteId).executeTakeFirst();
  if (!invite) throw new AppError(ErrorCode.Validation, '征求意见单位不在本计划的邀请名单中', { field: 'inviteId' });
  return invite;
}
