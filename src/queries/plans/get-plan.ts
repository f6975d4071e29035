import type { Db } from '../../db/database';
import type { Actor } from '../../domain/actor';
import { planFormLabels, type PlanForm } from '../../domain/plans/plan-forms';
import { planStatusLabels } from '../../domain/plans/plan-states';
import { countByForm, totalsSentence } from '../../domain/plans/plan-totals';
import { forbidden, notFound } from '../../errors/app-error';
import { bodyColumnsToLink, inviteOf } from '../../db/plan-rows';
import { planAbilities, planPolicy } from '../../policies/plans';
import { hasRole } from '../../domain/actor';
import { jsonArrayFrom } from 'kysely/helpers/postgres';

export type PlanBody = { name: string; linked: boolean; kind: string | null; id: string | null };

/**
 * A plan with its items (bodies linked or flagged), comments, invitations, change history and the caller's abilities.
 * The plan and its lists come in one statement (JSON arrays built by PostgreSQL): the plan page is opened often, and
 * each round trip cost more than the query it carried.
 */
export async function getPlan(db: Db, actor: Actor, planId: string) {
  const committeeId = actor.committeeId;
  const plan = await db
    .selectFrom('plans as p')
    .selectAll('p')
    .select((eb) => [
      jsonArrayFrom(
        eb
          .selectFrom('plan_items as i')
          .select(['i.id', 'i.seq', 'i.form', 'i.category', 'i.title', 'i.start_month', 'i.end_month', 'i.meeting', 'i.lead_leader', 'i.participants', 'i.contents', 'i.brand_tag', 'i.status', 'i.cancel_reason', 'i.added_by_adjustment', 'i.sources'])
          .select((ib) => [
            jsonArrayFrom(
              ib
                .selectFrom('plan_item_bodies as b')
                .select(['b.role', 'b.name', 'b.special_committee_id', 'b.party_id', 'b.sector_id', 'b.liaison_group_id', 'b.handling_unit_id'])
                .whereRef('b.committee_id', '=', 'i.committee_id')
                .whereRef('b.item_id', '=', 'i.id')
                .orderBy('b.position'),
            ).as('bodies'),
          ])
          .whereRef('i.committee_id', '=', 'p.committee_id')
          .whereRef('i.plan_id', '=', 'p.id')
          .orderBy('i.seq'),
      ).as('items'),
      jsonArrayFrom(
        eb
          .selectFrom('plan_comments as c')
          .select(['c.id', 'c.item_id', 'c.invite_id', 'c.author_name', 'c.body', 'c.created_at'])
          .whereRef('c.committee_id', '=', 'p.committee_id')
          .whereRef('c.plan_id', '=', 'p.id')
          .orderBy('c.created_at'),
      ).as('comments'),
      jsonArrayFrom(
        eb
          .selectFrom('plan_comment_invites as v')
          .select(['v.id', 'v.name'])
          .whereRef('v.committee_id', '=', 'p.committee_id')
          .whereRef('v.plan_id', '=', 'p.id')
          .orderBy('v.name'),
      ).as('invites'),
      jsonArrayFrom(
        eb
          .selectFrom('plan_adjustments as a')
          .select(['a.id', 'a.item_id', 'a.kind', 'a.reason', 'a.approver', 'a.approved_on', 'a.before', 'a.after', 'a.created_by_name', 'a.created_at'])
          .whereRef('a.committee_id', '=', 'p.committee_id')
          .whereRef('a.plan_id', '=', 'p.id')
          .orderBy('a.created_at'),
      ).as('adjustments'),
    ])
    .where('p.committee_id', '=', committeeId)
    .where('p.id', '=', planId)
    .executeTakeFirst();
  if (!plan) throw notFound('年度协商计划');
  const invite = hasRole(actor, ...planPolicy.commentRoles) ? await inviteOf(db, actor, planId) : null;
  if (!planPolicy.read(actor) && !invite) throw forbidden();
  const { items, comments, invites, adjustments } = plan;

  const bodyOf = (b: (typeof items)[number]['bodies'][number]): PlanBody => {
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
    leadUnits: i.bodies.filter((b) => b.role === 'lead').map(bodyOf),
    consultedDepartments: i.bodies.filter((b) => b.role === 'consulted').map(bodyOf),
    comments: comments.filter((c) => c.item_id === i.id).map((c) => ({ id: c.id, author: c.author_name, body: c.body, at: timestamp(c.created_at) })),
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
    planComments: comments.filter((c) => !c.item_id).map((c) => ({ id: c.id, author: c.author_name, body: c.body, at: timestamp(c.created_at) })),
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
      at: timestamp(a.created_at),
    })),
    abilities: planAbilities(actor, plan, invite?.name ?? null),
  };
}
export type PlanView = Awaited<ReturnType<typeof getPlan>>;

/** A timestamp inside a JSON array arrives as PostgreSQL's text ("2026-11-23T06:03:18.123456+00:00"): the same Date as a column. */
function timestamp(value: Date | string): Date {
  return new Date(value);
}
