import type { itemFieldReaders } from './item-fields';
import { setHeadingTitle, type ItemDraft } from './item-draft';
import type { Line } from './notice-meta';
import { type BracketLead } from './bracket-lead';
import { readDashedItem, readSemicolonItem, type DashedItem } from './dashed-item';
import { classifyForm, isFormHeading } from './forms';
import { findLabels, splitLabelled } from './labels';
import { tidy } from './normalize';
import { readProseItem, splitTrailingNote } from './prose-item';
import { respectiveItems } from './item-sentences';

type Context = {
  year: number | null;
  fields: ReturnType<typeof itemFieldReaders>;
  /** Opens a new item at the line (closing the one before). */
  start: (lineNo: number) => ItemDraft;
  /** The sentence with the lines it wrapped onto. */
  wrappedSentence: (line: Line, text: string) => string;
};

/**
 * The ways an item opens on one line besides labels: a sentence, a line in parts ("议题——承办单位——时间"), a topic or
 * form in 【】, the body that leads written first. Each opens the item and fills what the line says.
 */
export function itemStarters({ year, fields, start, wrappedSentence }: Context) {
  const { applyParts, applyProse, setTitleWithNote, applyNote, setNames, applyField } = fields;

  /** "推动预制菜产业集聚发展——区政协经济委员会——6月（…）": one item on one line, its parts set off by dashes. */
  function startDashedItem(line: Line, dashed: DashedItem) {
    applyParts(start(line.no), dashed, line.no);
  }

  function startProseItem(line: Line, whole: string): ItemDraft {
    // "围绕“A”“B”开展专题协商，分别于4月、10月举行，…": an item for each topic.
    const each = respectiveItems(whole);
    if (each) return each.map((sentence) => startProseItem(line, sentence)).at(-1)!;
    // "…参加。（牵头领导：区政协副主席林若溪）": a labelled note after the sentence.
    const tail = /[（(]([^（）()]*[:：][^（）()]*)[)）][。；]?$/.exec(whole);
    const text = tail ? whole.slice(0, tail.index) : whole;
    if (tail) {
      const item = startProseItem(line, text);
      applyNote(item, tail[1], line.no);
      return item;
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
      return item;
    }
    const item = start(line.no);
    const prose = readProseItem(text, year);
    item.prose = text;
    setHeadingTitle(item, prose.title, line.no);
    applyProse(item, prose, line.no);
    item.open = 'contents';
    return item;
  }

  /**
   * "【深化“无废城市”建设】由…承办，邀请…参加。时间：4月。" — the topic in 【】 and the rest in sentences and labels;
   * or "【对口协商】加强中小学课后服务；区政协教文卫体委承办；区教育局参与；3月。" — the form in 【】.
   */
  function startBracketItem(line: Line, lead: BracketLead) {
    if (lead.body) {
      startBodyFirstItem(line, lead.body, lead.rest);
      return;
    }
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
      if (!lead.rest) return;
      const main = splitTrailingNote(lead.rest).main;
      // "【远程协商】深化区域协同，推动流域横向生态保护补偿": a topic in two phrases says nothing of who, when or how.
      const twoPhrases = !/。/.test(main) && main.length <= 40 && !/由|承办|牵头|参加|参与|邀请|围绕|召开|开展|[0-9一二三四五六七八九十]月|季度|全年|适时/.test(main);
      if (!/[，。,]/.test(main) || twoPhrases) {
        // "【对口协商】发展林下经济（10月，协商部门：…）": the topic as written, and its note.
        setTitleWithNote(item, lead.rest, line.no, 'heading');
        return;
      }
      // "【专题协商】…。…承办，…参加。分管领导：副主席杜建华。": the sentences, then labelled ones.
      const sentences = lead.rest.split('。').map((s) => s.trim()).filter(Boolean);
      const labelled = sentences.filter((s) => findLabels(s)[0]?.start === 0);
      const prose = readProseItem(sentences.filter((s) => !labelled.includes(s)).join('。'), year);
      setHeadingTitle(item, prose.title, line.no);
      applyProse(item, prose, line.no);
      for (const sentence of labelled) for (const l of splitLabelled(sentence)) applyField(item, l.field, l.value, line.no);
      return;
    }
    setHeadingTitle(item, lead.topic!, line.no);
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
    // "农业界：提升…影响力——5月，农业界别组组织，…参加": the topic, then a sentence about it that names who leads.
    const [topic, about] = main.split(/——|--/);
    const prose = about ? readProseItem(about, year, { topicKnown: true }) : readProseItem(main, year);
    item.prose = main;
    setHeadingTitle(item, about ? topic : prose.title, line.no);
    // The sentence's "由…承办" names the leads more exactly than the bodies before it ("民建界" → "民建界别组").
    if (!prose.leadUnits.length) setNames(item, 'leadUnits', bodies, line.no);
    if (note && closed) applyNote(item, note, line.no);
    applyProse(item, prose, line.no);
    item.open = null;
  }

  return { startDashedItem, startProseItem, startBracketItem, startBodyFirstItem };
}
