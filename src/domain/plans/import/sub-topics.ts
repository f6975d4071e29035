import type { ItemDraft } from './item-draft';

/**
 * An item split into sub-topics ("本议题分两个子议题分别开展协商：1.子议题一：… 2.子议题二：…") counts as its
 * sub-topics: the item itself is dropped, and each sub-topic takes from it what it does not say itself.
 */
export function adoptSubTopics(drafts: ItemDraft[]): void {
  const parents = new Set(drafts.map((d) => d.parent).filter((p): p is ItemDraft => !!p));
  for (const child of drafts) {
    const parent = child.parent;
    if (!parent) continue;
    if (!child.form && parent.form) {
      child.form = parent.form;
      child.category = parent.category;
    }
    child.leadLeader ??= parent.leadLeader;
    child.meeting ??= parent.meeting;
    child.participants ??= parent.participants;
    if (!child.leadUnits.length) child.leadUnits = [...parent.leadUnits];
    if (!child.timeText) child.timeText = parent.timeText;
  }
  for (const parent of parents) parent.excluded = true;
}
