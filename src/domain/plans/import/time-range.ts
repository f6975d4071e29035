import { CN_NUMBER, parseNumber } from './chinese-numerals';

export type MonthRange = { start: string; end: string };

const pad = (m: number) => String(m).padStart(2, '0');
const ym = (year: number, month: number) => `${year}-${pad(month)}`;
const month = (s: string) => {
  const n = parseNumber(s);
  return n !== null && n >= 1 && n <= 12 ? n : null;
};

const SEASON: Record<string, [number, number]> = { 一: [1, 3], 二: [4, 6], 三: [7, 9], 四: [10, 12], '1': [1, 3], '2': [4, 6], '3': [7, 9], '4': [10, 12] };

/**
 * Reads the time of an item as a range of year-months: "2024年3月", "5月份", "3-4月", "3月至4月", "全年",
 * "1月至12月", "上半年", "第三季度", "6月上旬", "2024年3月—2025年1月". The year comes from the text or the plan.
 */
export function parseTimeRange(raw: string, planYear: number | null): MonthRange | null {
  const text = raw.replace(/\s+/g, '');
  const years = [...text.matchAll(/(\d{4})年/g)].map((m) => Number(m[1]));
  const y0 = years[0] ?? planYear;
  if (y0 === null || y0 === undefined) return null;
  const y1 = years[1] ?? y0;

  // "适时", "待定": no month is known yet.
  if (/^(年内)?(适时|待定|另行通知|视情)/.test(text)) return null;
  if (/全年|年内|全年度|常态化|全年持续|贯穿全年/.test(text) && !/\d+月|[一二三四五六七八九十]+月/.test(text)) return { start: ym(y0, 1), end: ym(y0, 12) };
  if (/上半年/.test(text) && !/月/.test(text)) return { start: ym(y0, 1), end: ym(y0, 6) };
  if (/下半年/.test(text) && !/月/.test(text)) return { start: ym(y0, 7), end: ym(y0, 12) };
  // "第三季度", "二、三季度", "二至三季度": every quarter named before 季度.
  const quarterRun = /(?:第)?([一二三四1-4](?:[、至到\-和][一二三四1-4])*)季度/.exec(text);
  const quarters = quarterRun ? [...quarterRun[1].matchAll(/[一二三四1-4]/g)].map((m) => SEASON[m[0]]) : [];
  if (quarters.length && !/\d+月|[一二三四五六七八九十]+月/.test(text)) {
    return { start: ym(y0, quarters[0][0]), end: ym(y0, quarters.at(-1)![1]) };
  }
  if (/年初/.test(text) && !/月/.test(text)) return { start: ym(y0, 1), end: ym(y0, 1) };
  if (/年底|年末/.test(text) && !/月/.test(text)) return { start: ym(y0, 12), end: ym(y0, 12) };

  // "3-4月", "3月-4月", "3月至4月", "3至4月", "3、4月"; the months may be Chinese numerals.
  const M = `(\\d{1,2}|${CN_NUMBER})`;
  const range = new RegExp(`${M}月?(?:份)?(?:上旬|中旬|下旬|初|底|中)?(?:至|到|-|—|~|、|和)(?:\\d{4}年|次年|翌年)?${M}月`).exec(text);
  if (range) {
    const a = month(range[1]);
    const b = month(range[2]);
    if (a && b) return { start: ym(y0, a), end: ym(b < a && y1 === y0 ? y0 + 1 : y1, b) };
  }
  const single = [...text.matchAll(new RegExp(`${M}月`, 'g'))].map((m) => month(m[1])).filter((m): m is number => m !== null);
  if (single.length) return { start: ym(y0, single[0]), end: ym(y1, single.at(-1)!) };
  // "2024.3" or "2024-03"
  const dotted = /(\d{4})[.\-/](\d{1,2})/.exec(text);
  if (dotted && month(dotted[2])) return { start: ym(Number(dotted[1]), Number(dotted[2])), end: ym(Number(dotted[1]), Number(dotted[2])) };
  return null;
}

/** Whether a fragment speaks of time (used to tell "（5月）" from "（市政协经济委员会）"). */
export function looksLikeTime(text: string): boolean {
  return /(\d{1,2}|[一二三四五六七八九十]+) ?月|全年|年内|上半年|下半年|季度|年底|年初|\d{4} ?年/.test(text);
}
