import { inTransaction } from '../../db/transaction';
import { inviteOf } from '../../db/plan-rows';
import { AuditAction } from '../../domain/audit-actions';
import { AppError, ErrorCode, forbidden, notFound } from '../../errors/app-error';
import { auditAs, type CommandContext } from '../context';

/** An invited body's comment on the plan or on one of its items, while the plan is out for comment. */
export async function commentOnPlan(ctx: CommandContext, planId: string, input: { itemId: string | null; body: string }): Promise<{ id: string }> {
  const committeeId = ctx.actor.committeeId;
  return inTransaction(ctx.db, async (trx) => {
    const plan = await trx.selectFrom('plans').select(['id', 'status', 'title']).where('committee_id', '=', committeeId).where('id', '=', planId).executeTakeFirst();
    if (!plan) throw notFound('年度协商计划');
    const invite = await inviteOf(trx, ctx.actor, planId);
    if (!invite) throw forbidden('您所在的单位未被邀请对此计划提出意见');
    if (plan.status !== 'commenting') throw new AppError(ErrorCode.InvalidState, '计划不在征求意见阶段');
    if (input.itemId) {
      const item = await trx.selectFrom('plan_items').select('id').where('committee_id', '=', committeeId).where('plan_id', '=', planId).where('id', '=', input.itemId).executeTakeFirst();
      if (!item) throw new AppError(ErrorCode.Validation, '协商活动不存在', { field: 'itemId' });
    }
    const { id } = await trx
      .insertInto('plan_comments')
      .values({ committee_id: committeeId, plan_id: planId, item_id: input.itemId, invite_id: invite.id, author_user_id: ctx.actor.userId, author_name: `${invite.name} ${ctx.actor.displayName}`, body: input.body })
      .returning('id')
      .executeTakeFirstOrThrow();
    await auditAs(trx, ctx, { action: AuditAction.PlanCommented, objectType: 'plan', objectId: planId, objectLabel: plan.title, after: { itemId: input.itemId, body: input.body, by: invite.name } });
    return { id };
  });
}
