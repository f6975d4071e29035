import type { Db } from '../../db/database';
import { insertPlanItem, loadOrgLookups } from '../../db/plan-rows';
import { inTransaction } from '../../db/transaction';
import { AuditAction } from '../../domain/audit-actions';
import { adjustmentProblem, itemYearProblem } from '../../domain/plans/plan-rules';
import type { PlanAdjustmentInput } from '../../domain/plans/plan-schema';
import { notFound } from '../../errors/app-error';
import { auditAs, type CommandContext } from '../context';
import { lockManagedPlan, refuse } from './plan-guards';

/**
 * After issue the plan is binding: an item is added, cancelled or moved only by an adjustment with a reason and an
 * approver, kept in the plan's change history. The item's activity record follows the change.
 */
export async function adjustPlan(ctx: CommandContext, planId: string, input: PlanAdjustmentInput): Promise<{ id: string; itemId: string }> {
  return inTransaction(ctx.db, async (trx) => {
    const plan = await lockManagedPlan(trx, ctx, planId);
    const committeeId = plan.committee_id;
    let itemId: string;
    let before: unknown = null;
    let after: unknown;
    if (input.kind === 'add') {
      refuse(adjustmentProblem(plan.status));
      refuse(itemYearProblem(plan.year, input.item.startMonth));
      itemId = await insertPlanItem(trx, committeeId, planId, input.item, await loadOrgLookups(trx, committeeId), { addedByAdjustment: true });
      await trx
        .insertInto('activities')
        .values({ committee_id: committeeId, plan_item_id: itemId, year: plan.year, form: input.item.form, title: input.item.title, start_month: input.item.startMonth, end_month: input.item.endMonth ?? input.item.startMonth, updated_at: new Date() })
        .execute();
      after = input.item;
    } else {
      const item = await loadItem(trx, committeeId, planId, input.itemId);
      refuse(adjustmentProblem(plan.status, item));
      itemId = item.id;
      if (input.kind === 'cancel') {
        before = { status: item.status };
        after = { status: 'cancelled' };
        await trx.updateTable('plan_items').set({ status: 'cancelled', cancel_reason: input.reason, updated_at: new Date() }).where('committee_id', '=', committeeId).where('id', '=', itemId).execute();
        await trx.updateTable('activities').set({ status: 'cancelled', updated_at: new Date() }).where('committee_id', '=', committeeId).where('plan_item_id', '=', itemId).execute();
      } else {
        refuse(itemYearProblem(plan.year, input.startMonth));
        const endMonth = input.endMonth ?? input.startMonth;
        if (endMonth < input.startMonth) refuse({ field: 'endMonth', message: '结束月份不能早于开始月份' });
        before = { startMonth: item.start_month, endMonth: item.end_month };
        after = { startMonth: input.startMonth, endMonth };
        await trx.updateTable('plan_items').set({ start_month: input.startMonth, end_month: endMonth, updated_at: new Date() }).where('committee_id', '=', committeeId).where('id', '=', itemId).execute();
        await trx.updateTable('activities').set({ start_month: input.startMonth, end_month: endMonth, updated_at: new Date() }).where('committee_id', '=', committeeId).where('plan_item_id', '=', itemId).execute();
      }
    }
    const { id } = await trx
      .insertInto('plan_adjustments')
      .values({
        committee_id: committeeId,
        plan_id: planId,
        item_id: itemId,
        kind: input.kind,
        reason: input.reason,
        approver: input.approver,
        approved_on: input.approvedOn,
        before: before === null ? null : JSON.stringify(before),
        after: JSON.stringify(after),
        created_by: ctx.actor.userId,
        created_by_name: ctx.actor.displayName,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx.updateTable('plans').set({ version: plan.version + 1, updated_at: new Date() }).where('committee_id', '=', committeeId).where('id', '=', planId).execute();
    await auditAs(trx, ctx, { action: AuditAction.PlanAdjusted, objectType: 'plan_item', objectId: itemId, objectLabel: plan.title, before, after: { kind: input.kind, change: after, reason: input.reason, approver: input.approver, approvedOn: input.approvedOn } });
    return { id, itemId };
  });
}

async function loadItem(trx: Db, committeeId: string, planId: string, itemId: string) {
  const item = await trx.selectFrom('plan_items').select(['id', 'status', 'start_month', 'end_month']).where('committee_id', '=', committeeId).where('plan_id', '=', planId).where('id', '=', itemId).executeTakeFirst();
  if (!item) throw notFound('协商活动');
  return item;
}
