import { describe, expect, it } from 'vitest';
import { adjustmentProblem, editProblem, itemYearProblem, transitionProblem } from './plan-rules';
import { planTransitionSchema } from './plan-schema';

const input = (raw: Record<string, unknown>) => planTransitionSchema.parse(raw);

describe('plan rules', () => {
  it('locks the plan after issue: no edits, only adjustments', () => {
    expect(editProblem('issued')?.message).toContain('只能通过计划调整');
    expect(editProblem('submitted')?.message).toContain('不能直接修改');
    expect(editProblem('draft')).toBeNull();
    expect(adjustmentProblem('issued')).toBeNull();
    expect(adjustmentProblem('draft')?.message).toContain('尚未印发');
    expect(adjustmentProblem('issued', { status: 'cancelled' })?.field).toBe('itemId');
  });

  it('needs a document number and date to issue', () => {
    const plan = { status: 'decided' as const, activeItems: 3 };
    expect(transitionProblem(plan, input({ action: 'issue' }))?.field).toBe('docNumber');
    expect(transitionProblem(plan, input({ action: 'issue', docNumber: '第6号' }))?.field).toBe('docNumber');
    expect(transitionProblem(plan, input({ action: 'issue', docNumber: '云政协发〔2025〕6号' }))?.field).toBe('issueDate');
    expect(transitionProblem(plan, input({ action: 'issue', docNumber: '云政协发〔2025〕6号', issueDate: '2025-03-13' }))).toBeNull();
  });

  it('needs the deciding meeting and its date, a reason to return, invitees to send for comment', () => {
    const plan = { status: 'submitted' as const, activeItems: 3 };
    expect(transitionProblem(plan, input({ action: 'record_decision', meetingDate: '2025-03-11' }))?.field).toBe('meeting');
    expect(transitionProblem(plan, input({ action: 'return_to_draft' }))?.field).toBe('reason');
    expect(transitionProblem({ status: 'draft', activeItems: 3 }, input({ action: 'send_for_comment' }))?.field).toBe('invitees');
    expect(transitionProblem({ status: 'draft', activeItems: 0 }, input({ action: 'submit_to_chairs' }))?.message).toContain('没有协商活动');
  });

  it('keeps items in the plan\'s year', () => {
    expect(itemYearProblem(2025, '2024-12')?.field).toBe('startMonth');
    expect(itemYearProblem(2025, '2025-12')).toBeNull();
  });
});
