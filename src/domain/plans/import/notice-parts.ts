import { NOTICE_LIMITS } from '../plan-schema';
import { tidy } from './normalize';

/** The notice's own text around the items, so staff need not type it again: 主送, covering sentence, preamble, requirements, 版记. */
export type NoticeParts = {
  recipients: string | null;
  noticeBody: string | null;
  preamble: string | null;
  requirements: string | null;
  reportTo: string | null;
  sendTo: string | null;
};

/** Collects the notice's parts as the reader passes its lines. */
export function noticePartsCollector() {
  const preamble: string[] = [];
  const requirements: string[] = [];
  const parts: NoticeParts = { recipients: null, noticeBody: null, preamble: null, requirements: null, reportTo: null, sendTo: null };
  /** The 版记 has begun: what follows is distribution and the issuing office, not body text. */
  let ended = false;
  return {
    /** A line before the plan's own title: the recipients ("…各专门委员会，…：") and the covering sentence. */
    cover(text: string) {
      const t = text.trim();
      if (!parts.recipients && /[:：]$/.test(t) && t.length <= 120 && /各|委员会|政协|部门|单位|党委|政府/.test(t) && !/关于|通知/.test(t)) {
        parts.recipients = tidy(t.replace(/[:：]$/, ''));
      } else if (parts.recipients && !parts.noticeBody && /印发|印送/.test(t) && /。$/.test(t)) {
        parts.noticeBody = tidy(t);
      }
    },
    /** A paragraph before the items (指导思想, background) or after them (工作要求, 组织实施). */
    paragraph(text: string, beforeItems: boolean) {
      const t = tidy(text.trim());
      if (t && !ended) (beforeItems ? preamble : requirements).push(t);
    },
    /** The paragraph that states the total ("…共安排协商活动8项。"): kept without that sentence, which the plan generates. */
    paragraphWithTotal(text: string, beforeItems: boolean) {
      const rest = tidy(text.trim())
        .split(/(?<=。)/)
        .filter((sentence) => !/共|合计|总计|全年|计划安排|拟安排/.test(sentence) || !/\d+|[一二三四五六七八九十]+/.test(sentence) || !/次|项/.test(sentence))
        .join('')
        // "具体如下：" led into the total; the plan writes its own lead-in after the generated sentence.
        .replace(/(?<=^|。)[^。]{0,16}如下[:：]$/, '');
      if (rest) this.paragraph(rest, beforeItems);
    },
    /** A 版记 line: "报：…", "送：…", "抄送：…". */
    trailer(text: string) {
      const m = /^(抄报|报|抄送|送)\s*[:：]\s*(.+?)[。.]?$/.exec(text.trim());
      ended = true;
      if (!m) return;
      if (m[1].endsWith('报')) parts.reportTo ??= tidy(m[2]);
      else parts.sendTo ??= tidy(m[2]);
    },
    result(): NoticeParts {
      const all: NoticeParts = { ...parts, preamble: preamble.join('\n') || null, requirements: requirements.join('\n') || null };
      // What the plan could not hold is cut, so saving the import never fails on a field the import page does not show.
      for (const key of Object.keys(NOTICE_LIMITS) as (keyof NoticeParts)[]) all[key] = all[key] ? all[key]!.slice(0, NOTICE_LIMITS[key]) : null;
      return all;
    },
  };
}
