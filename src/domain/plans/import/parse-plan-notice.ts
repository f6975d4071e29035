import { planFormLabels, type PlanForm } from '../plan-forms';
import { classifyForm, isFormHeading, isNonItemHeading } from './forms';
import { readHeading, type Heading, type HeadingStyle } from './headings';
import { hasDetails, newDraft, type ItemDraft } from './item-draft';
import { splitLabelled, type ItemField } from './labels';
import { readNoticeMeta, type Line } from './notice-meta';
import { chinesePunctuation, normalizeChars, tidy } from './normalize';
import { readProseItem, splitTrailingNote } from './prose-item';
import { looksLikeTime, parseTimeRange } from './time-range';
import { splitUnitNames } from './unit-names';

export type ParsedItem = {
  seq: number;
  form: PlanForm;
  category: string;
  title: string;
  start: string | null;
  end: string | null;
  leadUnits: string[];
  consultedDepartments: string[];
  meeting?: string;
  leadLeader?: string;
  participants?: string;
  contents?: string[];
  /** The time as written, when it could not be read as months. */
  timeText?: string;
  /** Line numbers (1-based) each field was read from, for staff to check against the source. */
  sources: Partial<Record<ItemField | 'item', number>>;
  /** What the reader could not read for this item. */
  flags: string[];
};

export type ParsedPlan = {
  title: string | null;
  year: number | null;
  docNumber: string | null;
  statedTotal: number | null;
  statedByForm: { form: PlanForm | null; label: string; count: number }[];
  sources: { title: number | null; docNumber: number | null; statedTotal: number | null };
  items: ParsedItem[];
  warnings: string[];
};

const SEPARATOR_END = /[、，,；;\/]$/;
const NAME_END = /(委员会|委|会|局|办|室|组|联|部|厅|院|所|中心|公司|支部|总支|政府|团|社|协|处|站|队|馆|党|盟|学社|界)$/;
const NAME_START = /^(市|县|区|省|州|旗|各|民革|民盟|民建|民进|农工|致公|九三|中共|共青团|团|妇联|工商联|科协|侨联|台联|政协|中国)/;
const MEETING_TEXT = /(常委会议|常委会|全体会议|主席会议|次会议|协商会|座谈会|专题会)$/;
const LEVEL_ORDER: HeadingStyle[] = ['cn', 'cn-paren', 'ordinal', 'arabic', 'arabic-paren', 'circled'];

type Section = { style: HeadingStyle; kind: 'form' | 'skip' | 'neutral'; form: PlanForm | null; category: string | null };

/**
 * Reads an issued consultation-plan notice (text of a .txt or .docx) into a plan: its title, year, document
 * number, stated total and items. A general reader of such notices, not one fitted to a sample: it knows the
 * heading styles, the labels, continuation lines and the paragraphs that are not items.
 */
