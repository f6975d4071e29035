import { labelsInsideNote, splitOutside, unmatchedClose } from './brackets';
import { readBracketLead, type BracketLead } from './bracket-lead';
import { isBodyList, readDashedItem, readSemicolonItem, type DashedItem } from './dashed-item';
import { mergeAnnexRows } from './annex-rows';
import { adoptSubTopics } from './sub-topics';
import { finish } from './finish-plan';
import { MEETING_TEXT, NAME_END, NAME_START, SEPARATOR_END, cleanCategory, cleanTitle, docNumberYear, isContainerHeading, isMeetingName, isMonthHeading, isPageChrome, isProse, isTopicSentence, isTrailer, leaderName, looksLikeItemProse, meetingName } from './line-shapes';
import type { ParsedPlan } from './parsed-plan';
import type { PlanForm } from '../plan-forms';
import { classifyForm, isFormHeading, isNonItemHeading } from './forms';
import { readHeading, type Heading, type HeadingStyle } from './headings';
import { hasDetails, newDraft, type ItemDraft } from './item-draft';
import { colonAfterSpacedLabel, findLabels, splitLabelled, type ItemField } from './labels';
import { readNoticeMeta, type Line } from './notice-meta';
import { noticePartsCollector } from './notice-parts';
import { chinesePunctuation, normalizeChars, tidy } from './normalize';
import { leaderInSentence, readProseItem, splitTrailingNote } from './prose-item';
import { looksLikeTime } from './time-range';
import { reflowWrappedLines } from './reflow';
import { foldCellPerLineTables } from './cell-per-line';
import { assignCells, isTableRow, readTableHeader, refineHeader, splitCells, type TableColumn } from './table';
import { splitUnitNames } from './unit-names';

export type { ParsedItem, ParsedPlan } from './parsed-plan';

/** 'plain' is a heading line without a number ("工作要求"): everything numbered below it belongs to it. */
const LEVEL_ORDER: (HeadingStyle | 'plain')[] = ['plain', 'cn', 'cn-paren', 'ordinal', 'arabic', 'arabic-paren', 'circled', 'bullet'];

type Section = { style: HeadingStyle | 'plain'; kind: 'form' | 'skip' | 'neutral'; form: PlanForm | null; category: string | null; lead?: string; leader?: string };

/**
 * Reads an issued consultation-plan notice (text of a .txt or .docx) into a plan: its title, year, document
 * number, stated total and items. A general reader of such notices, not one fitted to a sample: it knows the
 * heading styles, the labels, continuation lines and the paragraphs that are not items.
 */
