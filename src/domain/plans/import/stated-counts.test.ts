import { describe, expect, it } from 'vitest';
import { compareStatedCounts } from './stated-counts';

describe('the totals sentence against the items', () => {
  it('matches kinds the notice names by the items’ own wording before their form', () => {
    const stated = {
      statedTotal: 5,
      statedByForm: [
        { form: 'special' as const, label: '专题协商', count: 1 },
        { form: 'special' as const, label: '双月协商座谈会', count: 1 },
        { form: null, label: '主席会议协商', count: 1 },
        { form: 'proposal_handling' as const, label: '提案办理协商', count: 1 },
        { form: 'online' as const, label: '网络议政', count: 1 },
      ],
    };
    const items = [
      { form: 'special' as const, category: '专题协商' },
      { form: 'special' as const, category: '双月协商座谈会' },
      { form: 'other' as const, category: '主席会议协商' },
      { form: 'proposal_handling' as const, category: '重点提案办理协商' },
      { form: 'online' as const, category: '网络议政活动' },
    ];
    expect(compareStatedCounts(stated, items)).toEqual([{ ok: true, text: '通知写明共 5 次，解析出 5 项，一致' }]);
  });

  it('counts by form when the wording was changed, and names every kind that shares the form on a mismatch', () => {
    const stated = {
      statedTotal: 3,
      statedByForm: [
        { form: 'special' as const, label: '专题协商', count: 1 },
        { form: 'special' as const, label: '双月协商座谈会', count: 1 },
        { form: 'counterpart' as const, label: '对口协商', count: 1 },
      ],
    };
    expect(compareStatedCounts(stated, [{ form: 'special' }, { form: 'special' }, { form: 'counterpart' }])).toEqual([{ ok: true, text: '通知写明共 3 次，解析出 3 项，一致' }]);
    expect(compareStatedCounts(stated, [{ form: 'special' }, { form: 'counterpart' }, { form: 'counterpart' }])).toEqual([
      { ok: true, text: '通知写明共 3 次，解析出 3 项，一致' },
      { ok: false, text: '通知写明专题协商、双月协商座谈会共 2 次，解析出 1 项，请核对' },
      { ok: false, text: '通知写明对口协商 1 次，解析出 2 项，请核对' },
    ]);
  });

  it('counts an item whose form staff changed for its new form, not for the kind its wording names', () => {
    const stated = {
      statedTotal: 3,
      statedByForm: [
        { form: 'theme' as const, label: '主题协商', count: 1 },
        { form: 'counterpart' as const, label: '对口协商', count: 2 },
      ],
    };
    const items = [
      { form: 'counterpart' as const, category: '主题协商' },
      { form: 'counterpart' as const, category: '对口协商' },
      { form: 'counterpart' as const, category: '对口协商' },
    ];
    expect(compareStatedCounts(stated, items).filter((n) => !n.ok)).toEqual([
      { ok: false, text: '通知写明主题协商 1 次，解析出 0 项，请核对' },
      { ok: false, text: '通知写明对口协商 2 次，解析出 3 项，请核对' },
    ]);
  });

  it('checks kinds that share a form one by one when every item names its kind', () => {
    const stated = {
      statedTotal: 2,
      statedByForm: [
        { form: 'special' as const, label: '专题协商', count: 1 },
        { form: 'special' as const, label: '双月协商座谈会', count: 1 },
      ],
    };
    const items = [
      { form: 'special' as const, category: '专题协商' },
      { form: 'special' as const, category: '专题协商' },
    ];
    expect(compareStatedCounts(stated, items).filter((n) => !n.ok)).toEqual([
      { ok: false, text: '通知写明专题协商 1 次，解析出 2 项，请核对' },
      { ok: false, text: '通知写明双月协商座谈会 1 次，解析出 0 项，请核对' },
    ]);
  });

  it('checks a kind without a form of its own only when items name it', () => {
    const stated = { statedTotal: 3, statedByForm: [{ form: null, label: '主席会议协商', count: 1 }, { form: null, label: '重点协商议题', count: 2 }] };
    const notes = compareStatedCounts(stated, [
      { form: 'other', category: '主席会议协商' },
      { form: 'other', category: '主席会议协商' },
    ]);
    expect(notes).toEqual([
      { ok: false, text: '通知写明共 3 次，解析出 2 项，不一致，请核对' },
      { ok: false, text: '通知写明主席会议协商 1 次，解析出 2 项，请核对' },
    ]);
  });
});
