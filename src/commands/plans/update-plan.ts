import { inTransaction } from '../../db/transaction';
import { AuditAction } from '../../domain/audit-actions';
import { editProblem, noticeEditProblem } from '../../domain/plans/plan-rules';
import type { PlanInput } from '../../domain/plans/plan-schema';
import { auditAs, type CommandContext } from '../context';
import { lockManagedPlan, refuse } from './plan-guards';

/** Edits the plan's own fields. Year and title only while editable; the notice's fields until issue. */
export async function updatePlan(ctx: CommandContext, planId: string, input: PlanInput) {
  await inTransaction(ctx.db, async (trx) => {
    const plan = await lockManagedPlan(trx, ctx, planId);
    refuse(noticeEditProblem(plan.status));
    if (input.year !== plan.year || input.title !== plan.title) refuse(editProblem(plan.status));
    const after = {
      year: input.year,
      title: input.title,
      doc_number: input.docNumber,
      recipients: input.recipients,
      report_to: input.reportTo,
      send_to: input.sendTo,
      preamble: input.preamble,
      requirements: input.requirements,
      notice_body: input.noticeBody,
    };
    await trx
      .updateTable('plans')
      .set({ ...after, version: plan.version + 1, updated_at: new Date() })
      .where('committee_id', '=', plan.committee_id)
      .where('id', '=', planId)
      .execute();
    const before = Object.fromEntries(Object.keys(after).map((k) => [k, plan[k as keyof typeof plan]]));
    await auditAs(trx, ctx, { action: AuditAction.PlanUpdated, objectType: 'plan', objectId: planId, objectLabel: input.title, before, after });
  });
}
