import type { PlanStatus } from '@domain/plans/plan-states';
import { planStatusLabels } from '@domain/plans/plan-states';
import { Tag } from 'antd';

const colors: Record<PlanStatus, string> = { draft: 'default', commenting: 'processing', submitted: 'gold', decided: 'orange', issued: 'green' };

export function PlanStatusTag({ status }: { status: PlanStatus }) {
  return <Tag color={colors[status]}>{planStatusLabels[status]}</Tag>;
}

/** 'YYYY-MM' pair as shown in lists: "6月", "1—12月", "2024-11—2025-01". */
export function monthRange(start: string | null, end: string | null): string {
  if (!start) return '待定';
  const [y1, m1] = start.split('-').map(Number);
  if (!end || end === start) return `${m1}月`;
  const [y2, m2] = end.split('-').map(Number);
  return y1 === y2 ? `${m1}—${m2}月` : `${y1}年${m1}月—${y2}年${m2}月`;
}

/** Whether an item's months cover month 'YYYY-MM'. */
export function coversMonth(start: string | null, end: string | null, month: string): boolean {
  if (!start) return false;
  return start <= month && month <= (end ?? start);
}
