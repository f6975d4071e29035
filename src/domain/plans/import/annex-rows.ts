import type { ItemDraft } from './item-draft';

const key = (title: string | null) => (title ?? '').normalize('NFKC').replace(/[\s\p{P}\p{S}]/gu, '');

/**
 * An annex table that repeats the items ("协商议政活动安排表") may give what their text left out, most often the
 * departments taking part. Each row fills the empty fields of the item with the same topic; rows that match no
 * item add nothing (an annex is not where items are planned).
 */
export function mergeAnnexRows(items: ItemDraft[], rows: ItemDraft[]): void {
  for (const row of rows) {
    const item = items.find((i) => key(i.title) === key(row.title) && key(row.title).length >= 4);
    if (!item) continue;
    if (!item.consultedDepartments.length && row.consultedDepartments.length) {
      item.consultedDepartments = row.consultedDepartments;
      item.sources.consultedDepartments = row.sources.consultedDepartments;
    }
    if (!item.leadUnits.length && !item.sectionLead && row.leadUnits.length) {
      item.leadUnits = row.leadUnits;
      item.sources.leadUnits = row.sources.leadUnits;
    }
    if (!item.timeText && !item.sectionTime && row.timeText) {
      item.timeText = row.timeText;
      item.sources.time = row.sources.time;
    }
    if (!item.meeting && row.meeting) {
      item.meeting = row.meeting;
      item.sources.meeting = row.sources.meeting;
    }
    if (!item.form && row.form) {
      item.form = row.form;
      item.category = row.category;
      item.sources.form = row.sources.form;
    }
  }
}
