import { NAME_END, NAME_START } from './line-shapes';
import { splitTrailingNote } from './prose-item';
import { looksLikeTime } from './time-range';

/** The separators of an item written on one line as "议题——承办单位——时间" (the dash pair is '--' once normalised). */
const SEPARATOR = /\s*(?:-{2,}|\s[|｜]\s)\s*/;

export type DashedItem = { title: string; leadUnits: string | null; time: string | null; note: string | null };

/**
 * Reads "推动预制菜产业集聚发展——区政协经济委员会——6月（结合区政协九届十次常委会议进行）": the parts are told apart
 * by what they look like (a time, a list of bodies, else the topic), so any order reads; a bracketed note at the
 * end of the line is returned for the caller to read as one.
 */
export function readDashedItem(text: string): DashedItem | null {
  const parts = text.split(SEPARATOR).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2 || parts.length > 5) return null;
  const last = splitTrailingNote(parts.at(-1)!);
  const note = last.note && last.closed ? last.note : null;
  if (note) parts[parts.length - 1] = last.main;
  const item: DashedItem = { title: '', leadUnits: null, time: null, note };
  const rest: string[] = [];
  for (const part of parts) {
    if (!item.time && looksLikeTime(part) && part.length <= 16) item.time = part;
    else rest.push(part);
  }
  // The bodies: a list of names among the other parts, the topic usually first.
  const bodies = rest.map((part, i) => (isBodyList(part) ? i : -1)).filter((i) => i >= 0);
  const at = rest.length > 1 ? (bodies.find((i) => i > 0) ?? bodies[0]) : undefined;
  if (at !== undefined) item.leadUnits = rest.splice(at, 1)[0];
  if (!rest.length || (!item.time && !item.leadUnits)) return null;
  item.title = rest.join('');
  return item;
}

/** "经济界、工商联界", "区政协经济委员会": bodies, not a topic that happens to end in 局 ("服务设施布局"). */
function isBodyList(text: string): boolean {
  if (text.length > 60 || /[“”"《》]/.test(text)) return false;
  return text.split('、').every((name) => {
    const n = name.trim();
    return n.length <= 24 && NAME_END.test(n) && (NAME_START.test(n) || /政协|界$|党|学社/.test(n));
  });
}
