import { Role } from '../roles';

/**
 * The annual plan's workflow: drafted by the office, sent round for comment, submitted to the chairs' meeting
 * (主席会议), decided by the party standing committee (党委常委会), issued as a notice. Issued is final: after
 * that the plan changes only by adjustments (see plan-rules.ts).
 */
export const PLAN_STATUSES = ['draft', 'commenting', 'submitted', 'decided', 'issued'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const planStatusLabels: Record<PlanStatus, string> = {
  draft: '起草中',
  commenting: '征求意见中',
  submitted: '已提交主席会议',
  decided: '党委常委会已审定',
  issued: '已印发',
};

export const PLAN_ACTIONS = ['send_for_comment', 'close_comments', 'submit_to_chairs', 'return_to_draft', 'record_decision', 'issue'] as const;
export type PlanAction = (typeof PLAN_ACTIONS)[number];

export const planActionLabels: Record<PlanAction, string> = {
  send_for_comment: '发出征求意见',
  close_comments: '结束征求意见',
  submit_to_chairs: '提交主席会议',
  return_to_draft: '退回修改',
  record_decision: '登记党委常委会审定',
  issue: '印发',
};

type Transition = { from: PlanStatus; action: PlanAction; to: PlanStatus; who: readonly Role[] };

/** The transition table: from, action, to, who. Office staff record what the meetings decided; leaders may do so too. */
export const PLAN_TRANSITIONS: readonly Transition[] = [
  { from: 'draft', action: 'send_for_comment', to: 'commenting', who: [Role.OfficeStaff] },
  { from: 'commenting', action: 'close_comments', to: 'draft', who: [Role.OfficeStaff] },
  { from: 'draft', action: 'submit_to_chairs', to: 'submitted', who: [Role.OfficeStaff] },
  { from: 'commenting', action: 'submit_to_chairs', to: 'submitted', who: [Role.OfficeStaff] },
  { from: 'submitted', action: 'return_to_draft', to: 'draft', who: [Role.OfficeStaff, Role.Leader] },
  { from: 'decided', action: 'return_to_draft', to: 'draft', who: [Role.OfficeStaff, Role.Leader] },
  { from: 'submitted', action: 'record_decision', to: 'decided', who: [Role.OfficeStaff, Role.Leader] },
  { from: 'decided', action: 'issue', to: 'issued', who: [Role.OfficeStaff] },
];

/** The transition an action takes from a status, or null when the plan is not in a state that allows it. */
export function planTransition(from: PlanStatus, action: PlanAction): Transition | null {
  return PLAN_TRANSITIONS.find((t) => t.from === from && t.action === action) ?? null;
}

/** The actions a user with these roles may take on a plan in this status (for the buttons). */
export function availablePlanActions(status: PlanStatus, roles: readonly Role[]): PlanAction[] {
  return PLAN_TRANSITIONS.filter((t) => t.from === status && t.who.some((r) => roles.includes(r))).map((t) => t.action);
}

/** Items and plan fields can be edited freely only before the plan is submitted. */
export function isPlanEditable(status: PlanStatus): boolean {
  return status === 'draft' || status === 'commenting';
}
