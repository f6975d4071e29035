import { looksLikeItemProse } from './line-shapes';

/** A sentence that opens an item: its time and the meeting held then, or a session to be held. */
const OPENS_ITEM = /^(?:(?:\d{1,2}(?:[-—至]\d{1,2})?月(?:[上中下]旬|底|初)?|全年|上半年|下半年|第?[一二三四]季度)[，,]?(?:召开|举行|围绕|由|组织|[^，,。“”]{4,30}?(?:会议|座谈会))|[^，,。“”]{4,30}(?:会议|座谈会)(?:拟|将|计划)?(?:于|在))/;
/** "常委会议协商安排2次。", "全年召开常委会议协商3次：": how many items the paragraph holds, not one of them. */
const COUNT = /^(?=[^，,。：:]*(?:协商|议政|会议))[^，,。“”：:]{2,24}?[\d一二三四五六七八九十]+次(?:[。：:]|$)/;

/**
 * A paragraph of items, each opening with its time or its meeting ("6月召开区政协二届十五次常委会议，围绕…。10月召开…";
 * "…3次：5月，…；8月，…"), perhaps after a sentence that counts them: the items' sentences. Null when the paragraph is
 * not that: one item, or none.
 */
export function itemSentences(paragraph: string): string[] | null {
  const count = COUNT.exec(paragraph);
  const rest = (count ? paragraph.slice(count[0].length) : paragraph)
    .split(/(?<=[。；;])/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (!rest.length || !OPENS_ITEM.test(rest[0])) return null;
  const items: string[] = [];
  for (const sentence of rest) {
    const whole = sentence.replace(/[；;]$/, '。');
    if (OPENS_ITEM.test(sentence) || !items.length) items.push(whole);
    else items[items.length - 1] += whole;
  }
  // One item alone is read as one, unless a count says the paragraph holds the items of its kind.
  if (items.length < 2 && !count) return null;
  return items.every(looksLikeItemProse) ? items : null;
}

/** A paragraph that is an item of its own, opening with its time or meeting ("5月，召开县政协十届十五次常委会议，…"). */
export function opensItemSentence(paragraph: string): boolean {
  return OPENS_ITEM.test(paragraph) && looksLikeItemProse(paragraph);
}

/** "“A”“B”", "“A”和“B”": topics named one after another. */
const QUOTED_RUN = /[“"][^“”"]{2,60}[”"](?:(?:、|和|及|与)?[“"][^“”"]{2,60}[”"])+/;
/** "分别于4月、10月举行", "分别由经济委员会、人口资源环境委员会承办": one entry per topic, in order. */
const RESPECTIVELY = /分别(于|在|由)?([^，,。；;（）()]+)/g;
const LIST_VERB = /(举行|召开|进行|开展|承办|牵头|负责|组织实施|组织)$/;

/**
 * "围绕“推进县域商业体系建设”“加强重点流域生态保护修复”开展专题协商，分别于4月、10月举行，分别由经济委员会、
 * 人口资源环境委员会承办。": one sentence for several topics, their times and bodies given 分别 in order; the
 * sentence of each topic. Null when the sentence names one topic, or its lists do not match the topics.
 */
export function respectiveItems(sentence: string): string[] | null {
  const run = QUOTED_RUN.exec(sentence);
  if (!run || !/分别/.test(sentence)) return null;
  const topics = [...run[0].matchAll(/[“"]([^“”"]{2,60})[”"]/g)].map((m) => m[0]);
  const lists = [...sentence.matchAll(RESPECTIVELY)].map((m) => {
    const entries = m[2].split('、');
    const verb = LIST_VERB.exec(entries.at(-1)!)?.[0] ?? '';
    if (verb) entries[entries.length - 1] = entries.at(-1)!.slice(0, -verb.length);
    return { whole: m[0], entries: entries.map((e) => `${m[1] ?? ''}${e}${verb}`) };
  });
  if (!lists.length || lists.some((l) => l.entries.length !== topics.length)) return null;
  return topics.map((topic, i) => lists.reduce((text, list) => text.replace(list.whole, list.entries[i]), sentence.replace(run[0], topic)));
}
