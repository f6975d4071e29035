import type { Db } from '../../db/database';
import type { Actor } from '../../domain/actor';
import { planFormLabels, type PlanForm } from '../../domain/plans/plan-forms';
import { groupByForm, timeText, type PlanNotice } from '../../domain/plans/plan-notice-model';
import { getPlan } from './get-plan';

/** The notice document of a plan, in the shape the .docx writer and the printable page use. */
export async function getPlanNotice(db: Db, actor: Actor, planId: string): Promise<PlanNotice> {
  const plan = await getPlan(db, actor, planId);
  const committee = await db.selectFrom('committees').select(['name']).where('id', '=', actor.committeeId).executeTakeFirstOrThrow();
  const items = plan.items
    .filter((i) => i.status === 'active')
    .map((i) => ({
      form: i.form,
      category: i.category,
      title: i.title,
      timeText: timeText(i.startMonth, i.endMonth),
      leadUnits: i.leadUnits.map((b) => b.name),
      consultedDepartments: i.consultedDepartments.map((b) => b.name),
      meeting: i.meeting,
      leadLeader: i.leadLeader,
      participants: i.participants,
      contents: i.contents,
      brandTag: i.brandTag,
    }));
  const approved = plan.approvingMeeting
    ? `已${plan.approvedOn ? `于${Number(plan.approvedOn.slice(5, 7))}月${Number(plan.approvedOn.slice(8, 10))}日` : ''}经${plan.approvingMeeting}审议通过，`
    : '';
  return {
    issuer: committee.name,
    docNumber: plan.docNumber,
    noticeTitle: `${committee.name}关于印发《${plan.title}》的通知`,
    recipients: plan.recipients,
    noticeBody: plan.noticeBody ?? `《${plan.title}》${approved}现印发你们，请认真组织实施。`,
    signature: committee.name,
    issueDate: plan.issueDate,
    planTitle: plan.title,
    preamble: plan.preamble,
    totalsSentence: plan.totals.sentence,
    sections: groupByForm(items, (f) => planFormLabels[f as PlanForm]),
    requirements: plan.requirements,
    reportTo: plan.reportTo,
    sendTo: plan.sendTo,
    printer: `${committee.name}办公室`,
    printDate: plan.issueDate,
  };
}
