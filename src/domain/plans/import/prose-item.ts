import { looksLikeTime } from './time-range';

/** Splits "题目（市政协经济委员会，5月）" into the title and the bracketed note at its end. */
export function splitTrailingNote(text: string): { main: string; note: string | null } {
  const m = /^(.*?)\s*[（(]([^（()）]*)[)）]\s*[。；;]?$/.exec(text.trim());
  if (!m || !m[1]) return { main: text.trim(), note: null };
  const note = m[2];
  // Only a note about time, units or form is split off; "（试行）" or "（第二批）" belong to the title.
  if (looksLikeTime(note) || /委员会|委|局|办|会|牵头|承办|参加|部门|单位|协商/.test(note)) return { main: m[1], note };
  return { main: text.trim(), note: null };
}

/**
 * Reads an item written as a sentence: "围绕推进电子商务高质量发展开展对口协商，由市政协经济委员会承办，
 * 邀请市商务局参加，拟于7月进行。" Title: the first clause; units and time from the phrases that name them.
 */
export function readProseItem(text: string, _year: number | null) {
  const sentences = text.split(/[。；;]/).map((s) => s.trim()).filter(Boolean);
  const clauses = text.split(/[。；;，,]/).map((s) => s.trim()).filter(Boolean);
  const first = sentences[0] ?? text;
  let title = first.split(/[，,]/)[0];
  const around = /^(?:围绕|就|聚焦)(.+?)(?:开展|进行|组织)/.exec(first);
  if (around) title = around[1];
  const leadUnits: string[] = [];
  const consulted: string[] = [];
  let timeText: string | null = null;
  for (const clause of clauses.slice(1).concat(first.split(/[，,]/).slice(1))) {
    const lead = /(?:由)?(.+?)(?:牵头|承办|负责|组织)/.exec(clause);
    const invite = /(?:邀请|会同|请)(.+?)(?:参加|参与|配合|协办)?$/.exec(clause);
    if (invite && /部门|局|委|办|院|中心|政府|公司/.test(invite[1])) consulted.push(invite[1]);
    else if (lead && !looksLikeTime(lead[1])) leadUnits.push(lead[1].replace(/^由/, ''));
    if (!timeText && looksLikeTime(clause)) timeText = clause;
  }
  return { title: title.trim(), leadUnits, consulted, timeText };
}
