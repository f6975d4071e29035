import type { PlanForm } from '../plan-forms';
import { CN_NUMBER, parseNumber } from './chinese-numerals';
import { classifyForm } from './forms';
import { tidy } from './normalize';

export type Line = { no: number; raw: string; norm: string };

export type NoticeMeta = {
  title: string | null;
  titleLine: number | null;
  year: number | null;
  docNumber: string | null;
  docNumberLine: number | null;
  statedTotal: number | null;
  statedTotalLine: number | null;
  /** "其中主题协商1次、对口协商7次…": the count per form the notice states. */
  statedByForm: { form: PlanForm | null; label: string; count: number }[];
};

const DOC_NUMBER = /([\p{Script=Han}]{1,15})\s*([〔\[［【(（])\s*(\d{4})\s*([〕\]］】)）])\s*(\d{1,4})\s*号/u;
const PLAN_TITLE = /(\d{4})\s*年\s*(度)?.{0,16}?(协商|议政|协商议政|协商议题|协商活动).{0,10}?(工作)?(计划|安排|要点|方案)/;
// A website's "澄溪区政协2023年度重点协商议题": the year's topics published as the plan.
const TOPICS_TITLE = /\d{4}\s*年\s*度?.{0,12}?(协商|议政)(议题|课题)(目录|清单|一览表?)?$/;
/** A committee's "政协萱川市委员会2025年工作要点": the year's work, its consultation among it. */
const WORK_POINTS_TITLE = /^(政协|中国人民政治协商会议)?[\p{Script=Han}]{2,16}(委员会|政协)\d{4}\s*年\s*度?工作要点$/u;

