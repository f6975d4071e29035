import { describe, expect, it } from 'vitest';
import { availablePlanActions, isPlanEditable, planTransition } from './plan-states';
import { chineseOrdinal, totalsSentence } from './plan-totals';

describe('plan workflow', () => {
  it('goes draft → commenting → submitted → decided → issued', () => {
    expect(planTransition('draft', 'send_for_comment')?.to).toBe('commenting');
    expect(planTransition('commenting', 'submit_to_chairs')?.to).toBe('submitted');
    expect(planTransition('submitted', 'record_decision')?.to).toBe('decided');
    expect(planTransition('decided', 'issue')?.to).toBe('issued');
  });

  it('allows nothing once issued', () => {
    for (const action of ['send_for_comment', 'close_comments', 'submit_to_chairs', 'return_to_draft', 'record_decision', 'issue'] as const) {
      expect(planTransition('issued', action)).toBeNull();
    }
    expect(isPlanEditable('issued')).toBe(false);
    expect(isPlanEditable('submitted')).toBe(false);
    expect(isPlanEditable('draft')).toBe(true);
  });

  it('refuses skipping a step', () => {
    expect(planTransition('draft', 'issue')).toBeNull();
    expect(planTransition('draft', 'record_decision')).toBeNull();
  });

  it('gives each role only its own actions', () => {
    expect(availablePlanActions('draft', ['office_staff'])).toEqual(['send_for_comment', 'submit_to_chairs']);
    expect(availablePlanActions('submitted', ['leader'])).toEqual(['return_to_draft', 'record_decision']);
    expect(availablePlanActions('decided', ['leader'])).toEqual(['return_to_draft']);
    expect(availablePlanActions('draft', ['member'])).toEqual([]);
    expect(availablePlanActions('decided', ['committee_staff'])).toEqual([]);
  });
});

describe('totals sentence', () => {
  it('counts the items by form in the order they appear', () => {
    const items = [{ form: 'theme' as const }, { form: 'counterpart' as const }, { form: 'counterpart' as const }, { form: 'party' as const, cancelled: true }];
    expect(totalsSentence(2024, items)).toBe('2024年，共安排协商活动3次，其中主题协商1次、对口协商2次。');
  });

  it('uses the item\'s own label for other forms', () => {
    expect(totalsSentence(2025, [{ form: 'other', category: '调研协商' }, { form: 'theme' }])).toBe('2025年，共安排协商活动2次，其中调研协商1次、主题协商1次。');
  });

  it('writes section numbers in Chinese', () => {
    expect([1, 7, 10, 11, 16, 20, 23].map(chineseOrdinal)).toEqual(['一', '七', '十', '十一', '十六', '二十', '二十三']);
  });
});
