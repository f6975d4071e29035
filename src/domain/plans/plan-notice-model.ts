/** The issued notice as a document: what the .docx writer prints, built from the plan and its items. */
export type NoticeItem = {
  title: string;
  timeText: string;
  leadUnits: string[];
  consultedDepartments: string[];
  meeting?: string | null;
  leadLeader?: string | null;
  participants?: string | null;
  contents?: string[];
  /** 协商品牌: "有事好商量". */
  brandTag?: string | null;
};

export type PlanNotice = {
  /** 发文机关: the mark reads "<issuer>文件". */
  issuer: string;
  docNumber: string | null;
  /** 关于印发《…》的通知 */
  noticeTitle: string;
  /** 主送机关 */
  recipients: string | null;
  noticeBody: string;
  signature: string;
  issueDate: string | null;
  planTitle: string;
  preamble: string | null;
  totalsSentence: string;
  /** Items grouped by form, each group under the notice's usual wording for its form. */
  sections: { heading: string; items: NoticeItem[] }[];
  requirements: string | null;
  reportTo: string | null;
  sendTo: string | null;
  printer: string;
  printDate: string | null;
};

/** "2024-03-13" → "2024年3月13日" (公文 dates carry no leading zeros). */
export function chineseDate(iso: string | null): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-').map(Number);
  return d ? `${y}年${m}月${d}日` : `${y}年${m}月`;
}

/** An item's time as the notice writes it: "2024年6月", "2024年1月至12月", "2024年11月至2025年1月". */
export function timeText(start: string | null, end: string | null): string {
  if (!start) return '待定';
  const [y1, m1] = start.split('-').map(Number);
  const [y2, m2] = (end ?? start).split('-').map(Number);
  if (y1 === y2 && m1 === m2) return `${y1}年${m1}月`;
  if (y1 === y2) return `${y1}年${m1}月至${m2}月`;
  return `${y1}年${m1}月至${y2}年${m2}月`;
}

/** Groups items by form in the order the forms first appear, each group headed by the wording its items use. */
export function groupByForm<T extends { form: string; category?: string | null }>(items: readonly T[], labelOf: (form: string) => string): { heading: string; items: T[] }[] {
  const groups = new Map<string, { heading: string; items: T[] }>();
  for (const item of items) {
    const key = item.form === 'other' ? `other:${item.category ?? ''}` : item.form;
    const group = groups.get(key) ?? { heading: item.category?.trim() || labelOf(item.form), items: [] };
    group.items.push(item);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/**
 * The work requirements as the notice's last section: its heading (the one the text starts with, if any, without
 * its number, since the number follows the item sections) and its paragraphs. "七、工作要求\n1.…" and "1.…" both
 * give the heading 工作要求.
 */
export function requirementsSection(requirements: string | null): { heading: string; lines: string[] } | null {
  const lines = (requirements ?? '').split('\n').map((l) => l.trim()).filter(Boolean);
  if (!lines.length) return null;
  const own = /^(?:[一二三四五六七八九十]+[、.．]|第[一二三四五六七八九十]+部分\s*)\s*(.{2,12})$/.exec(lines[0]);
  if (own && !/[。；，]/.test(own[1])) return { heading: own[1], lines: lines.slice(1) };
  return { heading: '工作要求', lines };
}
