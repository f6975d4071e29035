import type { Db } from '../../db/database';
import { countActiveItems, lockPlan } from '../../db/plan-rows';
import { assertReferences } from '../../db/references';
import { inTransaction } from '../../db/transaction';
import { hasRole } from '../../domain/actor';
import { AuditAction } from '../../domain/audit-actions';
import { transitionProblem } from '../../domain/plans/plan-rules';
import type { PlanTransitionInput } from '../../domain/plans/plan-schema';
import { planStatusLabels, planTransition, type PlanStatus } from '../../domain/plans/plan-states';
import { AppError, ErrorCode, forbidden, notFound } from '../../errors/app-error';
import { auditAs, type CommandContext } from '../context';
import { refuse } from './plan-guards';

/**
 * Moves a plan one step along its workflow (plan-states.ts): load and lock, check who may, guard the state and
 * what the step needs (plan-rules.ts), write the new state and the audit event in one transaction.
 * Issuing also turns every active item into a consultation activity that keeps its link to the item.
 */
export async function transitionPlan(ctx: CommandContext, planId: string, input: PlanTransitionInput): Promise<{ status: PlanStatus }> {
  return inTransaction(ctx.db, async (trx) => {
    const plan = await lockPlan(trx, ctx.actor.committeeId, planId);
    if (!plan) throw notFound('年度协商计划');
    const transition = planTransition(plan.status, input.action);
    if (!transition) throw new AppError(ErrorCode.InvalidState, `计划${planStatusLabels[plan.status]}，不能执行此操作`);
    if (!hasRole(ctx.actor, ...transition.who)) throw forbidden('您的角色不能执行此操作');
    refuse(transitionProblem({ status: plan.status, activeItems: await countActiveItems(trx, plan.committee_id, planId) }, input));

    const changes: Partial<{ chairs_meeting: string | null; chairs_meeting_date: string | null; approving_meeting: string | null; approved_on: string | null; doc_number: string | null; issue_date: string | null; issued_at: Date }> = {};
    if (input.action === 'send_for_comment') await inviteCommenters(trx, plan.committee_id, planId, input.invitees);
    if (input.action === 'submit_to_chairs') Object.assign(changes, { chairs_meeting: input.meeting, chairs_meeting_date: input.meetingDate });
    if (input.action === 'record_decision') Object.assign(changes, { approving_meeting: input.meeting, approved_on: input.meetingDate });
    if (input.action === 'issue') {
      Object.assign(changes, { doc_number: input.docNumber, issue_date: input.issueDate, issued_at: new Date() });
      await createActivities(trx, plan.committee_id, planId, plan.year);
    }
    await trx
      .updateTable('plans')
      .set({ status: transition.to, ...changes, version: plan.version + 1, updated_at: new Date() })
      .where('committee_id', '=', plan.committee_id)
      .where('id', '=', planId)
      .execute();
    await auditAs(trx, ctx, {
      action: input.action === 'issue' ? AuditAction.PlanIssued : AuditAction.PlanTransitioned,
      objectType: 'plan',
      objectId: planId,
      objectLabel: plan.title,
      before: { status: plan.status },
      after: { status: transition.to, action: input.action, meeting: input.meeting, meetingDate: input.meetingDate, docNumber: input.docNumber, issueDate: input.issueDate, reason: input.reason, invitees: input.invitees.length || undefined },
    });
    return { status: transition.to };
  });
}

/** The bodies asked for comments, each named as the organisation has it. */
async function inviteCommenters(trx: Db, committeeId: string, planId: string, invitees: PlanTransitionInput['invitees']) {
  await trx.deleteFrom('plan_comment_invites').where('committee_id', '=', committeeId).where('plan_id', '=', planId).execute();
  for (const [i, invitee] of invitees.entries()) {
    await assertReferences(trx, committeeId, [
      { table: 'special_committees', id: invitee.specialCommitteeId ?? null, field: `invitees.${i}` },
      { table: 'handling_units', id: invitee.handlingUnitId ?? null, field: `invitees.${i}` },
      { table: 'parties', id: invitee.partyId ?? null, field: `invitees.${i}` },
    ]);
    const table = invitee.specialCommitteeId ? 'special_committees' : invitee.handlingUnitId ? 'handling_units' : 'parties';
    const id = invitee.specialCommitteeId ?? invitee.handlingUnitId ?? invitee.partyId;
    if (!id) throw new AppError(ErrorCode.Validation, '请选择征求意见的单位', { field: `invitees.${i}` });
    const body = await trx.selectFrom(table).select('name').where('committee_id', '=', committeeId).where('id', '=', id).executeTakeFirstOrThrow();
    await trx
      .insertInto('plan_comment_invites')
      .values({
        committee_id: committeeId,
        plan_id: planId,
        special_committee_id: invitee.specialCommitteeId ?? null,
        handling_unit_id: invitee.handlingUnitId ?? null,
        party_id: invitee.partyId ?? null,
        name: body.name,
      })
      .execute();
  }
}

/** Each active item of the issued plan becomes a consultation activity, linked to its item. */
async function createActivities(trx: Db, committeeId: string, planId: string, year: number) {
  const items = await trx
    .selectFrom('plan_items')
    .select(['id', 'form', 'title', 'start_month', 'end_month'])
    .where('committee_id', '=', committeeId)
    .where('plan_id', '=', planId)
    .where('status', '=', 'active')
    .orderBy('seq')
    .execute();
  if (items.length === 0) return;
  await trx
    .insertInto('activities')
    .values(items.map((i) => ({ committee_id: committeeId, plan_item_id: i.id, year, form: i.form, title: i.title, start_month: i.start_month, end_month: i.end_month, updated_at: new Date() })))
    .execute();
}