export function readNoticeMeta(lines: Line[]): NoticeMeta {
  const meta: NoticeMeta = { title: null, titleLine: null, year: null, docNumber: null, docNumberLine: null, statedTotal: null, statedTotalLine: null, statedByForm: [] };

  for (const line of lines.slice(0, 40)) {
    // "秋政协字第8号": a number without its year.
    const m = DOC_NUMBER.exec(line.norm) ?? /(?<=^\s*)[\p{Script=Han}]{2,12}字?第\d{1,4}号(?=\s*$)/u.exec(line.norm);
    if (m && !/关于|计划/.test(line.norm.slice(0, m.index))) {
      meta.docNumber = line.raw.slice(m.index, m.index + m[0].length).replace(/\s+/g, '');
      meta.docNumberLine = line.no;
      break;
    }
  }

  // The plan's own title line; failing that, the 《…》 inside the notice's title; failing that, the notice title.
  // A title broken over two lines ("…2023年度协商" / "工作计划") is read as one.
  const head = lines.slice(0, 80).map((line, i, all) => {
    const next = all[i + 1]?.norm.trim() ?? '';
    const joined = `${line.norm.trim()}${next}`;
    const broken = next.length > 0 && next.length <= 8 && !/[。；，,:：]/.test(next) && !PLAN_TITLE.test(line.norm) && PLAN_TITLE.test(joined);
    return broken ? { ...line, norm: joined, raw: `${line.raw.trim()}${all[i + 1].raw.trim()}` } : line;
  });
  const candidates = head.filter((line) => {
    const text = line.norm.trim();
    // Not a sentence about the plan ("《…协商计划》已经市委、市政府" cut at a PDF line's end).
    // Nor an article's headline ("聚焦发展大局｜县政协2023年度协商计划出炉"): the plan it names in 《》 is the title.
    if (text.length > 70 || /关于印发|的通知|印发|通知如下|[｜|]/.test(text) || /[。；，,]/.test(text) || /[:：]$/.test(text) || /》./.test(text)) return false;
    return (PLAN_TITLE.test(text) || TOPICS_TITLE.test(text) || WORK_POINTS_TITLE.test(text)) && !/^[一二三四五六七八九十\d]+[、.]/.test(text);
  });
  // An annex printed on its own may name the plan without a year: "政协枫林县委员会年度协商工作计划".
  if (!candidates.length) {
    candidates.push(
      ...lines.slice(0, 40).filter((line) => {
        const text = line.norm.trim();
        // Not a web page's breadcrumb ("首页 > 政协协商 > 协商计划").
        // "…年度协商工作计划（征求意见稿）": a draft's title.
        const bare = text.replace(/[（(](征求意见稿|草案|送审稿|讨论稿|修改稿|初稿)[)）]$/, '');
        return bare.length <= 40 && !/[。；，,:：>＞»]|\t|\s{2,}|首页|当前位置/.test(bare) && !/关于|通知/.test(bare) && /(协商|议政).{0,6}(计划|安排|要点)(一览)?表?$/.test(bare);
      }),
    );
  }
  // A line of the 附件 list names the plan too; the plan's own title line is preferred.
  const own = candidates.filter((l) => !/^附件/.test(l.norm.trim()));
  const pool = own.length ? own : candidates;
  const best = pool.find((l) => /计划/.test(l.norm)) ?? pool[0];
  if (best) {
    // "政协榆汀县委员会" over "2025年度协商议政工作计划": the body's name on the line above is part of the title.
    const above = lines.filter((l) => l.no < best.no && l.norm.trim()).at(-1);
    const body = above && /^\d{4}\s*年/.test(best.norm.trim()) && /^(中国人民政治协商会议|政协|中共)?[\p{Script=Han}]{2,20}(委员会|政协)$/u.test(above.norm.trim()) ? tidy(above.raw.trim()) : '';
    meta.title = (body + tidy(best.raw.trim()))
      .replace(/^附件\s*[:：]?\s*(\d+\s*[.、．]?)?\s*/, '')
      .replace(/^[《“]|[》”]$/g, '')
      // "…协商工作计划表": the plan, not its table.
      .replace(/(计划|安排)(一览)?表$/, '$1');
    meta.titleLine = best.no;
  }
  if (!meta.title) {
    for (const line of lines.slice(0, 40)) {
      const quoted = /《([^》]{4,60})》/.exec(line.raw);
      if (quoted && (PLAN_TITLE.test(normalizeSpaces(quoted[1])) || /(协商|议政).{0,6}(计划|安排|要点)$/.test(quoted[1]))) {
        meta.title = tidy(quoted[1]);
        meta.titleLine = line.no;
        break;
      }
    }
  }
  const titleYear = meta.title ? /(\d{4})\s*年/.exec(meta.title) : null;
  if (titleYear) meta.year = Number(titleYear[1]);

  // The plan's own lines first: a covering letter may count last year's activities ("共组织开展协商活动37次").
  const afterTitle = meta.titleLine ?? 0;
  const ordered = [...lines.filter((l) => l.no > afterTitle), ...lines.filter((l) => l.no <= afterTitle)];
  // A planned count ("共安排…14项") wins over a count of what was done ("全年共开展各类协商活动18次").
  const found = ordered.flatMap((line) => {
    const text = line.norm.replace(/\s+/g, '');
    if (!/协商|议题|议政|活动/.test(text)) return [];
    const totals = [
      ...text.matchAll(new RegExp(`(?:(?<!中)共|全年|(?:今|本)年度?(?=安排|计划)|合计|总计|(?<![已曾])(?:计划|拟)(?=安排|开展|组织)|(?<=政协)(?=安排协商)|确定(?=(?:\\d{4}年)?[本今]?年?度?(?:重点|一般)?协商)|确定(?=协商))(?:安排|确定|计划|开展|拟安排|拟开展|列入)?[^。；;，,]{0,14}?(\\d+|${CN_NUMBER})(?:次|项|个|场)`, 'g')),
    ];
    // "2024年共开展协商活动11次……2025年共安排协商活动13项": the planned count, not last year's.
    // "共安排重点协商议题5个、一般协商活动8项，共计13项": the sum, not its first part.
    const sum = totals.find((m) => /^(共计|合计|总计)/.test(m[0]));
    const planned = sum ?? totals.find((m) => /安排|计划|确定|列入/.test(m[0]));
    return planned || totals[0] ? [{ line, text, total: planned ?? totals[0], planned: Boolean(planned) }] : [];
  });
  const chosen = found.find((f) => f.planned) ?? found[0];
  if (chosen) {
    const { line, text, total } = chosen;
    meta.statedTotal = parseNumber(total[1]);
    meta.statedTotalLine = line.no;
    if (!meta.year) {
      // "2025年市政协共安排…": the year in the sentence of the count, just before it; not "2035年远景目标"
      // nor last year's "2024年全年共开展…" in another sentence.
      const sentence = text.slice(text.lastIndexOf('。', total.index) + 1, total.index);
      const y = [...sentence.matchAll(/(\d{4})年(?!远景|目标|前|以来)/g)].at(-1);
      if (y) meta.year = Number(y[1]);
    }
    const rest = text.slice(total.index + total[0].length);
    const breakdown = /其中|包括|分别为|即/.exec(rest);
    if (breakdown) {
      const parts = rest.slice(breakdown.index + breakdown[0].length).split(/[。；;]/)[0];
      for (const part of parts.split(/[、，,]/)) {
        const m = new RegExp(`^(.+?)(\\d+|${CN_NUMBER})(?:次|项|个|场)`).exec(part);
        if (!m) continue;
        const count = parseNumber(m[2]);
        if (count !== null) meta.statedByForm.push({ form: classifyForm(m[1]), label: m[1], count });
      }
    }
  }
  return meta;
}

function normalizeSpaces(s: string) {
  return s.replace(/\s+/g, '');
}
