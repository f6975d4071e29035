import type { PlanForm } from '../plan-forms';
import type { ParsedPlan } from './parsed-plan';

export type StatedCounts = Pick<ParsedPlan, 'statedTotal' | 'statedByForm'>;
type StatedKind = StatedCounts['statedByForm'][number];
export type CountedItem = { form: PlanForm; category?: string | null };
export type CountNote = { ok: boolean; text: string };

/** "重点提案办理协商" is the notice's "提案办理协商", "网络议政活动" its "网络议政". */
const sameName = (a: string, b: string) => {
  const bare = (s: string) => s.replace(/[\s“”"]/g, '').replace(/^(重点|专项)/, '').replace(/活动$/, '');
  return bare(a) === bare(b);
};

/**
 * The notice's totals sentence against the items read (or as staff have corrected them): "共安排协商活动18次，其中专题协商2次、
 * 双月协商座谈会1次…". Each item counts for the kind the notice names in the item's own wording (双月协商座谈会, 主席会议协商)
 * when its form agrees, otherwise for its form; several kinds of the notice may share one form (专题协商 and 双月协商座谈会
 * are both 专题协商), and are then checked together, and one by one only when every item among them names its kind.
 * Returns the total's note (whether or not it agrees) and a note for each kind or group of kinds that does not.
 */
export function compareStatedCounts(stated: StatedCounts, items: CountedItem[]): CountNote[] {
  const notes: CountNote[] = [];
  if (stated.statedTotal !== null) {
    const ok = stated.statedTotal === items.length;
    notes.push({ ok, text: `通知写明共 ${stated.statedTotal} 次，解析出 ${items.length} 项${ok ? '，一致' : '，不一致，请核对'}` });
  }
  const kinds = stated.statedByForm;
  const kindOf = items.map((i) => kinds.find((k) => !!i.category && sameName(i.category, k.label) && i.form === (k.form ?? 'other')) ?? null);
  const named = (k: StatedKind) => kindOf.filter((x) => x === k).length;
  const mismatch = (label: string, count: number, found: number) => ({ ok: false, text: `通知写明${label} ${count} 次，解析出 ${found} 项，请核对` });
  const groups = new Map<PlanForm, StatedKind[]>();
  for (const k of kinds) {
    // "重点协商议题5个", "县委点题3项": a kind that is no form and that no item names is a grouping the items do not say.
    if (!k.form) {
      if (named(k) > 0 && named(k) !== k.count) notes.push(mismatch(k.label, k.count, named(k)));
      continue;
    }
    groups.set(k.form, [...(groups.get(k.form) ?? []), k]);
  }
  for (const [form, group] of groups) {
    const inGroup = items.flatMap((i, n) => ((kindOf[n] ? group.includes(kindOf[n]) : i.form === form) ? [kindOf[n]] : []));
    const count = group.reduce((sum, k) => sum + k.count, 0);
    if (inGroup.length !== count) notes.push(mismatch(group.length === 1 ? group[0].label : `${group.map((k) => k.label).join('、')}共`, count, inGroup.length));
    else if (group.length > 1 && inGroup.every(Boolean)) {
      for (const k of group) if (named(k) !== k.count) notes.push(mismatch(k.label, k.count, named(k)));
    }
  }
  return notes;
}
