import { loadOrgLookups, insertPlanItem } from '../../db/plan-rows';
import { inTransaction } from '../../db/transaction';
import { AuditAction } from '../../domain/audit-actions';
import { itemYearProblem } from '../../domain/plans/plan-rules';
import type { PlanInput, PlanItemInput } from '../../domain/plans/plan-schema';
import { forbidden } from '../../errors/app-error';
import { planPolicy } from '../../policies/plans';
import { auditAs, type CommandContext } from '../context';
import { refuse } from './plan-guards';

export type NewPlan = { plan: PlanInput; items?: PlanItemInput[]; source?: { fileName?: string | null; warnings: string[] } };

/**
 * Creates a committee's plan for a year, empty or with the items an imported notice proposed (corrected by staff),
 * in one transaction. One plan per committee per year: a second is a 409 on the year.
 */
export async function createPlan(ctx: CommandContext, input: NewPlan): Promise<{ id: string }> {
  if (!planPolicy.manage(ctx.actor)) throw forbidden();
  const committeeId = ctx.actor.committeeId;
  const items = input.items ?? [];
  items.forEach((item, i) => {
    const problem = itemYearProblem(input.plan.year, item.startMonth);
    if (problem) refuse({ field: `items.${i}.startMonth`, message: `第${i + 1}项：${problem.message}` });
  });
  return inTransaction(ctx.db, async (trx) => {
    const existing = await trx.selectFrom('plans').select('id').where('committee_id', '=', committeeId).where('year', '=', input.plan.year).executeTakeFirst();
    if (existing) refuse({ field: 'year', message: `${input.plan.year}年的协商计划已存在` });
    const { id } = await trx
      .insertInto('plans')
      .values({
        committee_id: committeeId,
        year: input.plan.year,
        title: input.plan.title,
        doc_number: input.plan.docNumber,
        recipients: input.plan.recipients,
        report_to: input.plan.reportTo,
        send_to: input.plan.sendTo,
        preamble: input.plan.preamble,
        requirements: input.plan.requirements,
        notice_body: input.plan.noticeBody,
        import_source: input.source ? JSON.stringify(input.source) : null,
        updated_at: new Date(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const org = await loadOrgLookups(trx, committeeId);
    for (const item of items) await insertPlanItem(trx, committeeId, id, item, org);
    await auditAs(trx, ctx, {
      action: input.source ? AuditAction.PlanImported : AuditAction.PlanCreated,
      objectType: 'plan',
      objectId: id,
      objectLabel: input.plan.title,
      after: { ...input.plan, items: items.length, source: input.source ?? null },
    });
    return { id };
  });
}
