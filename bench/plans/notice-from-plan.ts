import type { ParsedPlan } from '../../src/domain/plans/import/parse-plan-notice';
import { planFormLabels, type PlanForm } from '../../src/domain/plans/plan-forms';
import { groupByForm, timeText, type PlanNotice } from '../../src/domain/plans/plan-notice-model';
import { totalsSentence } from '../../src/domain/plans/plan-totals';

/**
 * The notice document of a parsed plan, shaped as getPlanNotice (src/queries/plans/plan-notice.ts) shapes a saved
 * one, so the .docx writer can print it without a database.
 */
export function noticeFromParsed(plan: ParsedPlan, issuer = '政协基准测试市委员会'): PlanNotice {
  const year = plan.year ?? 2024;
  const title = plan.title ?? `${year}年协商工作计划`;
  const items = plan.items.map((i) => ({ ...i, timeText: timeText(i.start, i.end) }));
  return {
    issuer,
    docNumber: plan.docNumber ?? `基政协发〔${year}〕6号`,
    noticeTitle: `${issuer}关于印发《${title}》的通知`,
    recipients: plan.notice.recipients,
    noticeBody: plan.notice.noticeBody ?? `《${title}》现印发你们，请认真组织实施。`,
    signature: issuer,
    issueDate: `${year}-03-13`,
    planTitle: title,
    preamble: plan.notice.preamble,
    totalsSentence: totalsSentence(year, plan.items),
    sections: groupByForm(items, (f) => planFormLabels[f as PlanForm]),
    requirements: plan.notice.requirements,
    reportTo: plan.notice.reportTo,
    sendTo: plan.notice.sendTo,
    printer: `${issuer}办公室`,
    printDate: `${year}-03-13`,
  };
}
