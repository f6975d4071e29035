import { isBodyList } from './dashed-item';
import { isFormHeading } from './forms';
import { fieldOfLabel } from './labels';

/** A line that opens with 【…】: the item's topic, its form, or the bodies that hold it; the rest of the line follows. */
export type BracketLead = { topic: string | null; form: string | null; body?: string; rest: string };

/**
 * "【深化“无废城市”建设】由…承办…" (the topic) or "【对口协商】加强中小学课后服务；…" (the form). A label in 【】
 * ("【承办单位】") is not one: labels are read as labels.
 */
export function readBracketLead(text: string): BracketLead | null {
  // "（界别协商）发挥农业界委员作用": a form in round brackets before the topic reads the same way.
  const round = /^[（(]([^（）()]{2,16})[)）]\s*(\S.*)$/.exec(text.trim());
  if (round && isFormHeading(round[1].trim()) && !/^\d|^[一二三四五六七八九十]+$/.test(round[1])) return { topic: null, form: round[1].trim(), rest: round[2].trim() };
  const m = /^[【\[]([^【】[\]]{2,60})[】\]]\s*(.*)$/.exec(text.trim());
  if (!m || fieldOfLabel(m[1].trim())) return null;
  const inner = m[1].trim();
  // "【专题视察监督协商】" alone: the form, and the topic on the next line.
  if (isFormHeading(inner) && inner.length <= 16) return { topic: null, form: inner, rest: m[2].trim() };
  if (inner.length < 4 || !m[2].trim()) return null;
  // "【民建界、工商联界】破解民营企业融资难问题。7月，由…承办": the sectors that hold it, then the item.
  if (isBodyList(inner) && !/[“”"]/.test(inner)) return { topic: null, form: null, body: inner, rest: m[2].trim() };
  return { topic: inner, form: null, rest: m[2].trim() };
}