export function parsePlanNotice(text: string, options: { year?: number } = {}): ParsedPlan {
  const lines: Line[] = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((raw, i) => ({ no: i + 1, raw: raw.replace(/\s+$/, ''), norm: normalizeChars(raw).replace(/\s+$/, '') }));
  const meta = readNoticeMeta(lines);
  const year = meta.year ?? options.year ?? docNumberYear(meta.docNumber);
  const drafts: ItemDraft[] = [];
  const sections: Section[] = [];
  let current: ItemDraft | null = null;
  let blankBefore = false;

  const context = () => {
    for (let i = sections.length - 1; i >= 0; i--) if (sections[i].kind !== 'neutral' || sections[i].form) return sections[i];
    return null;
  };
  const inSkip = () => sections.some((s) => s.kind === 'skip');
  const start = (lineNo: number) => {
    close();
    const ctx = context();
    current = newDraft(lineNo, ctx?.kind === 'form' ? ctx.form : null, ctx?.kind === 'form' ? ctx.category : null);
    drafts.push(current);
    return current;
  };
  const close = () => {
    if (current) current.open = null;
    current = null;
  };

  const bodyStart = Math.max(meta.titleLine ?? 0, 0);
  for (const line of lines) {
    const norm = line.norm.trim();
    if (!norm) {
      blankBefore = true;
      continue;
    }
    if (line.no <= bodyStart || isTrailer(norm)) {
      blankBefore = false;
      if (isTrailer(norm)) close();
      continue;
    }
    const heading = readHeading(norm);
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

  function handleHeading(line: Line, heading: Heading) {
    const text = heading.text;
    // Leave sections at the same or a deeper level than this heading.
    const level = LEVEL_ORDER.indexOf(heading.style);
    while (sections.length && LEVEL_ORDER.indexOf(sections.at(-1)!.style) >= level) sections.pop();

    const labelled = splitLabelled(text);
    const beforeLabel = labelled.length ? text.slice(0, text.indexOf(labelled[0].label)).trim() : text;
    const formPart = /^(.{2,24}?)[:：]\s*(.+)$/.exec(beforeLabel);

    if (isNonItemHeading(beforeLabel) && !labelled.some((l) => l.field === 'title')) {
      close();
      sections.push({ style: heading.style, kind: 'skip', form: null, category: null });
      return;
    }
    if (!labelled.length && isFormHeading(text)) {
      close();
      sections.push({ style: heading.style, kind: 'form', form: classifyForm(text) ?? 'other', category: cleanCategory(line.raw, text) });
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
    if (inSkip()) return;
    if (!labelled.length && (isContainerHeading(text) || opensFormSections(line, heading))) {
      close();
      sections.push({ style: heading.style, kind: 'neutral', form: null, category: null });
      return;
    }
    if (labelled.length) {
      start(line.no);
      handleLabels(line, text, beforeLabel);
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
    if (MEETING_TEXT.test(text.replace(/[（(].*[)）]$/, '')) && text.length <= 30) {
      const item = start(line.no);
      const { main, note } = splitTrailingNote(text);
      item.meeting = tidy(main);
      item.sources.meeting = line.no;
      if (note) applyNote(item, note, line.no);
      return;
    }
    if (isProse(text)) {
      const ctx = context();
      if (!ctx || ctx.kind !== 'form') {
        // A numbered paragraph outside any form section: requirements or background, not an item.
        if (!looksLikeItemProse(text)) return;
      }
      startProseItem(line, text);
      return;
    }
    const item = start(line.no);
    setTitleWithNote(item, text, line.no, 'heading');
  }

  /** Whether the next line is a deeper heading naming a form: then this heading is a container of form sections. */
  function opensFormSections(line: Line, heading: Heading): boolean {
    const next = lines.slice(line.no).find((l) => l.norm.trim());
    const nextHeading = next ? readHeading(next.norm.trim()) : null;
    return !!nextHeading && LEVEL_ORDER.indexOf(nextHeading.style) > LEVEL_ORDER.indexOf(heading.style) && isFormHeading(nextHeading.text);
  }

  function startProseItem(line: Line, text: string) {
    const item = start(line.no);
    const prose = readProseItem(text, year);
    item.title = cleanTitle(prose.title);
    item.titleFrom = 'heading';
    item.sources.title = line.no;
    if (prose.timeText) setTime(item, prose.timeText, line.no);
    if (prose.leadUnits.length) setNames(item, 'leadUnits', prose.leadUnits.join('、'), line.no);
    if (prose.consulted.length) setNames(item, 'consultedDepartments', prose.consulted.join('、'), line.no);
    item.open = 'contents';
  }

  function handleLabels(line: Line, norm: string, leading: string | null) {
    if (inSkip()) return;
    const parts = splitLabelled(norm);
    const titleFirst = parts[0].field === 'title';
    if (!current || (titleFirst && current.title !== null && (current.titleFrom === 'label' || hasDetails(current)))) {
      start(line.no);
    }
    const item = current!;
    if (leading) {
      // Text before the first label on a numbered line: a meeting name or the title.
      const clean = leading.replace(/[:：]$/, '').trim();
      if (clean) {
        if (MEETING_TEXT.test(clean) || parts.some((p) => p.field === 'title')) {
          item.meeting = tidy(clean);
          item.sources.meeting = line.no;
        } else setTitleWithNote(item, clean, line.no, 'heading');
      }
    }
    for (const part of parts) applyField(item, part.field, part.value, line.no);
  }

  function handleText(line: Line, norm: string) {
    if (inSkip()) return;
    const item = current as ItemDraft | null;
    if (item && item.open && !(blankBefore && item.open !== 'contents')) {
      continueField(item, norm, line.no);
      return;
    }
    const ctx = context();
    if (ctx?.kind === 'form' && isProse(norm) && looksLikeItemProse(norm)) {
      startProseItem(line, norm);
      return;
    }
    if (ctx?.kind === 'form' && norm.length <= 60 && !/[。]$/.test(norm) && !isTrailer(norm)) {
      // A plain line in a form section: the title of an unlabelled item, or a meeting it belongs to.
      if (!item || item.title !== null || hasDetails(item)) {
        const fresh = start(line.no);
        const { main } = splitTrailingNote(norm);
        setTitleWithNote(fresh, norm, line.no, 'text');
        if (MEETING_TEXT.test(main) && main.length <= 30) {
          fresh.meeting = tidy(main);
          fresh.sources.meeting = line.no;
        }
      } else setTitleWithNote(item, norm, line.no, 'text');
    } else if (item && ctx?.kind === 'form' && /[。]$/.test(norm) && item.title) {
      item.contents.push(tidy(line.raw.trim()));
      item.sources.contents ??= line.no;
    }
  }

  function applyField(item: ItemDraft, field: ItemField, value: string, lineNo: number) {
    item.open = null;
    switch (field) {
      case 'title':
        setTitleWithNote(item, value, lineNo, 'label');
        item.open = 'title';
        break;
      case 'time':
        setTime(item, value, lineNo);
        break;
      case 'leadUnits':
      case 'consultedDepartments':
        setNames(item, field, value, lineNo);
        break;
      case 'form': {
        const form = classifyForm(value);
        item.form = form ?? 'other';
        item.category = tidy(value);
        item.sources.form = lineNo;
        break;
      }
      case 'participants':
        item.participants = tidy(value);
        item.sources.participants = lineNo;
        item.open = 'participants';
        break;
      case 'leadLeader':
        item.leadLeader = tidy(value);
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
    }
    item.openEndsWithSeparator = SEPARATOR_END.test(value);
  }

  function continueField(item: ItemDraft, norm: string, lineNo: number) {
    const field = item.open!;
    if (field === 'leadUnits' || field === 'consultedDepartments') {
      const names = splitUnitNames(norm).map(chinesePunctuation);
      const list = item[field];
      if (names.length && list.length && !item.openEndsWithSeparator && !(NAME_END.test(list.at(-1)!) && NAME_START.test(names[0]))) {
        list[list.length - 1] += names.shift();
      }
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
    const { main, note } = splitTrailingNote(value);
    item.title = cleanTitle(main);
    item.titleFrom = from;
    item.sources.title = lineNo;
    if (note) applyNote(item, note, lineNo);
  }

  /** A bracketed note after a title: "（市政协经济委员会，5月）" or "（5月，市发改委参加）". */
  function applyNote(item: ItemDraft, note: string, lineNo: number) {
    for (const part of note.split(/[，,；;]/)) {
      const p = part.trim();
      if (!p) continue;
      if (looksLikeTime(p) && !item.timeText) setTime(item, p, lineNo);
      else if (/参加|参与|配合|协办|邀请/.test(p)) setNames(item, 'consultedDepartments', p, lineNo);
      else if (NAME_END.test(p.replace(/(牵头|承办|负责|组织)$/, '')) && !item.leadUnits.length) setNames(item, 'leadUnits', p, lineNo);
      else if (classifyForm(p) && !item.form) item.form = classifyForm(p);
    }
  }

  function setTime(item: ItemDraft, value: string, lineNo: number) {
    item.timeText = tidy(value);
    item.sources.time = lineNo;
  }

  function setNames(item: ItemDraft, field: 'leadUnits' | 'consultedDepartments', value: string, lineNo: number) {
    for (const name of splitUnitNames(value).map(chinesePunctuation)) if (!item[field].includes(name)) item[field].push(name);
    item.sources[field] ??= lineNo;
    item.open = field;
  }

  return finish(meta, year, drafts, lines);
}

function finish(meta: ReturnType<typeof readNoticeMeta>, year: number | null, drafts: ItemDraft[], lines: Line[]): ParsedPlan {
  const warnings: string[] = [];
  const items: ParsedItem[] = [];
  for (const d of drafts) {
    const title = d.title ?? d.meeting;
    if (!title) continue;
    if (!d.title && !hasDetails(d) && !d.meeting) continue;
    const form: PlanForm = d.form ?? (d.meeting ? classifyForm(d.meeting) : null) ?? 'other';
    const range = d.timeText ? parseTimeRange(d.timeText, year) : null;
    const flags: string[] = [];
    if (!d.timeText) flags.push('未找到时间');
    else if (!range) flags.push(`时间“${d.timeText}”无法识别为月份`);
    if (!d.leadUnits.length) flags.push('未找到承办单位');
    if (!d.form) flags.push('未找到协商形式');
    const item: ParsedItem = {
      seq: items.length + 1,
      form,
      category: d.category ?? planFormLabels[form],
      title,
      start: range?.start ?? null,
      end: range?.end ?? null,
      leadUnits: d.leadUnits,
      consultedDepartments: d.consultedDepartments,
      sources: d.sources,
      flags,
    };
    if (d.meeting) item.meeting = d.meeting;
    if (d.leadLeader) item.leadLeader = d.leadLeader;
    if (d.participants) item.participants = d.participants;
    if (d.contents.length) item.contents = d.contents;
    if (d.timeText && !range) item.timeText = d.timeText;
    items.push(item);
  }

  if (meta.statedTotal !== null && meta.statedTotal !== items.length) {
    warnings.push(`通知称共安排协商活动${meta.statedTotal}次，实际识别出${items.length}项，请核对`);
  }
  for (const stated of meta.statedByForm) {
    if (!stated.form) continue;
    const found = items.filter((i) => i.form === stated.form).length;
    if (found !== stated.count) warnings.push(`通知称${stated.label}${stated.count}次，识别出${found}项`);
  }
  if (!meta.title) warnings.push('未找到计划标题');
  if (year === null) warnings.push('未找到年度，请用 --year 指定或在导入后填写');
  if (items.length === 0) warnings.push('未识别出任何协商活动');
  const last = items.at(-1);
  if (last && looksTruncated(lines, last)) warnings.push(`文档可能不完整：最后一项“${last.title}”缺少${last.flags.map((f) => f.replace('未找到', '')).join('、') || '部分内容'}`);
  for (const item of items) if (item.flags.length) warnings.push(`第${item.seq}项“${item.title}”：${item.flags.join('；')}`);

  return {
    title: meta.title,
    year,
    docNumber: meta.docNumber,
    statedTotal: meta.statedTotal,
    statedByForm: meta.statedByForm,
    sources: { title: meta.titleLine, docNumber: meta.docNumberLine, statedTotal: meta.statedTotalLine },
    items,
    warnings,
  };
}

/** The document stops inside its last item: that item lacks fields and nothing (requirements, 版记) follows it. */
function looksTruncated(lines: Line[], last: ParsedItem): boolean {
  if (last.flags.length === 0) return false;
  const after = lines.filter((l) => l.no > Math.max(...Object.values(last.sources).map(Number)) && l.norm.trim());
  return after.length === 0;
}

function isTrailer(text: string): boolean {
  return /^(报[:：]|送[:：]|抄送[:：]|抄报[:：]|主送[:：]|印发[:：])|印发$|^附件[:：\d]/.test(text.replace(/\s+/g, ''));
}

function isProse(text: string): boolean {
  return text.length > 60 || /。.+/.test(text) || (/。$/.test(text) && text.length > 30);
}

function looksLikeItemProse(text: string): boolean {
  return /协商|视察|议政/.test(text) && looksLikeTime(text) && /承办|牵头|负责/.test(text);
}

function cleanTitle(text: string): string {
  let t = tidy(text).replace(/[。；;，,]$/, '').trim();
  // Quotes or book-title marks around the whole title are not part of it; a quoted phrase inside it is.
  const wrapped = /^[“"《](.*)[”"》]$/.exec(t);
  if (wrapped && !/[“”"《》]/.test(wrapped[1])) t = wrapped[1];
  return t;
}

/** A heading that only announces the items below it: "一、协商议题", "二、年度协商活动安排". */
function isContainerHeading(text: string): boolean {
  const t = text.replace(/[\s:：。]/g, '');
  return /^(\d{4}年)?(年度|全年|具体|主要|重点)?(协商|议政|协商议政)?(议题|活动|工作|项目)?(安排|计划|内容|项目|如下)?$/.test(t) && t.length >= 2 && t.length <= 14;
}

function cleanCategory(raw: string, text: string): string {
  const stripped = tidy(text).replace(/[:：。]$/, '');
  return stripped || tidy(raw);
}

function docNumberYear(docNumber: string | null): number | null {
  const m = docNumber ? /(\d{4})/.exec(docNumber) : null;
  return m ? Number(m[1]) : null;
}
