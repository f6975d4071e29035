import { describe, expect, it } from 'vitest';
import type { PlanForm } from '../plan-forms';
import { compareStatedCounts } from './stated-counts';

/** A totals sentence: the total, then [form, label, count] for each kind it names. */
const sentence = (statedTotal: number, kinds: [PlanForm | null, string, number][]) => ({
  statedTotal,
  statedByForm: kinds.map(([form, label, count]) => ({ form, label, count })),
});
/** Items as [form, the notice's own wording of it]. */
const itemsOf = (...items: [PlanForm, string?][]) => items.map(([form, category]) => ({ form, category }));
const problems = (notes: ReturnType<typeof compareStatedCounts>) => notes.filter((n) => !n.ok);

describe('the totals sentence against the items', () => {
  it('matches kinds the notice names by the items’ own wording before their form', () => {
    const stated = sentence(5, [
      ['special', '专题协商', 1],
      ['special', '双月协商座谈会', 1],
      [null, '主席会议协商', 1],
      ['proposal_handling', '提案办理协商', 1],
      ['online', '网络议政', 1],
    ]);
    const items = itemsOf(['special', '专题协商'], ['special', '双月协商座谈会'], ['other', '主席会议协商'], ['proposal_handling', '重点提案办理协商'], ['online', '网络议政活动']);
    expect(compareStatedCounts(stated, items)).toEqual([{ ok: true, text: '通知写明共 5 次，解析出 5 项，一致' }]);
  });

  it('counts by form when the wording was changed, and names every kind that shares the form on a mismatch', () => {
    const stated = sentence(3, [
      ['special', '专题协商', 1],
      ['special', '双月协商座谈会', 1],
      ['counterpart', '对口协商', 1],
    ]);
    expect(compareStatedCounts(stated, itemsOf(['special'], ['special'], ['counterpart']))).toEqual([{ ok: true, text: '通知写明共 3 次，解析出 3 项，一致' }]);
    expect(compareStatedCounts(stated, itemsOf(['special'], ['counterpart'], ['counterpart']))).toEqual([
      { ok: true, text: '通知写明共 3 次，解析出 3 项，一致' },
      { ok: false, text: '通知写明专题协商、双月协商座谈会共 2 次，解析出 1 项，请核对' },
      { ok: false, text: '通知写明对口协商 1 次，解析出 2 项，请核对' },
    ]);
  });

  it('counts an item whose form staff changed for its new form, not for the kind its wording names', () => {
    const stated = sentence(3, [
      ['theme', '主题协商', 1],
      ['counterpart', '对口协商', 2],
    ]);
    expect(problems(compareStatedCounts(stated, itemsOf(['counterpart', '主题协商'], ['counterpart', '对口协商'], ['counterpart', '对口协商'])))).toEqual([
      { ok: false, text: '通知写明主题协商 1 次，解析出 0 项，请核对' },
      { ok: false, text: '通知写明对口协商 2 次，解析出 3 项，请核对' },
    ]);
  });

  it('checks kinds that share a form one by one when every item names its kind', () => {
    const stated = sentence(2, [
      ['special', '专题协商', 1],
      ['special', '双月协商座谈会', 1],
    ]);
    expect(problems(compareStatedCounts(stated, itemsOf(['special', '专题协商'], ['special', '专题协商'])))).toEqual([
      { ok: false, text: '通知写明专题协商 1 次，解析出 2 项，请核对' },
      { ok: false, text: '通知写明双月协商座谈会 1 次，解析出 0 项，请核对' },
    ]);
  });

  it('checks a kind without a form of its own only when items name it', () => {
    const stated = sentence(3, [
      [null, '主席会议协商', 1],
      [null, '重点协商议题', 2],
    ]);
    expect(compareStatedCounts(stated, itemsOf(['other', '主席会议协商'], ['other', '主席会议协商']))).toEqual([
      { ok: false, text: '通知写明共 3 次，解析出 2 项，不一致，请核对' },
      { ok: false, text: '通知写明主席会议协商 1 次，解析出 2 项，请核对' },
    ]);
  });
});
