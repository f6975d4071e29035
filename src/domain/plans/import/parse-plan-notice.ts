import { labelsInsideNote, splitOutside } from './brackets';
import { readBracketLead } from './bracket-lead';
import { isBodyList, readDashedItem, readSemicolonItem } from './dashed-item';
import { mergeAnnexRows } from './annex-rows';
import { foldBlockRows } from './block-rows';
import { adoptSubTopics } from './sub-topics';
import { finish } from './finish-plan';
import { itemFieldReaders } from './item-fields';
import { itemSentences, opensItemSentence } from './item-sentences';
import { itemStarters } from './item-starters';
import { openTable, readTableLine, type OpenTable } from './table-rows';
import { MEETING_TEXT, NAME_END, cleanCategory, docNumberYear, isClosingParagraph, isContainerHeading, isMeetingName, isMonthHeading, isPageChrome, isProse, isTopicSentence, isTrailer, leaderName, looksLikeItemProse, meetingName } from './line-shapes';
import type { ParsedPlan } from './parsed-plan';
import type { PlanForm } from '../plan-forms';
import { classifyForm, isFormHeading, isNonItemHeading } from './forms';
import { readHeading, type Heading, type HeadingStyle } from './headings';
import { hasDetails, newDraft, type ItemDraft, setHeadingTitle } from './item-draft';
import { colonAfterSpacedLabel, findLabels, splitLabelled } from './labels';
import { readNoticeMeta, type Line } from './notice-meta';
import { noticePartsCollector } from './notice-parts';
import { normalizeChars, tidy } from './normalize';
import { leaderInSentence, readProseItem, splitTrailingNote } from './prose-item';
import { reflowWrappedLines, undoubleSpacing } from './reflow';
import { foldCellPerLineTables } from './cell-per-line';
import { unpipeTables } from './pipe-table';
import { splitRunOnItems } from './run-on-items';
import { looksLikeTime } from './time-range';
import { CPPCC_BODY, splitUnitNames } from './unit-names';
import { joinQuotedCells, readTableHeader } from './table';

export type { ParsedItem, ParsedPlan } from './parsed-plan';

/** 'plain' is a heading line without a number ("工作要求"): everything numbered below it belongs to it. */
const LEVEL_ORDER: (HeadingStyle | 'plain')[] = ['plain', 'part', 'cn', 'cn-paren', 'ordinal', 'arabic', 'arabic-paren', 'circled', 'bullet'];

type Section = { style: HeadingStyle | 'plain'; kind: 'form' | 'skip' | 'neutral'; form: PlanForm | null; category: string | null; lead?: string; leader?: string };

/**
 * Reads an issued consultation-plan notice (text of a .txt or .docx) into a plan: its title, year, document
 * number, stated total and items. A general reader of such notices, not one fitted to a sample: it knows the
 * heading styles, the labels, continuation lines and the paragraphs that are not items.
 */
