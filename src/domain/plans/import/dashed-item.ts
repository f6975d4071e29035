import { NAME_END, NAME_START } from './line-shapes';
import { splitTrailingNote } from './prose-item';
import { looksLikeTime } from './time-range';

/** The separators of an item written on one line as "议题——承办单位——时间" (the dash pair is '--' once normalised). */
const SEPARATOR = /\s*(?:-{2,}|\s[|｜]\s)\s*/;

export type DashedItem = { title: string; leadUnits: string | null; consulted: string | null; time: string | null; note: string | null };

/** "区政协教文卫体委承办", "区教育局参与": a part that names its role. */
const LEAD_PART = /^(.{2,60}?)(?:共同|联合)?(?:承办|牵头|负责|组织)$/;
const CONSULTED_PART = /^(?:邀请)?(.{2,80}?)(?:参与|参加|配合|协办)$/;

/**
 * "加强中小学课后服务；区政协教文卫体委承办；区教育局参与；3月。": one item on one line, its parts separated by
 * semicolons, each lead and department part saying its role, or all of them in the order of the plan's fields.
 */
export function readSemicolonItem(text: string): DashedItem | null {
  const parts = text.replace(/[。.]$/, '').split(/[；;]/).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 3) return null;
  const item: DashedItem = { title: '', leadUnits: null, consulted: null, time: null, note: null };
  const rest: string[] = [];
  for (const part of parts) {
    const lead = LEAD_PART.exec(part);
    const consulted = CONSULTED_PART.exec(part);
    if (!item.time && looksLikeTime(part) && part.length <= 16) item.time = part.replace(/^时间/, '');
    else if (!item.leadUnits && lead) item.leadUnits = lead[1];
    else if (!item.consulted && consulted) item.consulted = consulted[1];
    else rest.push(part);
  }
  // "巩固脱贫攻坚成果；5月；市政协农业和农村委员会；市扶贫开发办公室、市农业农村局": parts without their roles, the
  // bodies in the order of the plan's fields, the lead first.
  if (!item.leadUnits && rest.length >= 2) {
    const bodies = rest.filter((part, i) => i > 0 && isBodyList(part));
    if (bodies[0]) item.leadUnits = bodies[0];
    if (bodies[1] && !item.consulted) item.consulted = bodies[1];
    for (const body of bodies.slice(0, 2)) rest.splice(rest.indexOf(body), 1);
  }
  if (rest.length !== 1 || !item.leadUnits) return null;
  item.title = rest[0];
  return item;
}

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
  const item: DashedItem = { title: '', leadUnits: null, consulted: null, time: null, note };
  const rest: string[] = [];
  for (const part of parts) {
    if (!item.time && looksLikeTime(part) && part.length <= 16) item.time = part;
    else rest.push(part);
  }
  // The bodies: a list of names among the other parts, the topic usually first.
  const bodies = rest.map((part, i) => (isBodyList(part) ? i : -1)).filter((i) => i >= 0);
  const at = rest.length > 1 ? (bodies.find((i) => i > 0) ?? bodies[0]) : undefined;
  if (at !== undefined) item.leadUnits = rest.splice(at, 1)[0];
  // "…——县政协经济委员会——县商务局、县农业农村局": the next list after the lead is of the departments consulted.
  const next = at !== undefined && rest.length > 1 ? rest.findIndex((part, i) => i >= at && isBodyList(part)) : -1;
  if (next >= 0) item.consulted = rest.splice(next, 1)[0];
  if (!rest.length || (!item.time && !item.leadUnits)) return null;
  item.title = rest.join('');
  return item;
}

/** "经济界、工商联界", "区政协经济委员会": bodies, not a topic that happens to end in 局 ("服务设施布局"). */
export function isBodyList(text: string): boolean {
  if (text.length > 60 || /[“”"《》]/.test(text)) return false;
  return text.split('、').every((name) => {
    const n = name.trim();
    return n.length <= 24 && NAME_END.test(n) && (NAME_START.test(n) || /政协|界$|界别|党|学社/.test(n));
  });
}
