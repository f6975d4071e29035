import { insertPlanItem, loadOrgLookups, setItemBodies, itemColumns } from '../../db/plan-rows';
import { inTransaction } from '../../db/transaction';
import { AuditAction } from '../../domain/audit-actions';
import { editProblem, itemYearProblem } from '../../domain/plans/plan-rules';
import type { PlanItemInput } from '../../domain/plans/plan-schema';
import { notFound } from '../../errors/app-error';
import { auditAs, type CommandContext } from '../context';
import { lockManagedPlan, refuse } from './plan-guards';

/** Adds an item to a plan that is still being drafted. */
export async function addPlanItem(ctx: CommandContext, planId: string, input: PlanItemInput): Promise<{ id: string }> {
  return inTransaction(ctx.db, async (trx) => {
    const plan = await lockManagedPlan(trx, ctx, planId);
    refuse(editProblem(plan.status));
    refuse(itemYearProblem(plan.year, input.startMonth));
    const id = await insertPlanItem(trx, plan.committee_id, planId, input, await loadOrgLookups(trx, plan.committee_id));
    await touchPlan(trx, plan.committee_id, planId, plan.version);
    await auditAs(trx, ctx, { action: AuditAction.PlanItemAdded, objectType: 'plan_item', objectId: id, objectLabel: input.title, after: input });
    return { id };
  });
}

/** Edits an item of a plan that is still being drafted. */
export async function updatePlanItem(ctx: CommandContext, planId: string, itemId: string, input: PlanItemInput) {
  await inTransaction(ctx.db, async (trx) => {
    const plan = await lockManagedPlan(trx, ctx, planId);
    refuse(editProblem(plan.status));
    refuse(itemYearProblem(plan.year, input.startMonth));
    const before = await trx.selectFrom('plan_items').selectAll().where('committee_id', '=', plan.committee_id).where('plan_id', '=', planId).where('id', '=', itemId).executeTakeFirst();
    if (!before) throw notFound('协商活动');
    await trx
      .updateTable('plan_items')
      .set({ ...itemColumns(input), updated_at: new Date() })
      .where('committee_id', '=', plan.committee_id)
      .where('id', '=', itemId)
      .execute();
    await setItemBodies(trx, plan.committee_id, itemId, input, await loadOrgLookups(trx, plan.committee_id));
    await touchPlan(trx, plan.committee_id, planId, plan.version);
    const { created_at: _c, updated_at: _u, ...shown } = before;
    await auditAs(trx, ctx, { action: AuditAction.PlanItemUpdated, objectType: 'plan_item', objectId: itemId, objectLabel: input.title, before: shown, after: input });
  });
}

/** Removes an item from a plan that is still being drafted (after issue, an item is cancelled by an adjustment instead). */
export async function removePlanItem(ctx: CommandContext, planId: string, itemId: string) {
  await inTransaction(ctx.db, async (trx) => {
    const plan = await lockManagedPlan(trx, ctx, planId);
    refuse(editProblem(plan.status));
    const item = await trx.selectFrom('plan_items').select(['id', 'title', 'seq']).where('committee_id', '=', plan.committee_id).where('plan_id', '=', planId).where('id', '=', itemId).executeTakeFirst();
    if (!item) throw notFound('协商活动');
    await trx.deleteFrom('plan_items').where('committee_id', '=', plan.committee_id).where('id', '=', itemId).execute();
    await touchPlan(trx, plan.committee_id, planId, plan.version);
    await auditAs(trx, ctx, { action: AuditAction.PlanItemRemoved, objectType: 'plan_item', objectId: itemId, objectLabel: item.title, before: item });
  });
}

async function touchPlan(trx: Parameters<typeof insertPlanItem>[0], committeeId: string, planId: string, version: number) {
  await trx.updateTable('plans').set({ version: version + 1, updated_at: new Date() }).where('committee_id', '=', committeeId).where('id', '=', planId).execute();
}