export function parsePlanNotice(text: string, options: { year?: number } = {}): ParsedPlan {
  const lines: Line[] = foldCellPerLineTables(
    reflowWrappedLines(
      text
      .replace(/\r\n?/g, '\n')
      .split('\n')
      .map((raw, i) => ({ no: i + 1, raw: raw.replace(/\s+$/, ''), norm: normalizeChars(raw).replace(/\s+$/, '') })),
    ),
  );
  const meta = readNoticeMeta(lines);
  const year = meta.year ?? options.year ?? docNumberYear(meta.docNumber);
  const drafts: ItemDraft[] = [];
  const sections: Section[] = [];
  let current: ItemDraft | null = null;
  let blankBefore = false;
  const notice = noticePartsCollector();
  /** A line naming only a time ("三月份") that the items below belong to. */
  let monthHeading: string | null = null;
  let afterAnnex = false;
  /** Where the rows of an annex table start among the drafts. */
  let annexFrom: number | null = null;
  /** Keeps a paragraph that is not part of an item: before the first item it is preamble, after it requirements. */
  const keep = (line: Line) => {
    if (line.no === meta.statedTotalLine) notice.paragraphWithTotal(line.raw, drafts.length === 0);
    else notice.paragraph(line.raw, drafts.length === 0);
  };
  /** A plan laid out as a table: its columns, and where the last row's cells started. */
  let table: {
    columns: TableColumn[];
    /** Tab-separated (a Word table) rather than aligned with spaces. */
    tabs: boolean;
    rowStarts: number[] | null;
    item: ItemDraft | null;
    lastText: Map<string, string>;
    lastField: TableColumn['field'] | null;
  } | null = null;

  const context = () => {
    for (let i = sections.length - 1; i >= 0; i--) if (sections[i].kind !== 'neutral' || sections[i].form) return sections[i];
    return null;
  };
  const inSkip = () => sections.some((s) => s.kind === 'skip');
  const start = (lineNo: number) => {
    close();
    const ctx = context();
    current = newDraft(lineNo, ctx?.kind === 'form' ? ctx.form : null, ctx?.kind === 'form' ? ctx.category : null);
    current.sectionLead = [...sections].reverse().find((s) => s.lead)?.lead ?? null;
    current.sectionLeader = [...sections].reverse().find((s) => s.leader)?.leader ?? null;
    current.sectionTime = inSkip() ? null : monthHeading;
    drafts.push(current);
    return current;
  };
  const close = () => {
    if (current?.pendingNote) flushNote(current, current.sources.title ?? 0);
    if (current) current.open = null;
    current = null;
  };

  const bodyStart = Math.max(meta.titleLine ?? 0, 0);
  /** Lines already read as the end of a sentence item that wrapped onto them. */
  const consumed = new Set<number>();
  for (const line of lines) {
    if (consumed.has(line.no)) continue;
    const norm = colonAfterSpacedLabel(line.norm.trim());
    if (!norm) {
      blankBefore = true;
      continue;
    }
    if (drafts.length && /^附件\s*\d*\s*([:：].*)?$/.test(norm)) {
      // An annex after the items (contacts, collected topics) holds no items of the plan.
      close();
      table = null;
      afterAnnex = true;
      continue;
    }
    if (afterAnnex) {
      // But a table there may repeat the items with what their text left out: its rows are read aside and merged.
      if (!(table && handleTableLine(line))) {
        const columns = readTableHeader(line.norm);
        table = columns ? { columns, tabs: line.norm.includes('\t'), rowStarts: null, item: null, lastText: new Map(), lastField: null } : null;
        if (columns) annexFrom ??= drafts.length;
      }
      blankBefore = false;
      continue;
    }
    // Notes after a table; inside an item's labelled block, "备注：…" is one of its fields.
    const notes = /^(说明|注|备注|附注)\s*[:：]/.test(norm) && (table !== null || !current);
    if (line.no > bodyStart && !readHeading(norm) && ((norm.length <= 12 && !/^附件/.test(norm) && isNonItemHeading(norm) && !findLabels(norm).length) || notes)) {
      // "工作要求" on a line of its own, without a number; "说明：1.…" after a table: notes, and their numbered lines.
      close();
      table = null;
      sections.length = 0;
      sections.push({ style: 'plain', kind: 'skip', form: null, category: null });
      keep(line);
      blankBefore = false;
      continue;
    }
    if (isPageChrome(norm)) {
      // The web page around a notice copied from a site.
      close();
      blankBefore = false;
      continue;
    }
    if (line.no <= bodyStart || isTrailer(norm)) {
      blankBefore = false;
      if (isTrailer(norm)) {
        close();
        notice.trailer(norm);
      } else if (line.no < bodyStart) notice.cover(line.raw);
      continue;
    }
    if (table && handleTableLine(line)) {
      blankBefore = false;
      continue;
    }
    table = null;
    const columns = readTableHeader(line.norm);
    if (columns) {
      close();
      table = { columns, tabs: line.norm.includes('\t'), rowStarts: null, item: null, lastText: new Map(), lastField: null };
      blankBefore = false;
      continue;
    }
    const waiting = current as ItemDraft | null;
    if (waiting?.pendingLabel && !readHeading(norm) && !findLabels(norm).length) {
      // The value of a label that stood alone on the line before.
      const field = waiting.pendingLabel;
      waiting.pendingLabel = null;
      applyField(waiting, field, norm, line.no);
      blankBefore = false;
      continue;
    }
    if (waiting) waiting.pendingLabel = null;
    if (/^第[一二三四五六七八九十\d]{1,3}(项|个|条)(议题|活动)?$/.test(norm) && !inSkip()) {
      // "第一项" alone on its line: the labelled lines below are the item.
      close();
      start(line.no);
      blankBefore = false;
      continue;
    }
    if (isMonthHeading(norm) && (current as ItemDraft | null)?.open !== 'time') {
      // "二月份", "五至六月", "全年": the items below are held then.
      close();
      monthHeading = norm;
      blankBefore = false;
      continue;
    }
    const heading = readHeading(norm);
    const bracketed = heading || inSkip() ? null : readBracketLead(norm);
    if (bracketed) {
      close();
      startBracketItem(line, bracketed);
      blankBefore = false;
      continue;
    }
    const last = current as ItemDraft | null;
    if (last?.openBracket && !heading) {
      continueNote(last, norm, line.no);
      blankBefore = false;
      continue;
    }
    if (last?.openBracket) flushNote(last, line.no);
    if (heading) {
      handleHeading(line, heading);
    } else if (splitLabelled(norm).length > 0) {
      handleLabels(line, norm, null);
    } else {
      handleText(line, norm);
    }
    blankBefore = false;
  }
  close();

  /** A row or a continuation line of a table; false when the line is past the table's end. */
  function handleTableLine(line: Line): boolean {
    const t = table!;
    const refined = t.item ? null : refineHeader(t.columns, line.norm);
    if (refined) {
      t.columns = refined;
      return true;
    }
    const cells = splitCells(line.norm);
    if (isTableRow(cells, t.columns)) {
      const at = assignCells(cells, t.columns, null);
      const previousItem = t.item;
      const item = start(line.no);
      t.item = item;
      t.rowStarts = t.columns.map((c, i) => cells[at.indexOf(i)]?.start ?? c.start);
      t.lastText.clear();
      cells.forEach((cell, k) => {
        applyCell(item, t.columns[at[k]].field, cell.text, line.no);
        t.lastText.set(t.columns[at[k]].field, cell.text);
        t.lastField = t.columns[at[k]].field;
      });
      // A merged cell (the form written once for a group of rows) leaves the rows below it empty there.
      if (!item.form && previousItem?.form && t.columns.some((c) => c.field === 'form')) {
        item.form = previousItem.form;
        item.category = previousItem.category;
      }
      return true;
    }
    if (t.item && !blankBefore && t.tabs && /^\t/.test(line.norm)) {
      // A continuation row of a Word table: each cell goes on with the column at its place ("\t\t融合发展\t\t民革…").
      for (const cell of cells) {
        const column = t.columns.find((c) => c.start === cell.start);
        if (!column) continue;
        const previous = t.lastText.get(column.field) ?? '';
        continueCell(t.item, column.field, cell.text, previous, line.no);
        t.lastText.set(column.field, previous + cell.text);
      }
      return true;
    }
    if (t.item && !blankBefore && t.tabs && t.lastField && !readHeading(line.norm.trim())) {
      // A Word cell with a line break inside: the rest of that cell, then (after a tab) the row's next cells.
      const [rest, ...next] = line.norm.split('\t');
      const field = t.lastField;
      const previous = t.lastText.get(field) ?? '';
      if (rest.trim()) {
        continueCell(t.item, field, rest.trim(), previous, line.no);
        t.lastText.set(field, previous + rest.trim());
      }
      const from = t.columns.findIndex((c) => c.field === field);
      next.forEach((text, k) => {
        const column = t.columns[from + 1 + k];
        if (!column || !text.trim()) return;
        applyCell(t.item!, column.field, text.trim(), line.no);
        t.lastText.set(column.field, text.trim());
        t.lastField = column.field;
      });
      return true;
    }
    const continues = t.item && !blankBefore && /^\s/.test(line.norm) && !/^\s*注/.test(line.norm);
    if (!continues) return false;
    const at = assignCells(cells, t.columns, t.rowStarts);
    cells.forEach((cell, k) => {
      const field = t.columns[at[k]].field;
      const previous = t.lastText.get(field) ?? '';
      continueCell(t.item!, field, cell.text, previous, line.no);
      t.lastText.set(field, field === 'title' ? previous + cell.text : cell.text);
    });
    return true;
  }

  function applyCell(item: ItemDraft, field: TableColumn['field'], text: string, lineNo: number) {
    if (field === 'ignore' && isMeetingName(text) && /届|次/.test(text) && !item.meeting) {
      // A 备注 column may name the meeting the item is held at.
      item.meeting = meetingName(text);
      item.sources.meeting = lineNo;
    }
    if (field === 'seq' || field === 'ignore') return;
    if (field === 'title') {
      item.title = cleanTitle(text);
      item.titleFrom = 'label';
      item.sources.title = lineNo;
    } else applyField(item, field, text, lineNo);
    item.open = null;
  }

  /** A table cell's text wrapped onto the next line: the same field, joined without a separator unless one ends the line. */
  function continueCell(item: ItemDraft, field: TableColumn['field'], text: string, previous: string, lineNo: number) {
    if (field === 'seq' || field === 'ignore') return;
    const afterSeparator = SEPARATOR_END.test(previous);
    if (field === 'title') item.title = cleanTitle(`${previous || item.title || ''}${text}`);
    else if (field === 'leadUnits' || field === 'consultedDepartments') {
      item.open = field;
      item.openEndsWithSeparator = afterSeparator;
      continueField(item, text, lineNo);
    } else if (field === 'time') setTime(item, `${item.timeText ?? ''}${text}`, lineNo);
    else if (field === 'contents') item.contents.push(tidy(text));
    else if (field === 'participants') item.participants = tidy(`${item.participants ?? ''}${text}`);
    item.open = null;
  }

  function handleHeading(line: Line, heading: Heading) {
    const text = heading.text;
    // Leave sections at the same or a deeper level than this heading.
    const level = LEVEL_ORDER.indexOf(heading.style);
    while (sections.length && LEVEL_ORDER.indexOf(sections.at(-1)!.style) >= level) sections.pop();

    const bracketed = inSkip() ? null : readBracketLead(text);
    if (bracketed) {
      startBracketItem(line, bracketed);
      return;
    }
    const sub = /^子(?:议题|课题|专题)[一二三四五六七八九十\d]*\s*[:：]\s*(.+)$/.exec(text);
    if (sub && current && !inSkip()) {
      // "1.子议题一：深化…": one of the topics an item is split into; each counts, the item above them does not.
      const parent: ItemDraft = current.parent ?? current;
      const item = start(line.no);
      item.parent = parent;
      setTitleWithNote(item, sub[1], line.no, 'heading');
      return;
    }
    const bodyFirst = /^([^：:。“”]{2,60}?)[:：]\s*(.{8,})$/.exec(text);
    if (bodyFirst && isBodyList(bodyFirst[1].replace(/[，,]/g, '、')) && !inSkip() && !findLabels(text).some((l) => l.start === 0)) {
      // "1.县政协经济委员会：围绕“…”开展对口协商，邀请…参加（3月）。": the body that leads, then the item as a sentence.
      startBodyFirstItem(line, bodyFirst[1].replace(/[，,]/g, '、'), bodyFirst[2]);
      return;
    }
    const labelled = splitLabelled(text);
    const beforeLabel = labelled.length ? text.slice(0, text.indexOf(labelled[0].label)).trim() : text;
    const named = current as ItemDraft | null;
    if (named?.headingDepth != null && level > named.headingDepth && labelled.length && !labelled.some((l) => l.field === 'title')) {
      // "（一）协商形式：…", "（四）组织实施：责任部门：…" under an item's heading: its fields. A wrapper before the
      // first label ("组织实施：由…组织领导。") says who oversees, not who leads.
      handleLabels(line, text.slice(text.indexOf(labelled[0].label)), null);
      return;
    }
    if (labelled.length && !inSkip() && labelsInsideNote(text)) {
      // "1. 题目（6月；市政协五届九次常委会议；牵头领导：宋知微；承办单位：…）": the labels sit in the title's note.
      const item = start(line.no);
      setTitleWithNote(item, text, line.no, 'heading');
      return;
    }
    const formPart = /^(.{2,24}?)[:：]\s*(.+)$/.exec(beforeLabel);

    if (isNonItemHeading(beforeLabel) && !labelled.some((l) => l.field === 'title')) {
      close();
      sections.push({ style: heading.style, kind: 'skip', form: null, category: null });
      keep(line);
      return;
    }
    if (!labelled.length && !inSkip() && (isTopicSentence(text) || (opensLabelledFields(line, heading) && !isFormHeading(text)))) {
      // "一、围绕“推进县域商业体系建设”开展常委会议协商", or any heading whose next line is "（一）协商形式：…": the item
      // itself; its fields follow as deeper headings.
      close();
      if (isTopicSentence(text)) startProseItem(line, text);
      else setTitleWithNote(start(line.no), text, line.no, 'heading');
      current!.headingDepth = level;
      return;
    }
    const formNote = splitTrailingNote(text);
    if (!labelled.length && formNote.note && !/[，,；;]/.test(formNote.note) && isFormHeading(formNote.note) && !isFormHeading(formNote.main) && !inSkip()) {
      // "优化县域营商环境（对口协商）": the topic, with its form in the bracket.
      const item = start(line.no);
      item.title = cleanTitle(formNote.main);
      item.titleFrom = 'heading';
      item.sources.title = line.no;
      item.form = classifyForm(formNote.note) ?? 'other';
      item.category = tidy(formNote.note);
      item.sources.form = line.no;
      return;
    }
    if (!labelled.length && isFormHeading(text) && !(formPart && isFormHeading(formPart[1]))) {
      close();
      // "全体会议和常委会议协商", "界别、党派和基层协商": several forms, so each item says its own.
      const several = text.split(/[和、及与]/).filter((part) => classifyForm(part)).length > 1;
      // "基层协商（由各乡镇（街道）委员工作室组织）": the body that leads the section's items.
      const { main, note } = splitTrailingNote(text);
      const by = note ? /^由(.{2,40}?)(?:组织|承办|牵头|负责)(?:实施|开展)?$/.exec(note) : null;
      sections.push({
        style: heading.style,
        kind: 'form',
        form: several ? null : (classifyForm(text) ?? 'other'),
        category: several ? null : cleanCategory(line.raw, by ? main : text),
        lead: by ? tidy(by[1]) : undefined,
      });
      return;
    }
    if (formPart && isFormHeading(formPart[1]) && !labelled.length) {
      // "一、主题协商：深化拓展…" — the form and the one item of the section on one line.
      close();
      sections.push({ style: heading.style, kind: 'form', form: classifyForm(formPart[1]) ?? 'other', category: tidy(formPart[1]) });
      const item = start(line.no);
      setTitleWithNote(item, formPart[2], line.no, 'heading');
      return;
    }
    if (inSkip()) {
      keep(line);
      return;
    }
    const bodyHeading = splitTrailingNote(text);
    const leaderNote = bodyHeading.note ? splitLabelled(bodyHeading.note).find((l) => l.field === 'leadLeader') : undefined;
    // "一、市政协办公室（2项）": the count of the section's items is not part of the name.
    const counted = /^(.+?)[（(](?:共|计)?[\d一二三四五六七八九十]+(?:项|个|次)[)）]$/.exec(text);
    // "一、提案委员会牵头（3项）": the body, not the word for its role.
    const bodyName = (leaderNote ? bodyHeading.main : counted ? counted[1] : text).replace(/(?<=.{3})(牵头|承办|负责|组织)$/, '');
    if ((!labelled.length || leaderNote) && NAME_END.test(bodyName) && bodyName.length <= 24 && !/[，。；]/.test(bodyName) && opensDeeperHeading(line, heading)) {
      // "（二）市政协经济委员会", "一、县政协办公室(牵头领导:县政协主席 欧阳澜)": the items below are led by the body
      // the heading names, and the leader it names leads them.
      close();
      sections.push({ style: heading.style, kind: 'neutral', form: null, category: null, lead: tidy(bodyName), leader: leaderNote ? leaderName(leaderNote.value) : undefined });
      return;
    }
    if (!labelled.length && isMonthHeading(text)) {
      // "一、第一季度": the items below are held then, unless they say otherwise.
      close();
      monthHeading = text;
      sections.push({ style: heading.style, kind: 'neutral', form: null, category: null });
      return;
    }
    const thematic = (heading.style === 'cn' || heading.style === 'ordinal') && !isProse(text) && text.length <= 24 && opensDeeperHeading(line, heading);
    if (!labelled.length && (isContainerHeading(text) || opensFormSections(line, heading) || thematic)) {
      close();
      sections.push({ style: heading.style, kind: 'neutral', form: null, category: null });
      return;
    }
    if (labelled.length) {
      start(line.no);
      handleLabels(line, text, beforeLabel);
      return;
    }
    const dashed = labelled.length ? null : readDashedItem(text);
    if (dashed) {
      startDashedItem(line, dashed);
      return;
    }
    const meetingTitle = /^(.{4,30}?(?:会议|常委会|协商会))[:：]\s*(.+)$/.exec(text);
    if (meetingTitle && !labelled.length) {
      // "十四届五次常委会议：推动…（3月）" — the meeting and the topic on one line.
      const item = start(line.no);
      item.meeting = tidy(meetingTitle[1]);
      item.sources.meeting = line.no;
      setTitleWithNote(item, meetingTitle[2], line.no, 'heading');
      return;
    }
    if (isMeetingName(text.replace(/[（(].*[)）]$/, '')) && text.length <= 32) {
      const item = start(line.no);
      const { main, note } = splitTrailingNote(text);
      item.meeting = meetingName(main);
      item.sources.meeting = line.no;
      if (note) applyNote(item, note, line.no);
      return;
    }
    // "（四）界别协商。7月中旬，由…承办，围绕“…”开展界别协商。": the form, then its one item as a sentence.
    const formThenSentence = /^(.{2,14}?)。(.{10,})$/.exec(text);
    if (!labelled.length && formThenSentence && isFormHeading(formThenSentence[1]) && !inSkip()) {
      close();
      sections.push({ style: heading.style, kind: 'form', form: classifyForm(formThenSentence[1]) ?? 'other', category: tidy(formThenSentence[1]) });
      if (looksLikeItemProse(formThenSentence[2])) startProseItem(line, wrappedSentence(line, formThenSentence[2]));
      return;
    }
    if (isProse(text)) {
      const ctx = context();
      if (!ctx || ctx.kind !== 'form') {
        // A numbered paragraph outside any form section: requirements or background, not an item.
        if (!looksLikeItemProse(text)) return;
      }
      startProseItem(line, wrappedSentence(line, text));
      return;
    }
    const item = start(line.no);
    setTitleWithNote(item, text, line.no, 'heading');
  }

  /** Whether the next line is a deeper heading. */
  function opensDeeperHeading(line: Line, heading: Heading): boolean {
    const next = lines.find((l) => l.no > line.no && l.norm.trim());
    const nextHeading = next ? readHeading(next.norm.trim()) : null;
    return !!nextHeading && LEVEL_ORDER.indexOf(nextHeading.style) > LEVEL_ORDER.indexOf(heading.style);
  }

  /** Whether the next line is a deeper heading with a field's label but no topic ("（一）协商形式：…"). */
  function opensLabelledFields(line: Line, heading: Heading): boolean {
    const next = lines.find((l) => l.no > line.no && l.norm.trim());
    const nextHeading = next ? readHeading(next.norm.trim()) : null;
    if (!nextHeading || LEVEL_ORDER.indexOf(nextHeading.style) <= LEVEL_ORDER.indexOf(heading.style)) return false;
    const labels = findLabels(nextHeading.text);
    return labels.length > 0 && labels[0].start === 0 && !labels.some((l) => l.field === 'title');
  }

  /** Whether the next line is a deeper heading naming a form: then this heading is a container of form sections. */
  function opensFormSections(line: Line, heading: Heading): boolean {
    const next = lines.slice(line.no).find((l) => l.norm.trim());
    const nextHeading = next ? readHeading(next.norm.trim()) : null;
    return !!nextHeading && LEVEL_ORDER.indexOf(nextHeading.style) > LEVEL_ORDER.indexOf(heading.style) && isFormHeading(nextHeading.text);
  }

  /** A sentence item cut by a line break ("…县人力资" / "保障局参加。"): the following lines up to its full stop. */
  function wrappedSentence(line: Line, text: string): string {
    let joined = text;
    for (const next of lines.filter((l) => l.no > line.no)) {
      if (/[。；;]$/.test(joined)) break;
      const t = next.norm.trim();
      if (!t || readHeading(t) || findLabels(t).length) break;
      joined += t;
      consumed.add(next.no);
    }
    return joined;
  }

  /** "推动预制菜产业集聚发展——区政协经济委员会——6月（…）": one item on one line, its parts set off by dashes. */
  function startDashedItem(line: Line, dashed: DashedItem) {
    applyParts(start(line.no), dashed, line.no);
  }

  function startProseItem(line: Line, whole: string) {
    // "…参加。（牵头领导：区政协副主席林若溪）": a labelled note after the sentence.
    const tail = /[（(]([^（）()]*[:：][^（）()]*)[)）][。；]?$/.exec(whole);
    const text = tail ? whole.slice(0, tail.index) : whole;
    if (tail) {
      startProseItem(line, text);
      applyNote(current!, tail[1], line.no);
      return;
    }
    const [first, ...after] = text.split('。');
    const topic = splitTrailingNote(first);
    if (topic.note && topic.closed && isFormHeading(topic.note) && after.join('').trim()) {
      // "巩固拓展脱贫攻坚成果（对口协商）。3月，由…承办，…参加。": the topic with its form, then a sentence about it.
      const item = start(line.no);
      setTitleWithNote(item, first, line.no, 'heading');
      item.form = classifyForm(topic.note) ?? 'other';
      item.category = tidy(topic.note);
      applyProse(item, readProseItem(after.join('。'), year, { topicKnown: true }), line.no);
      item.open = null;
      return;
    }
    const item = start(line.no);
    const prose = readProseItem(text, year);
    item.prose = text;
    item.title = cleanTitle(prose.title);
    item.titleFrom = 'heading';
    item.sources.title = line.no;
    applyProse(item, prose, line.no);
    item.open = 'contents';
  }

  /** What a sentence says of an item besides its topic: time, bodies, meeting, leader, form; the item's own win. */
  function applyProse(item: ItemDraft, prose: ReturnType<typeof readProseItem>, lineNo: number) {
    // "本季度", "当月": the time of the section the item is in.
    if (prose.timeText && !item.timeText && !/^(本|当)(季度|月|年)/.test(prose.timeText)) setTime(item, prose.timeText, lineNo);
    if (prose.leadUnits.length && !item.leadUnits.length) setNames(item, 'leadUnits', prose.leadUnits.join('、'), lineNo);
    if (prose.consulted.length) setNames(item, 'consultedDepartments', prose.consulted.join('、'), lineNo);
    if (prose.meeting && !item.meeting) {
      item.meeting = meetingName(prose.meeting);
      item.sources.meeting = lineNo;
    }
    if (prose.leadLeader && !item.leadLeader) {
      item.leadLeader = prose.leadLeader;
      item.sources.leadLeader = lineNo;
    }
    // Held at a plenary or standing-committee meeting, the item takes that meeting's form ("…常委会议，…开展专题议政").
    const meetingForm = prose.meeting ? classifyForm(prose.meeting) : null;
    const sentenceForm = meetingForm === 'plenary' || meetingForm === 'standing_committee' ? meetingForm : prose.form ? classifyForm(prose.form) : null;
    // A sentence's own form wins over a section of other activities ("其他协商").
    if ((!item.form || item.form === 'other') && sentenceForm) {
      item.form = sentenceForm;
      item.category = tidy(prose.form ?? prose.meeting ?? '');
      item.sources.form = lineNo;
    }
  }

  /**
   * "【深化“无废城市”建设】由…承办，邀请…参加。时间：4月。" — the topic in 【】 and the rest in sentences and labels;
   * or "【对口协商】加强中小学课后服务；区政协教文卫体委承办；区教育局参与；3月。" — the form in 【】.
   */
  function startBracketItem(line: Line, lead: BracketLead) {
    const item = start(line.no);
    if (lead.form) {
      item.form = classifyForm(lead.form) ?? 'other';
      item.category = tidy(lead.form);
      item.sources.form = line.no;
      const parts = readSemicolonItem(lead.rest) ?? readDashedItem(lead.rest);
      if (parts) {
        applyParts(item, parts, line.no);
        return;
      }
      if (!/[，。,]/.test(splitTrailingNote(lead.rest).main)) {
        // "【对口协商】发展林下经济（10月，协商部门：…）": the topic as written, and its note.
        setTitleWithNote(item, lead.rest, line.no, 'heading');
        return;
      }
      const prose = readProseItem(lead.rest, year);
      item.title = cleanTitle(prose.title);
      item.titleFrom = 'heading';
      item.sources.title = line.no;
      applyProse(item, prose, line.no);
      return;
    }
    item.title = cleanTitle(lead.topic!);
    item.titleFrom = 'heading';
    item.sources.title = line.no;
    const prose: string[] = [];
    let inContents = false;
    for (const sentence of lead.rest.split('。').map((s) => s.trim()).filter(Boolean)) {
      const labels = findLabels(sentence)[0]?.start === 0 ? splitLabelled(sentence) : [];
      if (labels.length) {
        for (const l of labels) {
          if (l.field === 'contents') item.contents.push(`${l.value}。`);
          else applyField(item, l.field, l.value, line.no);
          inContents = l.field === 'contents';
        }
        item.sources.contents ??= inContents ? line.no : undefined;
      } else if (inContents && !/由|承办|牵头|参加|参与|邀请|召开|会议|[0-9一二三四五六七八九十]+月|季度/.test(sentence)) item.contents.push(`${sentence}。`);
      else {
        inContents = false;
        prose.push(sentence);
      }
    }
    if (prose.length) {
      item.prose = prose.join('。');
      applyProse(item, readProseItem(item.prose, year, { topicKnown: true }), line.no);
    }
    item.open = null;
  }

  function startBodyFirstItem(line: Line, bodies: string, sentence: string) {
    const text = wrappedSentence(line, sentence);
    const { main, note, closed } = splitTrailingNote(text.replace(/[。；;]$/, ''));
    const item = start(line.no);
    const prose = readProseItem(main, year);
    item.prose = main;
    item.title = cleanTitle(prose.title);
    item.titleFrom = 'heading';
    item.sources.title = line.no;
    setNames(item, 'leadUnits', bodies, line.no);
    if (note && closed) applyNote(item, note, line.no);
    applyProse(item, prose, line.no);
    item.open = null;
  }

  function applyParts(item: ItemDraft, parts: DashedItem, lineNo: number) {
    setTitleWithNote(item, parts.title, lineNo, 'heading');
    if (parts.leadUnits) setNames(item, 'leadUnits', parts.leadUnits, lineNo);
    if (parts.consulted) setNames(item, 'consultedDepartments', parts.consulted, lineNo);
    if (parts.time) setTime(item, parts.time, lineNo);
    if (parts.note) applyNote(item, parts.note, lineNo);
    item.open = null;
  }

  function handleLabels(line: Line, norm: string, leading: string | null) {
    if (inSkip()) {
      keep(line);
      return;
    }
    const parts = splitLabelled(norm);
    const titleFirst = parts[0].field === 'title';
    const before = leading === null ? norm.slice(0, findLabels(norm)[0].start).trim() : '';
    // "区政协三届十六次常委会议：3月下旬召开，围绕“…”开展专题协商。承办：…": a meeting opens a new item.
    const meetingLead = /^(.{4,30}?(?:会议|常委会|全会))[:：]\s*(.*)$/.exec(before);
    if (meetingLead && /届|次/.test(meetingLead[1])) {
      const fresh = start(line.no);
      fresh.meeting = meetingName(meetingLead[1]);
      fresh.sources.meeting = line.no;
      const prose = readProseItem(meetingLead[2], year);
      if (/[“"]/.test(meetingLead[2])) {
        fresh.title = cleanTitle(prose.title);
        fresh.titleFrom = 'heading';
        fresh.sources.title = line.no;
      }
      if (prose.timeText) setTime(fresh, prose.timeText, line.no);
      if (!fresh.form && prose.form) fresh.form = classifyForm(prose.form);
    } else if (!current || (titleFirst && current.title !== null && (current.titleFrom === 'label' || hasDetails(current)))) {
      start(line.no);
    }
    const item = current!;
    if (before && !meetingLead && item.open && !titleFirst) continueField(item, before, line.no);
    if (leading) {
      // Text before the first label on a numbered line: a meeting name or the title.
      const clean = leading.replace(/[:：]$/, '').trim();
      const sentence = clean.replace(/[。；]$/, '');
      if (clean && !parts.some((p) => p.field === 'title') && /[，,]/.test(splitTrailingNote(sentence).main) && !/^[^，,]{2,20}?[:：]/.test(sentence) && looksLikeItemProse(sentence)) {
        // "9月，组织部分界别委员围绕“完善托育服务体系”开展界别协商。承办：…": the item as a sentence, then labels.
        const prose = readProseItem(sentence, year);
        item.title = cleanTitle(prose.title);
        item.titleFrom = 'heading';
        item.sources.title = line.no;
        applyProse(item, { ...prose, leadUnits: [] }, line.no);
      } else if (clean) {
        if (MEETING_TEXT.test(clean) || parts.some((p) => p.field === 'title')) {
          item.meeting = tidy(clean);
          item.sources.meeting = line.no;
        } else setTitleWithNote(item, clean, line.no, 'heading');
      }
    }
    for (const part of parts) {
      if (/^(联合|共同)/.test(part.label)) item.jointLead = true;
      // "协商时间安排：4月。由县政协副主席陆清岚牵头负责。": a sentence after the value may name the leader.
      const [value, ...after] = part.field === 'contents' ? [part.value] : part.value.split('。');
      applyField(item, part.field, value, line.no);
      const leader = after.map(leaderInSentence).find(Boolean);
      if (leader && !item.leadLeader) {
        item.leadLeader = leader;
        item.sources.leadLeader = line.no;
      }
    }
    const lastPart = parts.at(-1)!;
    item.pendingLabel = lastPart.value ? null : lastPart.field;
  }

  function handleText(line: Line, norm: string) {
    if (inSkip()) {
      keep(line);
      return;
    }
    if (/^本(议题|课题)分.{1,3}个子(议题|课题)/.test(norm)) return;
    if (/^(以上|上述)(协商|各项|活动)/.test(norm)) {
      // "以上协商活动，各承办单位要……": about all the items, not the last one.
      close();
      keep(line);
      return;
    }
    const item = current as ItemDraft | null;
    if (item && item.title && !item.timeText && !item.leadUnits.length && isProse(norm) && /承办|牵头|参加|邀请/.test(norm) && !/^(以上|上述|各承办单位|请各|各有关)/.test(norm)) {
      // The sentence about an item whose topic stood alone on the line before: "1月，…由市政协办公室承办，…参加。"
      applyProse(item, readProseItem(wrappedSentence(line, norm), year, { topicKnown: true }), line.no);
      item.open = null;
      return;
    }
    if (item && item.open && !(blankBefore && item.open !== 'contents')) {
      continueField(item, norm, line.no);
      return;
    }
    const ctx = context();
    if (ctx?.kind === 'form' && isProse(norm) && looksLikeItemProse(norm)) {
      startProseItem(line, norm);
      return;
    }
    const dashed = ctx?.kind === 'form' ? readDashedItem(norm) : null;
    if (dashed) {
      startDashedItem(line, dashed);
      return;
    }
    // A line in brackets ("（括号内依次为时间、承办单位、协商部门）") explains the items; it is not one.
    if (ctx?.kind === 'form' && norm.length <= 60 && !/[。]$/.test(norm) && !isTrailer(norm) && !/^[（(].*[)）]$/.test(norm)) {
      // A plain line in a form section: the title of an unlabelled item, or a meeting it belongs to.
      if (!item || item.title !== null || hasDetails(item)) {
        const fresh = start(line.no);
        const { main, note } = splitTrailingNote(norm);
        if (isMeetingName(main) && main.length <= 30) {
          // "市政协七届四次会议（1月）": the meeting the item belongs to; its topic follows (or is the meeting itself).
          fresh.meeting = meetingName(main);
          fresh.sources.meeting = line.no;
          if (note) applyNote(fresh, note, line.no);
        } else setTitleWithNote(fresh, norm, line.no, 'text');
      } else setTitleWithNote(item, norm, line.no, 'text');
    } else if (item && ctx?.kind === 'form' && /[。]$/.test(norm) && item.title && !/^(以上|上述|各承办单位|请各|各有关)/.test(norm)) {
      item.contents.push(tidy(line.raw.trim()));
      item.sources.contents ??= line.no;
    } else if (!item && ctx?.kind !== 'form' && isProse(norm)) {
      keep(line);
    }
  }

  function applyField(item: ItemDraft, field: ItemField, value: string, lineNo: number) {
    item.open = null;
    switch (field) {
      case 'title':
        setTitleWithNote(item, value, lineNo, 'label');
        item.open = 'title';
        break;
      case 'time': {
        // "1月（县政协十届五次会议期间）": the time, and the meeting it is held at.
        const { main, note } = splitTrailingNote(value);
        // "1月，县政协九届三次会议期间": the time, then the meeting.
        const [when, held] = value.split(/[，,]/);
        if (note && isMeetingName(note) && /届|次/.test(note) && looksLikeTime(main)) {
          item.meeting ??= meetingName(note);
          item.sources.meeting ??= lineNo;
          setTime(item, main, lineNo);
        } else if (held && isMeetingName(held) && /届|次/.test(held) && looksLikeTime(when)) {
          item.meeting ??= meetingName(held);
          item.sources.meeting ??= lineNo;
          setTime(item, when, lineNo);
        } else setTime(item, value, lineNo);
        break;
      }
      case 'leadUnits':
      case 'consultedDepartments':
        setNames(item, field, value, lineNo);
        break;
      case 'form': {
        if (isMeetingName(value) && /届|次/.test(value)) {
          // "协商形式：县政协十届十一次常委会议": the meeting; the form is its kind unless the item already has one.
          item.meeting = meetingName(value);
          item.sources.meeting = lineNo;
          if (!item.form) {
            item.form = classifyForm(value) ?? (/常委/.test(value) ? 'standing_committee' : 'plenary');
            item.category = tidy(value);
            item.sources.form = lineNo;
          }
          break;
        }
        // "常委会议协商（县政协十届七次常委会议）": the form, and the meeting it is held at.
        const { main, note } = splitTrailingNote(value);
        if (note && isMeetingName(note)) {
          item.meeting = meetingName(note);
          item.sources.meeting = lineNo;
        }
        const text = note && isMeetingName(note) ? main : value;
        item.form = classifyForm(text) ?? 'other';
        item.category = tidy(text);
        item.sources.form = lineNo;
        break;
      }
      case 'participants':
        item.participants = tidy(value);
        item.sources.participants = lineNo;
        item.open = 'participants';
        break;
      case 'leadLeader':
        item.leadLeader = leaderName(value);
        item.sources.leadLeader = lineNo;
        break;
      case 'contents':
        if (value) item.contents.push(tidy(value));
        item.sources.contents = lineNo;
        item.open = 'contents';
        break;
      case 'meeting':
        item.meeting = tidy(value);
        item.sources.meeting = lineNo;
        break;
      case 'remarks':
        applyNoteParts(item, value, lineNo);
        break;
      case 'brandTag':
        item.brandTag = tidy(value).replace(/^[“"]|[”"]$/g, '') || null;
        item.sources.brandTag = lineNo;
        break;
    }
    item.openEndsWithSeparator = SEPARATOR_END.test(value);
  }

  /** The rest of a title's note that wrapped onto this line, up to its closing bracket. */
  function continueNote(item: ItemDraft, norm: string, lineNo: number) {
    const close = unmatchedClose(norm);
    // The note is read whole once it closes, so a name or a list broken by the line end reads as one.
    item.pendingNote = `${item.pendingNote ?? ''}${(close >= 0 ? norm.slice(0, close) : norm).trim()}`;
    if (close >= 0) flushNote(item, lineNo);
  }

  function flushNote(item: ItemDraft, lineNo: number) {
    item.openBracket = false;
    const note = item.pendingNote;
    item.pendingNote = null;
    if (note) applyNote(item, note, lineNo);
  }

  function continueField(item: ItemDraft, norm: string, lineNo: number) {
    const field = item.open!;
    // "（通过视频连线方式进行，各县（市、区）政协设分会场）": a remark in brackets on its own line, not more names.
    if ((field === 'leadUnits' || field === 'consultedDepartments') && /^[（(].*[)）]$/.test(norm.trim()) && !/^[（(][市县区旗州]政协[^（）()]{2,20}[)）]$/.test(norm.trim())) {
      item.open = null;
      return;
    }
    if (field === 'leadUnits' || field === 'consultedDepartments') {
      const list = item[field];
      let rest = norm.trim();
      // The line may begin with the rest of a name broken at the end of the last one ("区海洋发展" + "局、…").
      const head = /^[^、，,；;\s/]+/.exec(rest)?.[0] ?? '';
      if (head && list.length && !item.openEndsWithSeparator && !(NAME_END.test(list.at(-1)!) && NAME_START.test(head))) {
        const joined = splitUnitNames(list.at(-1)! + head).map(chinesePunctuation);
        if (joined.length) list.splice(list.length - 1, 1, ...joined.filter((n, i) => i === 0 || !list.includes(n)));
        rest = rest.slice(head.length);
      }
      const names = splitUnitNames(rest).map(chinesePunctuation);
      list.push(...names.filter((n) => !list.includes(n)));
      item.openEndsWithSeparator = SEPARATOR_END.test(norm);
    } else if (field === 'title') {
      if (item.title && !hasDetails(item)) item.title = tidy(item.title + norm);
    } else if (field === 'participants') {
      item.participants = tidy(`${item.participants ?? ''}${norm}`);
    } else if (field === 'contents') {
      item.contents.push(tidy(norm));
      item.sources.contents ??= lineNo;
    }
  }

  function setTitleWithNote(item: ItemDraft, value: string, lineNo: number, from: 'label' | 'heading' | 'text') {
    const { main, note, closed } = splitTrailingNote(value);
    // "全体会议协商：坚持创新引领…": the form written before the topic.
    const formFirst = from === 'label' ? null : /^(.{2,20}?)[:：]\s*(.+)$/.exec(main);
    const formNote = formFirst ? splitTrailingNote(formFirst[1]) : null;
    const isForm = !!formFirst && isFormHeading(formNote!.main);
    if (isForm) {
      // "专题视察监督（4月至5月）：…": the form, with a note of its own.
      item.form = classifyForm(formNote!.main) ?? 'other';
      item.category = tidy(formNote!.main);
      item.sources.form = lineNo;
      if (formNote!.note) applyNote(item, formNote!.note, lineNo);
    }
    // "推动数字经济与实体经济深度融合。结合区政协四届八次常委会议进行。": the topic ends at the full stop.
    const [topic, ...after] = (isForm ? formFirst![2] : main).split('。');
    const rest = after.join('。').trim();
    if (from !== 'label' && rest) applyProse(item, readProseItem(rest, year, { topicKnown: true }), lineNo);
    item.title = cleanTitle(from !== 'label' && rest ? topic : isForm ? formFirst![2] : main);
    // "配合省政协开展“数字乡村建设”远程协商": the quoted topic of a line that says what is done with it.
    const doneWith = from === 'label' ? null : /^[^“”"]{0,24}?(?:开展|进行|召开)[“"]([^“”"]{4,40})[”"][\p{Script=Han}]{0,10}(?:协商|议政|视察|监督|座谈会)$/u.exec(item.title);
    if (doneWith) item.title = doneWith[1];
    item.titleFrom = from;
    item.sources.title = lineNo;
    item.openBracket = !closed;
    // "（不计入协商活动）": listed for the record, not an activity of the plan.
    if (note && /不计入|不列入|不纳入|不作为协商/.test(note)) item.excluded = true;
    else if (note && closed) applyNote(item, note, lineNo);
    else if (note) item.pendingNote = note;
  }

  /**
   * A bracketed note after a title: "（市政协经济委员会，5月）", "（5月，市发改委参加）", or labelled parts
   * "（6月；市政协五届九次常委会议；牵头领导：宋知微；承办单位：…）".
   */
  function applyNote(item: ItemDraft, note: string, lineNo: number) {
    for (const part of splitOutside(note, /[；;]/)) {
      const labelled = splitLabelled(part.trim());
      if (labelled.length) {
        const lead = part.trim().slice(0, part.trim().indexOf(labelled[0].label)).trim();
        if (lead) applyNoteParts(item, lead, lineNo);
        for (const l of labelled) applyField(item, l.field, l.value, lineNo);
      } else applyNoteParts(item, part, lineNo);
    }
  }

  function applyNoteParts(item: ItemDraft, text: string, lineNo: number) {
    for (const part of splitOutside(text, /[，,；;]/)) {
      const p = part.trim();
      if (!p) continue;
      const jointly = /^与(.+?)(?:联合|共同)(?:开展|承办|举办|组织)?$/.exec(p);
      if (jointly) {
        // "与市工商联联合开展": a second lead beside the body the section names.
        setNames(item, 'leadUnits', jointly[1], lineNo);
        item.jointLead = true;
        continue;
      }
      // "市政协经济委员会联合经济界别、工商联界别开展", "市政协社会法制委员会与民革梧岭市委会共同承办": both lead.
      const together = /^(.{4,40}?)(?:联合|与)(.{2,40}?)(?:共同|联合)?(?:开展|承办|举办|牵头)$/.exec(p);
      if (together && NAME_END.test(together[1]) && NAME_END.test(together[2].split('、').at(-1)!)) {
        setNames(item, 'leadUnits', `${together[1]}、${together[2]}`, lineNo);
        continue;
      }
      if (/界.{0,12}委员(?:参加|参与)$|^(?:部分|有关|相关)?委员(?:参加|参与)$/.test(p)) {
        // "医药卫生界、妇联界委员参加": members who take part, not departments.
        item.participants ??= tidy(p.replace(/(参加|参与)$/, ''));
        continue;
      }
      if (isMeetingName(p) && /届|次/.test(p) && !item.meeting) {
        item.meeting = meetingName(p);
        item.sources.meeting = lineNo;
      } else if (looksLikeTime(p) && !item.timeText) setTime(item, p, lineNo);
      else if (/参加|参与|配合|协办|邀请/.test(p)) setNames(item, 'consultedDepartments', p, lineNo);
      else if (isFormHeading(p) && !/(牵头|承办|负责|组织)$/.test(p)) {
        // "（双月协商座谈会）": the form, not a body though it ends in 会.
        if (!item.form || item.form === 'other') {
          item.form = classifyForm(p) ?? 'other';
          item.category = tidy(p);
          item.sources.form = lineNo;
        }
      } else if (NAME_END.test(p.replace(/(牵头|承办|负责|组织)$/, '')) && !item.leadUnits.length) setNames(item, 'leadUnits', p, lineNo);
      else if (item.leadUnits.length && p.split('、').every((n) => /(局|委|办|政府|中心|公司|院|所|队|站|部)$/.test(n) && !/政协|界|民革|民盟|民建|民进|农工|致公|九三|台盟/.test(n))) {
        // "（3月，区政协教科卫体委员会；区卫生健康局）": after the lead, the departments.
        setNames(item, 'consultedDepartments', p, lineNo);
      }
      else if (classifyForm(p) && !item.form) item.form = classifyForm(p);
    }
  }

  function setTime(item: ItemDraft, value: string, lineNo: number) {
    item.timeText = tidy(value);
    item.sources.time = lineNo;
  }

  function setNames(item: ItemDraft, field: 'leadUnits' | 'consultedDepartments', value: string, lineNo: number) {
    for (const name of splitUnitNames(value).map(chinesePunctuation)) {
      // "参与：县人社局、县工信局；部分经济界委员": members and representatives take part; they are not departments.
      if (field === 'consultedDepartments' && /委员$|代表$|人员$|群众$/.test(name)) item.participants ??= name;
      else if (!item[field].includes(name)) item[field].push(name);
    }
    item.sources[field] ??= lineNo;
    item.open = field;
  }

  adoptSubTopics(drafts);
  if (annexFrom !== null) mergeAnnexRows(drafts.slice(0, annexFrom), drafts.splice(annexFrom));
  return finish(meta, year, drafts, lines, notice.result());
}
