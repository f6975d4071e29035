import type { Db } from '../../db/database';
import type { Actor } from '../../domain/actor';
import { planFormLabels, type PlanForm } from '../../domain/plans/plan-forms';
import { planStatusLabels } from '../../domain/plans/plan-states';
import { countByForm, totalsSentence } from '../../domain/plans/plan-totals';
import { forbidden, notFound } from '../../errors/app-error';
import { bodyColumnsToLink, inviteOf } from '../../db/plan-rows';
import { planAbilities, planPolicy } from '../../policies/plans';
import { hasRole } from '../../domain/actor';

export type PlanBody = { name: string; linked: boolean; kind: string | null; id: string | null };

/** A plan with its items (bodies linked or flagged), comments, invitations, change history and the caller's abilities. */
export async function getPlan(db: Db, actor: Actor, planId: string) {
  const committeeId = actor.committeeId;
  const plan = await db.selectFrom('plans').selectAll().where('committee_id', '=', committeeId).where('id', '=', planId).executeTakeFirst();
  if (!plan) throw notFound('年度协商计划');
  const invite = hasRole(actor, ...planPolicy.commentRoles) ? await inviteOf(db, actor, planId) : null;
  if (!planPolicy.read(actor) && !invite) throw forbidden();

  const [items, bodies, comments, invites, adjustments] = await Promise.all([
    db.selectFrom('plan_items').selectAll().where('committee_id', '=', committeeId).where('plan_id', '=', planId).orderBy('seq').execute(),
    db
      .selectFrom('plan_item_bodies as b')
      .innerJoin('plan_items as i', (j) => j.onRef('i.committee_id', '=', 'b.committee_id').onRef('i.id', '=', 'b.item_id'))
      .select(['b.item_id', 'b.role', 'b.position', 'b.name', 'b.special_committee_id', 'b.party_id', 'b.sector_id', 'b.liaison_group_id', 'b.handling_unit_id'])
      .where('b.committee_id', '=', committeeId)
      .where('i.plan_id', '=', planId)
      .orderBy('b.position')
      .execute(),
    db.selectFrom('plan_comments').select(['id', 'item_id', 'invite_id', 'author_name', 'body', 'created_at']).where('committee_id', '=', committeeId).where('plan_id', '=', planId).orderBy('created_at').execute(),
    db.selectFrom('plan_comment_invites').select(['id', 'name', 'special_committee_id', 'handling_unit_id', 'party_id']).where('committee_id', '=', committeeId).where('plan_id', '=', planId).execute(),
    db.selectFrom('plan_adjustments').selectAll().where('committee_id', '=', committeeId).where('plan_id', '=', planId).orderBy('created_at').execute(),
  ]);

  const bodyOf = (b: (typeof bodies)[number]): PlanBody => {
    const [kind, id] = bodyColumnsToLink(b);
    return { name: b.name, linked: id !== null, kind, id };
  };

  const shownItems = items.map((i) => ({
    id: i.id,
    seq: i.seq,
    form: i.form as PlanForm,
    formLabel: planFormLabels[i.form as PlanForm],
    category: i.category,
    title: i.title,
    startMonth: i.start_month,
    endMonth: i.end_month,
    meeting: i.meeting,
    leadLeader: i.lead_leader,
    participants: i.participants,
    contents: i.contents,
    brandTag: i.brand_tag,
    status: i.status,
    cancelReason: i.cancel_reason,
    addedByAdjustment: i.added_by_adjustment,
    sources: i.sources,
    leadUnits: bodies.filter((b) => b.item_id === i.id && b.role === 'lead').map(bodyOf),
    consultedDepartments: bodies.filter((b) => b.item_id === i.id && b.role === 'consulted').map(bodyOf),
    comments: comments.filter((c) => c.item_id === i.id).map((c) => ({ id: c.id, author: c.author_name, body: c.body, at: c.created_at })),
  }));
  const active = shownItems.filter((i) => i.status === 'active');

  return {
    id: plan.id,
    year: plan.year,
    title: plan.title,
    docNumber: plan.doc_number,
    status: plan.status,
    statusLabel: planStatusLabels[plan.status],
    chairsMeeting: plan.chairs_meeting,
    chairsMeetingDate: plan.chairs_meeting_date,
    approvingMeeting: plan.approving_meeting,
    approvedOn: plan.approved_on,
    issueDate: plan.issue_date,
    recipients: plan.recipients,
    reportTo: plan.report_to,
    sendTo: plan.send_to,
    preamble: plan.preamble,
    requirements: plan.requirements,
    noticeBody: plan.notice_body,
    importSource: plan.import_source,
    version: plan.version,
    totals: { sentence: totalsSentence(plan.year, active), byForm: countByForm(active), count: active.length },
    items: shownItems,
    planComments: comments.filter((c) => !c.item_id).map((c) => ({ id: c.id, author: c.author_name, body: c.body, at: c.created_at })),
    invites: invites.map((i) => ({ id: i.id, name: i.name, commented: comments.some((c) => c.invite_id === i.id) })),
    adjustments: adjustments.map((a) => ({
      id: a.id,
      itemId: a.item_id,
      kind: a.kind,
      reason: a.reason,
      approver: a.approver,
      approvedOn: a.approved_on,
      before: a.before,
      after: a.after,
      by: a.created_by_name,
      at: a.created_at,
    })),
    abilities: planAbilities(actor, plan, invite?.name ?? null),
  };
}
export type PlanView = Awaited<ReturnType<typeof getPlan>>;