export function parsePlanNotice(text: string, options: { year?: number } = {}): ParsedPlan {
  // "\f": a page break as pdftotext writes it.
  const read: Line[] = text
    .replace(/\r\n?/g, '\n')
    .replace(/\f/g, '')
    .split('\n')
    // "────────": a rule drawn between items sets them apart as a blank line does.
    .map((raw) => (/^\s*[─━═—–\-=＝_＿~～*＊·.]{6,}\s*$/.test(raw) ? '' : raw))
    .map((raw, i) => ({ no: i + 1, raw: raw.replace(/\s+$/, ''), norm: normalizeChars(raw).replace(/\s+$/, '') }));
  // Text as it reaches the reader (double-spaced, tables flattened, lines wrapped) put back into lines, one step each.
  const steps: ((lines: Line[]) => Line[])[] = [undoubleSpacing, foldBlockRows, splitRunOnItems, unpipeTables, joinQuotedCells, reflowWrappedLines, foldCellPerLineTables];
  const lines = steps.reduce((current, step) => step(current), read);
  const meta = readNoticeMeta(lines);
  /** The consultation items of a committee's 工作要点 sit in one of its chapters. */
  const workPoints = /工作要点$/.test(meta.title ?? '') && !/协商/.test(meta.title ?? '');
  const year = meta.year ?? options.year ?? docNumberYear(meta.docNumber);
  const fields = itemFieldReaders(year);
  const { applyCell, continueCell, applyProse, applyField, flushNote, continueNote, continueField, setTitleWithNote, applyNote, setTime } = fields;
  const { startDashedItem, startProseItem, startBracketItem, startBodyFirstItem } = itemStarters({ year, fields, start: (lineNo) => start(lineNo), wrappedSentence: (line, text) => wrappedSentence(line, text) });
  const drafts: ItemDraft[] = [];
  const sections: Section[] = [];
  let current: ItemDraft | null = null;
  let blankBefore = false;
  const notice = noticePartsCollector();
  /** A line naming only a time ("三月份") that the items below belong to. */
  let monthHeading: string | null = null;
  let afterAnnex = false;
  /** The heading style of sections named by the body that leads their items ("一、县政协办公室"). */
  let bodySectionStyle: HeadingStyle | null = null;
  /** Where the rows of an annex table start among the drafts. */
  let annexFrom: number | null = null;
  /** Keeps a paragraph that is not part of an item: before the first item it is preamble, after it requirements. */
  const keep = (line: Line) => {
    if (line.no === meta.statedTotalLine) notice.paragraphWithTotal(line.raw, drafts.length === 0);
    else notice.paragraph(line.raw, drafts.length === 0);
  };
  /** A plan laid out as a table, while its rows are being read. */
  let table: OpenTable | null = null;
  const tableLine = (line: Line) => readTableLine(table!, line, blankBefore, { start, applyCell, continueCell });

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
  /** Items started by a "子议题" line. */
  const subTopics = new Set<ItemDraft>();
  for (const line of lines) {
    if (consumed.has(line.no)) continue;
    // "— 时间：6月；组织：…": a dash bullet before an item's fields.
    // "【常委会议协商】" on a line of its own: an article's header for a form, read as the form's heading.
    const bare = line.norm.trim().replace(/^【([^【】]{2,16})】$/, (whole, inner: string) => (isFormHeading(inner) ? inner : whole));
    // "●时间：6月": a bullet before a field's label; "◇全体会议协商：…" is an item of its own.
    const unbulleted = bare.replace(/^(?:[—–-]{1,2}|[·•])\s*(?=[\p{Script=Han}]{2,6}[:：])/u, '').replace(/^[●○◆◇■□▪]\s*(?=[\p{Script=Han}]{2,6}[:：])/u, (bullet, at: number, whole: string) => (findLabels(whole.slice(bullet.length))[0]?.start === 0 ? '' : bullet));
    const norm = colonAfterSpacedLabel(unbulleted);
    if (!norm) {
      blankBefore = true;
      continue;
    }
    if (drafts.length && (/^附件\s*\d*\s*([:：].*)?$/.test(norm) || /^附\s*[:：]/.test(norm))) {
      // An annex after the items (contacts, collected topics) holds no items of the plan.
      close();
      table = null;
      afterAnnex = true;
      continue;
    }
    if (afterAnnex) {
      // But a table there may repeat the items with what their text left out: its rows are read aside and merged.
      if (!(table && tableLine(line))) {
        const columns = readTableHeader(line.norm);
        table = columns ? openTable(columns, line.norm) : null;
        if (columns) annexFrom ??= drafts.length;
      }
      blankBefore = false;
      continue;
    }
    // Notes after a table; inside an item's labelled block, "备注：…" is one of its fields.
    // "注：1.协商时间可根据…": numbered notes after the items, wherever they follow.
    const notes = (/^(说明|注|备注|附注)\s*[:：]/.test(norm) && (table !== null || !current)) || /^(说明|注|附注)\s*[:：]\s*\d{1,2}\s*[.、．]/.test(norm);
    // "有关要求：一是…": the requirements run on after their heading.
    const requirements = /^([^：:，,。]{2,8})[:：]/.exec(norm);
    if (requirements?.[1] === '工作安排' && current && !blankBefore && (current as ItemDraft).open) {
      // "工作安排：3月召开启动会…" among an item's labelled lines: how that item's work is run, not the plan's.
      (current as ItemDraft).open = 'aside';
      continue;
    }
    if (line.no > bodyStart && !readHeading(norm) && ((norm.length <= 12 && !/^附件/.test(norm) && isNonItemHeading(norm) && !findLabels(norm).length) || notes || (requirements && !findLabels(norm).length && isNonItemHeading(requirements[1])))) {
      // "工作要求" on a line of its own, without a number; "说明：1.…" after a table: notes, and their numbered lines.
      close();
      table = null;
      sections.length = 0;
      sections.push({ style: 'plain', kind: 'skip', form: null, category: null });
      keep(line);
      blankBefore = false;
      continue;
    }
    if (/^〔[^〔〕]*〕$/.test(norm) || /^\[[^[\]]*[:：][^[\]]*\]$/.test(norm) || /^[（(〔](?:备注|说明|注|办公室说明)[:：][^）)〕]*[)）〕]$/.test(norm)) {
      // "〔备注：区委办建议增加…〕": a remark on the draft, about the item above; not one of its fields.
      if (current) (current as ItemDraft).open = null;
      blankBefore = false;
      continue;
    }
    if (isPageChrome(norm)) {
      // The web page around a notice copied from a site.
      close();
      blankBefore = false;
      continue;
    }
    if (drafts.length && /^(往期推荐|推荐阅读|相关阅读|往期回顾|相关链接|相关新闻)$/.test(norm)) {
      // An article's links to other articles: nothing after them is the plan's.
      close();
      break;
    }
    if (line.no <= bodyStart || isTrailer(norm)) {
      blankBefore = false;
      if (isTrailer(norm)) {
        close();
        notice.trailer(norm);
      } else if (line.no < bodyStart) notice.cover(line.raw);
      continue;
    }
    // Not a row: a numbered row ("7\t对口协商\t…") starts with a digit and has cells.
    const group = table && !norm.includes('\t') && !/^\d/.test(norm) ? readHeading(norm) : null;
    if (table && group && isFormHeading(group.text)) {
      // "二、常委会议协商（2次）" between a table's rows: the rows below are of that form; the table goes on.
      close();
      const level = LEVEL_ORDER.indexOf(group.style);
      while (sections.length && LEVEL_ORDER.indexOf(sections.at(-1)!.style) >= level) sections.pop();
      sections.push({ style: group.style, kind: 'form', form: classifyForm(group.text) ?? 'other', category: cleanCategory(line.raw, group.text.replace(/[（(][^）)]*[)）]$/, '')) });
      table.item = null;
      blankBefore = false;
      continue;
    }
    if (table && tableLine(line)) {
      blankBefore = false;
      continue;
    }
    table = null;
    const columns = readTableHeader(line.norm);
    if (columns) {
      close();
      table = openTable(columns, line.norm);
      blankBefore = false;
      continue;
    }
    const waiting = current as ItemDraft | null;
    const entry = waiting?.listOf ? readHeading(norm) : null;
    if (waiting?.listOf && entry && !findLabels(entry.text).length && (waiting.headingDepth === null ? /arabic|circled/.test(entry.style) : LEVEL_ORDER.indexOf(entry.style) > waiting.headingDepth)) {
      // "主要内容：" then "1.…；" "2.…；": the entries of the item's contents; "活动安排：" then its steps, not kept.
      if (waiting.listOf === 'contents') {
        waiting.contents.push(tidy(entry.text).replace(/[；;，,。]$/, ''));
        waiting.sources.contents ??= line.no;
      }
      waiting.pendingLabel = null;
      blankBefore = false;
      continue;
    }
    if (waiting) waiting.listOf = null;
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
    const numbered = readHeading(norm);
    // "1. 题目　…": a field set apart by spaces after the number.
    // "3.【新增】议题：…": a draft's mark before the item is not part of it.
    const heading = numbered && { ...numbered, text: colonAfterSpacedLabel(numbered.text.replace(/^[【\[〔](新增|调整|新|拟新增|保留|延续|续|修改|变更)[】\]〕]\s*/, '')) };
    const formBelow = heading ? null : /^(.{2,20}?)(?:活动)?(?:具体)?安排(?:如下)?[:：]$/.exec(norm);
    if (formBelow && isPlainFormHeading(line, formBelow[1])) {
      // "“有事好商量”基层协商安排如下：": the items below (a table, a list) are of that form, in the section they are in.
      close();
      while (sections.at(-1)?.style === 'plain') sections.pop();
      sections.push({ style: 'plain', kind: 'form', form: classifyForm(formBelow[1]) ?? 'other', category: tidy(formBelow[1]) });
      table = null;
      blankBefore = false;
      continue;
    }
    if (!heading && inSkip() && norm.length <= 16 && isContainerHeading(norm) && !isNonItemHeading(norm)) {
      // "协商议题及安排" after "指导思想", their numbers lost: the items start again.
      close();
      sections.length = 0;
      sections.push({ style: 'plain', kind: 'neutral', form: null, category: null });
      blankBefore = false;
      continue;
    }
    if (!heading && drafts.length && (/(?:以下|如下|几点)(?:工作)?要求[:：]$|要求如下[:：]$/.test(norm) || /(?:不作为|不计入|不列入|不纳入)(?:年度)?协商(?:活动|计划|次数)?.*[:：]$/.test(norm))) {
      // "为确保协商活动取得实效，提出以下要求：" after the items: the numbered lines below are requirements; "以下视察、
      // 调研…不作为协商活动，不计入协商次数：": the lines below are listed beside the plan.
      close();
      sections.length = 0;
      sections.push({ style: 'plain', kind: 'skip', form: null, category: null });
      keep(line);
      blankBefore = false;
      continue;
    }
    if (!heading && isPlainFormHeading(line, norm)) {
      // "对口协商" on a line of its own, its number lost in the copy: the items below are of that form.
      close();
      sections.length = 0;
      sections.push({ style: 'plain', kind: 'form', form: classifyForm(norm) ?? 'other', category: cleanCategory(line.raw, norm.replace(/[（(][^）)]*[)）]$/, '')) });
      table = null;
      blankBefore = false;
      continue;
    }
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
    } else if (startSubTopic(line, norm)) {
      // "子议题一：…" without a number of its own.
    } else if (splitLabelled(norm).length > 0) {
      handleLabels(line, norm, null);
    } else {
      handleText(line, norm);
    }
    blankBefore = false;
  }
  close();

  /**
   * A form's name alone on a line, without a number, between items or at the top of the plan's body: a section. Not
   * the form of a numbered item that has none yet ("1.推进…" then "专题协商").
   */
  function isPlainFormHeading(line: Line, norm: string): boolean {
    if (line.no <= bodyStart || norm.length > 20 || findLabels(norm).length || !isFormHeading(norm) || /[。，,；;:：]/.test(norm)) return false;
    const item = current as ItemDraft | null;
    if (item?.pendingLabel || item?.openBracket || (item && item.headingDepth !== null && !item.form && item.title)) return false;
    return !readBracketLead(norm);
  }

  /**
   * An item that opens at a numbered heading keeps that heading's depth: deeper numbered lines with labels
   * ("（1）时间：5月。") are its fields.
   */
  function handleHeading(line: Line, heading: Heading) {
    const before = current as ItemDraft | null;
    readHeadingLine(line, heading);
    const opened = current as ItemDraft | null;
    const level = LEVEL_ORDER.indexOf(heading.style);
    if (opened && opened !== before && opened.headingDepth === null) opened.headingDepth = level;
    // "（一）市政协十届十二次常委会议（4月）" over "1．【议题】…", "2．【议题】…": the meeting's topics, an item each.
    const holder = before?.parent ?? before;
    if (opened && opened !== before && !opened.parent && holder && holder.title === null && holder.meeting && holder.headingDepth !== null && level > holder.headingDepth) opened.parent = holder;
  }

  function readHeadingLine(line: Line, heading: Heading) {
    // "◆3月　【对口协商】优化县域营商环境", "◆1月　县政协九届三次会议（全体会议协商）": the time, then the item.
    const timed = /^((?:\d{1,2}(?:-\d{1,2})?月(?:[上中下]旬)?)|第?[一二三四]季度|全年|上半年|下半年)\s+(\S.*)$/.exec(heading.text);
    if (timed) {
      const before = current as ItemDraft | null;
      readHeadingLine(line, { ...heading, text: timed[2] });
      const opened = current as ItemDraft | null;
      if (opened && opened !== before && !opened.timeText) setTime(opened, timed[1], line.no);
      return;
    }
    // "1.市政协十届四次会议（2月，市政协办公室承办）。组织委员围绕…": the item with its note, then what it is about.
    const notedThenSentence = /^([^。；;（(]{4,50}[（(][^（）()]{2,80}[)）])[。；;](.{6,})$/.exec(heading.text);
    if (notedThenSentence && splitTrailingNote(notedThenSentence[1]).note && !findLabels(heading.text).length && !inSkip()) {
      const before = current as ItemDraft | null;
      readHeadingLine(line, { ...heading, text: notedThenSentence[1] });
      const opened = current as ItemDraft | null;
      if (opened && opened !== before) applyProse(opened, readProseItem(notedThenSentence[2], year, { topicKnown: true }), line.no);
      return;
    }
    const text = heading.text;
    // Leave sections at the same or a deeper level than this heading.
    const level = LEVEL_ORDER.indexOf(heading.style);
    while (sections.length && LEVEL_ORDER.indexOf(sections.at(-1)!.style) >= level) sections.pop();
    if (workPoints && heading.style === 'cn' && /[，,]/.test(text) && !isProse(text)) {
      // A committee's 工作要点: its chapters ("一、坚持党的全面领导，筑牢…") hold no items, but the one on consultation
      // ("二、聚焦中心任务，高质量开展协商议政") holds them all.
      close();
      const holds = /协商|议政/.test(text);
      sections.push({ style: heading.style, kind: holds ? 'neutral' : 'skip', form: null, category: null });
      if (!holds) keep(line);
      return;
    }

    const bracketed = inSkip() ? null : readBracketLead(text);
    if (bracketed) {
      startBracketItem(line, bracketed);
      return;
    }
    if (startSubTopic(line, text)) return;
    // "1．7月，科学技术界别联络组：加快…。邀请…参加。": the time first, then the body.
    const timeFirst = /^(\d{1,2}(?:[-—至]\d{1,2})?月(?:[上中下]旬)?|全年|上半年|下半年|第?[一二三四]季度)[，,]\s*(.+)$/.exec(text);
    const afterTime = timeFirst ? timeFirst[2] : text;
    const bodyFirst = /^([^：:。“”]{2,60}?)[:：]\s*(.{8,})$/.exec(afterTime);
    if (bodyFirst && isBodyList(bodyFirst[1].replace(/[，,]/g, '、')) && !inSkip() && !findLabels(afterTime).some((l) => l.start === 0)) {
      // "1.县政协经济委员会：围绕“…”开展对口协商，邀请…参加（3月）。": the body that leads, then the item as a sentence.
      startBodyFirstItem(line, bodyFirst[1].replace(/[，,]/g, '、'), bodyFirst[2]);
      const item = current as ItemDraft | null;
      if (timeFirst && item && !item.timeText) setTime(item, timeFirst[1], line.no);
      return;
    }
    const labelled = splitLabelled(text);
    // Up to where the first label starts, its bracket included ("【议题】…").
    const beforeLabel = labelled.length ? text.slice(0, findLabels(text)[0].start).trim() : text;
    const named = current as ItemDraft | null;
    // "【03】形式：专题协商" then "▲议题：…": the item's topic under its number, as a deeper heading.
    if (named?.headingDepth != null && level > named.headingDepth && labelled.length && (!labelled.some((l) => l.field === 'title') || (named.title === null && !named.meeting))) {
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
    // "一、主题协商：…"; not "对口协商。安排对口协商6次，分别是：…", a sentence that ends in a colon.
    const formPart = /^([^。，,]{2,24}?)[:：]\s*(.+)$/.exec(beforeLabel);

    if (isNonItemHeading(beforeLabel) && !labelled.some((l) => l.field === 'title')) {
      close();
      sections.push({ style: heading.style, kind: 'skip', form: null, category: null });
      keep(line);
      return;
    }
    // "二、聚焦中心任务，高质量开展协商议政" over "（一）…" headings: a chapter that holds the items, not one of them.
    const chapter = /[，,]/.test(text) && opensDeeperHeading(line, heading);
    if (!labelled.length && !inSkip() && ((isTopicSentence(text) && !chapter) || (opensLabelledFields(line, heading) && !isFormHeading(text) && !isMonthHeading(text) && !isContainerHeading(text)))) {
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
      setHeadingTitle(item, formNote.main, line.no);
      item.form = classifyForm(formNote.note) ?? 'other';
      item.category = tidy(formNote.note);
      item.sources.form = line.no;
      return;
    }
    const timedForm = splitTrailingNote(text);
    if (!labelled.length && timedForm.note && looksLikeTime(timedForm.note) && isFormHeading(timedForm.main) && opensLabelledLines(line)) {
      // "3. 第一次双月协商座谈会（2月下旬）" over "议题：…", "承办单位：…": one item, its form and time in the heading.
      const item = start(line.no);
      item.form = classifyForm(timedForm.main) ?? 'other';
      item.category = tidy(timedForm.main);
      item.sources.form = line.no;
      setTime(item, timedForm.note, line.no);
      return;
    }
    // "（一）“请你来协商”进社区系列活动" under "八、“请你来协商”": an activity of the section's form, not a section.
    const ctxForm = context();
    const activityOfSection = ctxForm?.kind === 'form' && ctxForm.form === classifyForm(text) && /[“"]/.test(text) && text.length > 10;
    // "第一次双月协商座谈会" alone: a meeting, one item of its section, not a form.
    const numberedMeeting = /届|次/.test(text) && isMeetingName(splitTrailingNote(text).main);
    if (!labelled.length && isFormHeading(text) && !(formPart && isFormHeading(formPart[1])) && !activityOfSection && !numberedMeeting) {
      close();
      // "全体会议和常委会议协商", "界别、党派和基层协商": several forms, so each item says its own.
      const several = text.split(/[和、及与]/).filter((part) => classifyForm(part)).length > 1;
      // "基层协商（由各乡镇（街道）委员工作室组织）": the body that leads the section's items.
      const { main, note } = splitTrailingNote(text);
      const by = note ? /^由?(.{2,40}?)(?:组织|承办|牵头|负责)(?:实施|开展)?$/.exec(note) : null;
      sections.push({
        style: heading.style,
        kind: 'form',
        form: several ? null : (classifyForm(text) ?? 'other'),
        category: several ? null : cleanCategory(line.raw, by ? main : text),
        lead: by ? tidy(by[1]) : undefined,
      });
      return;
    }
    if (formPart && isFormHeading(formPart[1]) && /届|次/.test(formPart[1]) && isMeetingName(formPart[1]) && !labelled.length && !inSkip()) {
      // "4.第一次双月协商座谈会：提升中小学课后服务质量": a meeting and its topic, one item of the section.
      setTitleWithNote(start(line.no), text, line.no, 'heading');
      return;
    }
    if (formPart && isFormHeading(formPart[1]) && !labelled.length) {
      // "一、主题协商：深化拓展…" — the form and the one item of the section on one line.
      close();
      // "常委会议协商（区政协十一届十次常委会议）：…": the form, and the meeting the item is held at.
      const { main, note } = splitTrailingNote(formPart[1]);
      const atMeeting = !!note && isMeetingName(note);
      sections.push({ style: heading.style, kind: 'form', form: classifyForm(formPart[1]) ?? 'other', category: tidy(atMeeting ? main : formPart[1]) });
      const item = start(line.no);
      setTitleWithNote(item, formPart[2], line.no, 'heading');
      if (atMeeting && !item.meeting) {
        item.meeting = meetingName(note);
        item.sources.meeting = line.no;
      }
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
    // A list of bodies where the sections before named one each ("六、各乡镇政协工作联络组、委员工作室"), though
    // what follows is no deeper heading.
    const likeSiblings = bodySectionStyle === heading.style && splitUnitNames(bodyName).every((name) => NAME_END.test(name) && name.length <= 24);
    if ((!labelled.length || leaderNote) && NAME_END.test(bodyName) && bodyName.length <= 24 && !/[，。；]/.test(bodyName) && (opensDeeperHeading(line, heading) || likeSiblings)) {
      bodySectionStyle = heading.style;
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
    // "巩固脱贫攻坚成果；5月；市政协农业和农村委员会；…": the parts set apart by semicolons, not inside a note.
    const dashed = labelled.length ? null : (readDashedItem(text) ?? (/[（(][^）)]*[；;]/.test(text) ? null : readSemicolonItem(text)));
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
    const formThenSentence = /^(.{2,14}?)。(.{6,})$/.exec(text);
    // "9.“有事好商量”协商议事活动。全年，…牵头" under 协商在基层: an activity of the section's form, not a form.
    const activityOfForm = context()?.kind === 'form' && heading.style === 'arabic' && !!formThenSentence && !looksLikeItemProse(formThenSentence[2]);
    if (!labelled.length && formThenSentence && isFormHeading(formThenSentence[1]) && !inSkip() && !activityOfForm) {
      close();
      sections.push({ style: heading.style, kind: 'form', form: classifyForm(formThenSentence[1]) ?? 'other', category: cleanCategory(formThenSentence[1], formThenSentence[1]).replace(/^(?:开好|办好|开展|做好|抓好|组织)(?=.{4})/, '') });
      const sentence = wrappedSentence(line, formThenSentence[2]);
      // "安排对口协商6次，分别是：A与B围绕“…”开展对口协商（5月）；C与D围绕“…”…（6月）；…": one item per part.
      const list = sentence.replace(/^[^：:“”]*[:：]/, '');
      // Parts end at "；", or at "。" when the next one opens with its own time ("…。9月，召开…").
      const parts = splitOutside(list.replace(/[。]$/, '').replace(/。(?=\d{1,2}月|第?[一二三四]季度)/g, '；'), /[；;]/).map((p) => p.trim()).filter(Boolean);
      if (parts.length >= 2 && parts.filter((p) => /[“"][^”"]{4,}[”"]/.test(p)).length >= 2) {
        for (const part of parts) {
          const { main, note, closed } = splitTrailingNote(part);
          const item = startProseItem(line, main);
          if (note && closed) applyNote(item, note, line.no);
        }
        return;
      }
      if (looksLikeItemProse(formThenSentence[2])) startProseItem(line, sentence);
      else if (/届.{0,8}次(全体)?会议/.test(sentence)) {
        // "（一）全体会议协商。1月上旬，召开市政协十一届四次会议。": the session is the item.
        const item = startProseItem(line, sentence);
        if (item.meeting) item.title = item.meeting;
      }
      return;
    }
    const noted = splitTrailingNote(text);
    if (isProse(text) && noted.note && noted.closed && !/[。，,；;]/.test(noted.main) && noted.main.length <= 50) {
      // "3．关于推动“双碳”目标下绿色低碳发展的协商（9月，…承办，…参加）": long for its note, not a sentence.
      setTitleWithNote(start(line.no), text, line.no, 'heading');
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

  /** Whether the line before ends as a list goes on ("…秘书长，"), so this line is more of it. */
  function afterSeparator(line: Line): boolean {
    for (let i = lines.indexOf(line) - 1; i >= 0; i--) if (lines[i].norm.trim()) return /[，,、；;：:]$/.test(lines[i].norm.trim());
    return false;
  }

  /**
   * "1.子议题一：深化…", "子课题二：…": one of the topics an item is split into; each counts, the item above them does not.
   * False when the line is not one.
   */
  function startSubTopic(line: Line, text: string): boolean {
    const sub = /^子(?:议题|课题|专题)[一二三四五六七八九十\d]*\s*[:：]\s*(.+)$/.exec(text);
    if (!sub || !current || inSkip()) return false;
    // The item the sub-topics split, or the one above the sub-topic before this one.
    const parent: ItemDraft = subTopics.has(current) ? current.parent! : current;
    const item = start(line.no);
    item.parent = parent;
    subTopics.add(item);
    // "子议题2：提升县城综合承载能力　【承办】…　【协商部门】…": the topic, then its own fields.
    const labels = findLabels(sub[1]);
    setTitleWithNote(item, labels.length ? sub[1].slice(0, labels[0].start) : sub[1], line.no, 'heading');
    for (const part of labels.length ? splitLabelled(sub[1].slice(labels[0].start)) : []) applyField(item, part.field, part.value, line.no);
    return true;
  }

  /** Whether the next line is a deeper heading. */
  function opensDeeperHeading(line: Line, heading: Heading): boolean {
    const next = lines.find((l) => l.no > line.no && l.norm.trim());
    const nextHeading = next ? readHeading(next.norm.trim()) : null;
    return !!nextHeading && LEVEL_ORDER.indexOf(nextHeading.style) > LEVEL_ORDER.indexOf(heading.style);
  }

  /** Whether the next line is not numbered and opens with a field's label ("议题：…"). */
  function opensLabelledLines(line: Line): boolean {
    const next = lines.find((l) => l.no > line.no && l.norm.trim());
    return !!next && !readHeading(next.norm.trim()) && findLabels(colonAfterSpacedLabel(next.norm.trim()))[0]?.start === 0;
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
        setHeadingTitle(fresh, prose.title, line.no);
      }
      if (prose.timeText) setTime(fresh, prose.timeText, line.no);
      if (!fresh.form && prose.form) fresh.form = classifyForm(prose.form);
    } else if (current && titleFirst && /^(?:协商)?(?:议题|课题)[一二三四五六七八九十\d]{1,2}\s*[:：]/.test(norm) && (current.parent || (current.title === null && current.meeting))) {
      // "3．市政协十四届六次常委会议（11月）" over "议题一：…", "议题二：…": the meeting's topics, an item each.
      const parent: ItemDraft = current.parent ?? current;
      start(line.no).parent = parent;
    } else if (!current || (titleFirst && current.title !== null && (current.titleFrom === 'label' || hasDetails(current)))) {
      start(line.no);
    }
    // "经济界别：推动个体工商户纾困发展　　时间：7月　　牵头：经济界别组": the sector, its topic, then labels.
    const bodyTopic = leading === null && !meetingLead && !titleFirst ? /^([^：:，,。]{2,20}?)[:：]\s*([^：:]{4,60})$/.exec(before) : null;
    if (bodyTopic && (isBodyList(bodyTopic[1]) || /界别?$/.test(bodyTopic[1]))) {
      const fresh = start(line.no);
      setTitleWithNote(fresh, bodyTopic[2], line.no, 'heading');
      if (!parts.some((p) => p.field === 'leadUnits')) applyField(fresh, 'leadUnits', bodyTopic[1], line.no);
    }
    // "市政协七届三次会议。1 月召开，围绕…讨论。牵头单位：…": the item as sentences, then its labels.
    const sentenceFirst =
      leading === null && !meetingLead && !bodyTopic && !titleFirst && /。$/.test(before) && context()?.kind === 'form' && (isMeetingName(before.split(/[。，,]/)[0]) || opensItemSentence(before));
    if (sentenceFirst) {
      const fresh = current && current.sources.title === undefined && !hasDetails(current) ? current : start(line.no);
      const prose = readProseItem(before.replace(/。$/, ''), year);
      setHeadingTitle(fresh, prose.title, line.no);
      applyProse(fresh, prose, line.no);
    }
    const item = current!;
    if (before && !meetingLead && !bodyTopic && !sentenceFirst && item.open && !titleFirst) continueField(item, before, line.no);
    if (leading) {
      // Text before the first label on a numbered line: a meeting name or the title.
      const clean = leading.replace(/[:：]$/, '').trim();
      const sentence = clean.replace(/[。；]$/, '');
      if (clean && !parts.some((p) => p.field === 'title') && /[，,]/.test(splitTrailingNote(sentence).main) && !/^[^，,]{2,20}?[:：]/.test(sentence) && looksLikeItemProse(sentence)) {
        // "9月，组织部分界别委员围绕“完善托育服务体系”开展界别协商。承办：…": the item as a sentence, then labels.
        const prose = readProseItem(sentence, year);
        setHeadingTitle(item, prose.title, line.no);
        // The labels name the lead when they have one ("承办：…"); else the sentence does ("由…承办").
        applyProse(item, { ...prose, leadUnits: parts.some((p) => p.field === 'leadUnits') ? [] : prose.leadUnits }, line.no);
      } else if (clean) {
        if (MEETING_TEXT.test(clean) || parts.some((p) => p.field === 'title')) {
          item.meeting = tidy(clean);
          item.sources.meeting = line.no;
        } else setTitleWithNote(item, clean, line.no, 'heading');
      }
    }
    for (const part of parts) {
      if (/^(联合|共同|协同$)/.test(part.label)) item.jointLead = true;
      // "协商时间安排：4月。由县政协副主席陆清岚牵头负责。": a sentence after the value may name the leader.
      const [value, ...after] = part.field === 'contents' ? [part.value] : part.value.split('。');
      // "承办单位：县政协农业农村委员会" then "责任单位：县农业农村局、…": the government's departments responsible are at
      // the table, not leading the consultation.
      const responsible =
        part.field === 'leadUnits' && (/^[县市区]直责任/.test(part.label) || (/^责任(?:单位|部门)$/.test(part.label) && item.leadUnits.length > 0)) && splitUnitNames(value).every((name) => !CPPCC_BODY.test(name));
      applyField(item, responsible ? 'consultedDepartments' : part.field, value, line.no);
      const leader = after.map(leaderInSentence).find(Boolean);
      if (leader && !item.leadLeader) {
        item.leadLeader = leader;
        item.sources.leadLeader = line.no;
      }
    }
    const lastPart = parts.at(-1)!;
    item.pendingLabel = lastPart.value ? null : lastPart.field;
    item.listOf = !lastPart.value && (lastPart.field === 'contents' || lastPart.field === 'aside') ? lastPart.field : null;
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
    if (item && item.title === null && !item.leadUnits.length && !item.consultedDepartments.length && !((item.sources.time ?? 0) > item.sources.item!) && (item.form || item.meeting) && norm.length <= 60 && !isProse(norm) && findLabels(norm).length === 0) {
      // The topic on the line after "【专题视察监督协商】" or "县政协九届九次常委会议：".
      setTitleWithNote(item, norm, line.no, 'text');
      return;
    }
    if (item && item.title && !item.timeText && !item.leadUnits.length && (isProse(norm) || /^由.{2,40}(承办|牵头|负责|组织)/.test(norm)) && /承办|牵头|参加|参与|邀请|组织|负责/.test(norm) && !isClosingParagraph(norm)) {
      // The sentence about an item whose topic stood alone on the line before: "1月，…由市政协办公室承办，…参加。"
      applyProse(item, readProseItem(wrappedSentence(line, norm), year, { topicKnown: true }), line.no);
      item.open = null;
      return;
    }
    const ctxNow = context();
    const sentences = ctxNow?.kind === 'form' && isProse(norm) ? (itemSentences(norm) ?? (opensItemSentence(norm) ? [norm] : null)) : null;
    if (sentences) {
      // "常委会议协商安排2次。6月召开…常委会议，围绕…。10月召开…": a paragraph of items, a sentence or more each.
      for (const sentence of sentences) startProseItem(line, sentence);
      return;
    }
    const namesOpen = item?.open === 'leadUnits' || item?.open === 'consultedDepartments';
    if (!inSkip() && norm.length >= 4 && norm.length <= 40 && !/[。；;，,：:、]$/.test(norm) && !item?.pendingLabel && !(namesOpen && (NAME_END.test(norm) || item!.openEndsWithSeparator)) && opensLabelledLines(line) && (!item || hasDetails(item) || ((item.title !== null || !!item.meeting) && (!!item.timeText || item.sources.form !== undefined))) && !afterSeparator(line)) {
      // "推动数字经济与实体经济深度融合" over "协商形式：…" lines, its number lost in the copy: the next item's topic.
      const fresh = start(line.no);
      const { main, note } = splitTrailingNote(norm);
      if (isMeetingName(main) && /届|次/.test(main)) {
        fresh.meeting = meetingName(main);
        fresh.sources.meeting = line.no;
        if (note) applyNote(fresh, note, line.no);
      } else setTitleWithNote(fresh, norm, line.no, 'text');
      return;
    }
    // After a leader's name only the rest of a broken name goes on it ("欧阳" then "明哲").
    if (item?.open === 'leadLeader' && !/^[\p{Script=Han}]{1,2}$/u.test(norm)) item.open = null;
    // A paragraph of sentences is not more of a list of names, even when no blank line sets it apart.
    const sentencesAfterNames = namesOpen && isProse(norm) && /。./.test(norm);
    if (item && item.open && !sentencesAfterNames && !(blankBefore && (item.open !== 'contents' || isClosingParagraph(norm)))) {
      continueField(item, norm, line.no);
      return;
    }
    const ctx = context();
    // A paragraph that is an item: in a form section, or under a time ("五、全年安排").
    if ((ctx?.kind === 'form' || (monthHeading && !ctx)) && isProse(norm) && looksLikeItemProse(norm)) {
      startProseItem(line, norm);
      return;
    }
    const dashed = ctx?.kind === 'form' ? readDashedItem(norm) : null;
    if (dashed) {
      startDashedItem(line, dashed);
      return;
    }
    // A line in brackets ("（括号内依次为时间、承办单位、协商部门）") explains the items; it is not one.
    if (ctx?.kind === 'form' && norm.length <= 60 && !/[。！!]$/.test(norm) && !isTrailer(norm) && !isClosingParagraph(norm) && !/^[（(].*[)）]$/.test(norm)) {
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
    } else if (item && ctx?.kind === 'form' && /[。]$/.test(norm) && item.title && !isClosingParagraph(norm)) {
      item.contents.push(tidy(line.raw.trim()));
      item.sources.contents ??= line.no;
    } else if (!item && ctx?.kind !== 'form' && isProse(norm)) {
      keep(line);
    }
  }

  adoptSubTopics(drafts);
  if (annexFrom !== null) mergeAnnexRows(drafts.slice(0, annexFrom), drafts.splice(annexFrom));
  return finish(meta, year, drafts, lines, notice.result());
}
