import { planFormLabels, type PlanForm } from '../plan-forms';
import { classifyForm } from './forms';
import { hasDetails, type ItemDraft } from './item-draft';
import type { Line, NoticeMeta } from './notice-meta';
import type { NoticeParts } from './notice-parts';
import { chinesePunctuation } from './normalize';
import type { ParsedItem, ParsedPlan } from './parsed-plan';
import { compareStatedCounts } from './stated-counts';
import { parseTimeRange } from './time-range';
import { splitUnitNames } from './unit-names';

/** Turns the reader's drafts into the plan: items with their flags, and warnings about counts, truncation and gaps. */
export function finish(meta: NoticeMeta, year: number | null, drafts: ItemDraft[], lines: Line[], notice: NoticeParts): ParsedPlan {
  const warnings: string[] = [];
  const items: ParsedItem[] = [];
  for (const d of drafts) {
    // "…，不列入协商活动。": an activity the notice lists beside the plan, not in it.
    if (d.excluded || (d.prose && /不(?:列入|计入|单独列为|纳入|作为)[^，。；]{0,8}协商(?:活动|计划|次数)?/.test(d.prose))) continue;
    const title = d.title ?? d.meeting;
    if (!title) continue;
    if (!d.title && !hasDetails(d) && !d.meeting) continue;
    const form: PlanForm = d.form ?? (d.meeting ? classifyForm(d.meeting) : null) ?? 'other';
    if (!d.consultedDepartments.length) {
      // "主要内容：…邀请市教育局、市财政局等部门参加协商会议…": the departments the contents invite.
      const invited = /邀请([^。；]+?)(?:等[^、，。]{0,6}?(?:部门|单位))?(?:负责同志|主要负责同志|有关负责同志)?(?:参加|参与|到会|列席|与|通报)/.exec(d.contents.join(''));
      const named = invited ? splitUnitNames(invited[1]).map(chinesePunctuation) : [];
      // Only bodies named in full: "属地街道、社区及相关职能部门" names none.
      if (named.length && named.every((n) => /(局|委员会|委|办|部|院|中心|政府|公司|联合会|所|队|站|馆|行)$/.test(n) && !/相关|有关|属地|职能部门/.test(n))) {
        d.consultedDepartments.push(...named);
      }
    }
    if (d.sectionLead && (!d.leadUnits.length || (d.jointLead && !d.leadUnits.includes(d.sectionLead)))) d.leadUnits.unshift(d.sectionLead);
    if (!d.timeText && d.sectionTime) d.timeText = d.sectionTime;
    if (!d.leadLeader && d.sectionLeader) d.leadLeader = d.sectionLeader;
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
    // "县政协十一届三次会议" as the whole topic: a plenary named by its session is held at that session.
    else if (/届.{0,8}次(全体)?会议$/.test(title) && title.length <= 24) item.meeting = title;
    if (d.leadLeader) item.leadLeader = d.leadLeader;
    if (d.participants) item.participants = d.participants;
    if (d.contents.length) item.contents = d.contents;
    const brand = d.brandTag ?? brandIn([d.category, d.title, d.prose, ...d.contents].filter(Boolean).join('\n'));
    if (brand) item.brandTag = brand;
    if (d.timeText && !range) item.timeText = d.timeText;
    items.push(item);
  }

  for (const note of compareStatedCounts(meta, items)) if (!note.ok) warnings.push(note.text);
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
    notice,
    sources: { title: meta.titleLine, docNumber: meta.docNumberLine, statedTotal: meta.statedTotalLine },
    items,
    warnings,
  };
}

/** A consultation brand quoted in the text: "“有事好商量”协商议事室", "“株事好商量”". */
export function brandIn(text: string): string | null {
  return /[“"]((?:[\p{Script=Han}]{1,3}事[\p{Script=Han}]{0,2}|[\p{Script=Han}]{2,3}好|[\p{Script=Han}]{2,3}多)商量)[”"]/u.exec(text)?.[1] ?? null;
}

/** The document stops inside its last item: that item lacks fields and nothing (requirements, 版记) follows it. */
export function looksTruncated(lines: Line[], last: ParsedItem): boolean {
  if (last.flags.length === 0) return false;
  const after = lines.filter((l) => l.no > Math.max(...Object.values(last.sources).map(Number)) && l.norm.trim());
  return after.length === 0;
}
