import type { PlanTransitionInput } from './plan-schema';
import { isPlanEditable, planStatusLabels, type PlanStatus } from './plan-states';

export type RuleProblem = { field?: string; message: string };

/** What each step needs beyond being allowed from the current state. Returns the first thing missing, or null. */
export function transitionProblem(plan: { status: PlanStatus; activeItems: number }, input: PlanTransitionInput): RuleProblem | null {
  switch (input.action) {
    case 'send_for_comment':
      if (input.invitees.length === 0) return { field: 'invitees', message: '请选择征求意见的单位' };
      if (plan.activeItems === 0) return { message: '计划还没有协商活动，不能征求意见' };
      return null;
    case 'submit_to_chairs':
      if (plan.activeItems === 0) return { message: '计划还没有协商活动，不能提交' };
      return null;
    case 'record_decision':
      if (!input.meeting) return { field: 'meeting', message: '请填写审定会议，如：中共云州市委第8次常委会会议' };
      if (!input.meetingDate) return { field: 'meetingDate', message: '请填写审定日期' };
      return null;
    case 'issue':
      if (!input.docNumber) return { field: 'docNumber', message: '请填写发文字号，如：云政协发〔2025〕6号' };
      if (!/〔\d{4}〕\d+号$/.test(input.docNumber.replace(/[[［]/g, '〔').replace(/[\]］]/g, '〕'))) {
        return { field: 'docNumber', message: '发文字号格式应为“机关代字〔年份〕序号号”，如：云政协发〔2025〕6号' };
      }
      if (!input.issueDate) return { field: 'issueDate', message: '请填写印发日期' };
      return null;
    case 'return_to_draft':
      if (!input.reason) return { field: 'reason', message: '请填写退回原因' };
      return null;
    case 'close_comments':
      return null;
  }
}

/** Items and the plan's own fields change freely only in draft and while out for comment. */
export function editProblem(status: PlanStatus): RuleProblem | null {
  if (isPlanEditable(status)) return null;
  if (status === 'issued') return { message: '计划已印发，只能通过计划调整增加、取消或调整活动' };
  return { message: `计划${planStatusLabels[status]}，不能直接修改；如需修改请先退回` };
}

/** The notice's own fields (recipients, 报/送, requirements) may still be set until the plan is issued. */
export function noticeEditProblem(status: PlanStatus): RuleProblem | null {
  return status === 'issued' ? { message: '计划已印发，通知内容不能再修改' } : null;
}

/** Adjustments are the only change after issue, and only after issue. */
export function adjustmentProblem(status: PlanStatus, item?: { status: 'active' | 'cancelled' }): RuleProblem | null {
  if (status !== 'issued') return { message: '计划尚未印发，请直接修改计划' };
  if (item && item.status === 'cancelled') return { field: 'itemId', message: '该活动已取消' };
  return null;
}

/** An item's months must fall in or run from the plan's year. */
export function itemYearProblem(planYear: number, startMonth: string | null): RuleProblem | null {
  if (startMonth && Number(startMonth.slice(0, 4)) !== planYear) return { field: 'startMonth', message: `开始月份应在${planYear}年内` };
  return null;
}
