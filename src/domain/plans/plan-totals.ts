import { planFormLabels, type PlanForm } from './plan-forms';

type CountedItem = { form: PlanForm; category?: string | null; cancelled?: boolean };

const CN = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** Counts per form, in the order the forms first appear, in the wording the items use (the notice's headings). */
export function countByForm(items: readonly CountedItem[]): { form: PlanForm; label: string; count: number }[] {
  const counts = new Map<PlanForm, { form: PlanForm; label: string; count: number }>();
  for (const item of items) {
    if (item.cancelled) continue;
    const entry = counts.get(item.form) ?? { form: item.form, label: item.category?.trim() || planFormLabels[item.form], count: 0 };
    entry.count += 1;
    counts.set(item.form, entry);
  }
  return [...counts.values()];
}

/**
 * The notice's totals sentence, generated from the items and never typed:
 * "2024年，共安排协商活动16次，其中主题协商1次、对口协商7次、……。"
 */
export function totalsSentence(year: number, items: readonly CountedItem[]): string {
  const active = items.filter((i) => !i.cancelled);
  const parts = countByForm(active).map((c) => `${c.label}${c.count}次`);
  if (parts.length <= 1) return `${year}年，共安排协商活动${active.length}次。`;
  return `${year}年，共安排协商活动${active.length}次，其中${parts.join('、')}。`;
}

/** Section numbers of the notice: 一、二、…十、十一. */
export function chineseOrdinal(n: number): string {
  if (n <= 10) return CN[n];
  if (n < 20) return `十${CN[n - 10]}`;
  return `${CN[Math.floor(n / 10)]}十${n % 10 ? CN[n % 10] : ''}`;
}
