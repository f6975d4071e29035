import { NAME_END, NAME_START } from './line-shapes';

/** A body on the committee's side (a special committee, sector, party, the federation of industry), which leads. */
export const CPPCC_BODY = /政协|界$|界别|民革|民盟|民建|民进|农工|致公|九三|工商联|台盟|无党派/;

/**
 * Splits a list of bodies into names: "市政协委员工作委员会牵头组织，各专委会" → ["市政协委员工作委员会", "各专委会"].
 * Words about the role (牵头, 配合, 参与 …) are not part of a name.
 */
export function splitUnitNames(raw: string): string[] {
  const cleaned = raw
    .replace(/[（(](牵头|主办|负责|承办|配合|协办|参与|参加)[)）]/g, '、')
    // "经济界、金融界（市政协经济委员会）": a body named in full in brackets is one more name, not part of the last.
    .replace(/[（(]((?:市|县|区|旗|州)政协[^（）()、]{2,20}?(?:委员会|委|办公室|室|组))[)）]/g, '、$1')
    .replace(/(共同承办|联合承办|共同牵头|牵头组织|牵头负责|牵头承办|负责组织|组织实施|协同配合|牵头|负责|承办|配合|协办|参与|参加|组织)(?=[，,、；;。\s]|$)/g, '');
  // A separator inside brackets belongs to the name: "各县（市、区）政协".
  return protectBrackets(cleaned)
    .split(/[、，,；;。/]+|和(?=市|县|区|省|各)|(?<=委员会|委|局|办|委会|总支|支社|支部)和(?=[\p{Script=Han}])|(?<=[^世临]界)和(?=[\p{Script=Han}]{1,8}界(?:别)?$)|及(?=市|县|区|省|各)|以及/u)
    .flatMap(spacedNames)
    .map((s) => s.replace(/^(由|邀请|请|会同|联合|对口)(?=[\p{Script=Han}]{3})/u, '').replace(/^(?:主办|会办|协办|配合|参与|参加)(?:单位|部门)(?=[\p{Script=Han}]{3})/u, '').replace(/(?<=界)[两三四五六七八九十\d]个界别$/, '').replace(/(主要|有关)?负责同志$/, '').replace(/(共同|联合)$/, '').replace(/等([^、，]{0,8}(部门|单位))?$/, '').trim())
    .map((s) => s.replace(/\u0001/g, '、').replace(/\u0002/g, '，'))
    .filter((s) => s.length >= 2 && !/^(等|等部门|等单位|相关|有关)$/.test(s));
}

/**
 * Names set apart by spaces ("市发改委 市财政局"), and a stray space inside a name ("县应急 管理局", "县 教育局"): a
 * piece that does not end like a name goes on into the next, unless the next starts like a name of its own.
 */
function spacedNames(piece: string): string[] {
  const names: string[] = [];
  for (const token of piece.split(/\s+/).filter(Boolean)) {
    const last = names.at(-1);
    // "县 政协…", "县政协 人口资源环境委员会": a space typed inside a name.
    const inside = last !== undefined && ((!NAME_END.test(last) && (!NAME_START.test(token) || last.length <= 1)) || (/政协$/.test(last) && !NAME_START.test(token)));
    if (inside) names[names.length - 1] = last + token;
    else names.push(token);
  }
  return names;
}

function protectBrackets(text: string): string {
  let depth = 0;
  let out = '';
  for (const ch of text) {
    if (ch === '（' || ch === '(') depth++;
    else if ((ch === '）' || ch === ')') && depth > 0) depth--;
    out += depth > 0 && ch === '、' ? '\u0001' : depth > 0 && (ch === '，' || ch === ',') ? '\u0002' : ch;
  }
  return out;
}
