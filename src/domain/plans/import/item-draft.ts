import type { PlanForm } from '../plan-forms';
import { cleanTitle, isMeetingName, meetingName } from './line-shapes';
import { splitTrailingNote } from './prose-item';
import type { ItemField } from './labels';

/** An item while the reader is still collecting its lines. */
export type ItemDraft = {
  form: PlanForm | null;
  category: string | null;
  title: string | null;
  titleFrom: 'label' | 'heading' | 'text' | null;
  timeText: string | null;
  leadUnits: string[];
  consultedDepartments: string[];
  meeting: string | null;
  leadLeader: string | null;
  participants: string | null;
  contents: string[];
  /** The consultation brand ("有事好商量") named by a label or in the item's text. */
  brandTag: string | null;
  /** An item written as a sentence: the sentence, where a brand may be named. */
  prose: string | null;
  sources: Partial<Record<ItemField | 'item', number>>;
  /** The field the next unlabelled line may continue, and whether the last line ended on a separator. */
  open: ItemField | null;
  openEndsWithSeparator: boolean;
  /** The title's bracketed note wraps onto the next line: its closing bracket is still to come. */
  openBracket: boolean;
  /** The text of that note so far, read when it closes. */
  pendingNote: string | null;
  /** The body a section heading names ("（二）市政协经济委员会"), the lead when the item names none. */
  sectionLead: string | null;
  /** The leader a section heading names ("一、县政协办公室（牵头领导：县政协主席 欧阳澜）"), when the item names none. */
  sectionLeader: string | null;
  /** The time a month heading above the item gives ("三月份"), when the item names none. */
  sectionTime: string | null;
  /** The item names a joint lead ("联合承办：市工商联"), beside the body its section heading names. */
  jointLead: boolean;
  /**
   * "主要内容：" or "活动安排：" alone on its line: the numbered lines below are its entries (the contents, or steps the
   * plan does not keep), not items.
   */
  listOf: 'contents' | 'aside' | null;
  /** A label stood alone at the end of its line ("协商议题："): the next line is its value. */
  pendingLabel: ItemField | null;
  /**
   * The depth of the numbered heading that names the item ("一、围绕“…”开展常委会议协商"), when one does: deeper
   * numbered lines with labels ("（一）协商形式：…") are its fields, not items.
   */
  headingDepth: number | null;
  /** Marked as not one of the plan's activities ("不计入协商活动"). */
  excluded: boolean;
  /** The item this one is a sub-topic of ("子议题一：…"). */
  parent?: ItemDraft;
};

export function newDraft(lineNo: number, form: PlanForm | null, category: string | null): ItemDraft {
  return {
    form,
    category,
    title: null,
    titleFrom: null,
    timeText: null,
    leadUnits: [],
    consultedDepartments: [],
    meeting: null,
    leadLeader: null,
    participants: null,
    contents: [],
    brandTag: null,
    prose: null,
    sources: { item: lineNo },
    open: null,
    openEndsWithSeparator: false,
    openBracket: false,
    pendingNote: null,
    sectionLead: null,
    sectionLeader: null,
    sectionTime: null,
    jointLead: false,
    listOf: null,
    pendingLabel: null,
    headingDepth: null,
    excluded: false,
  };
}

/** Whether the draft has anything beyond its title: a second 协商议题 then starts a new item. */
export function hasDetails(d: ItemDraft): boolean {
  return d.timeText !== null || d.leadUnits.length > 0 || d.consultedDepartments.length > 0 || d.contents.length > 0 || d.participants !== null;
}

/** The item's topic as a heading or a sentence gives it (not a 协商议题 label), with its source line. */
export function setHeadingTitle(item: ItemDraft, text: string, lineNo: number): void {
  item.title = cleanTitle(takeMeetingNote(item, text, lineNo));
  item.titleFrom = 'heading';
  item.sources.title = lineNo;
}

/**
 * "加快新型工业化步伐（县政协十届十二次常委会议）": the meeting in brackets after a topic is the meeting the item is held
 * at, unless it has one; the topic without it is returned.
 */
export function takeMeetingNote(item: ItemDraft, text: string, lineNo: number): string {
  const { main, note, closed } = splitTrailingNote(text);
  if (!note || !closed || item.meeting || !isMeetingName(note) || !/届|次/.test(note)) return text;
  item.meeting = meetingName(note);
  item.sources.meeting = lineNo;
  return main;
}
