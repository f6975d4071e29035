import { classifyForm } from './forms';
import { CAMPAIGN, NAME_END, lookedAtTitle, meetingName, proposalTitle } from './line-shapes';
import { looksLikeTime } from './time-range';
import { CPPCC_BODY, splitUnitNames } from './unit-names';

/**
 * Splits "题目（市政协经济委员会，5月）" into the title and the bracketed note at its end. Brackets may nest
 * ("各县（市）政协"), and the note may still be open when it wraps onto the next line (`closed` is then false).
 */
export function splitTrailingNote(text: string): { main: string; note: string | null; closed: boolean } {
  const t = text.trim().replace(/[。；;]$/, '');
  const plain = { main: text.trim(), note: null, closed: true };
  // The outermost bracket that is either closed at the very end or never closed.
  let depth = 0;
  let open = -1;
  for (let i = 0; i < t.length; i++) {
    const ch = t[i];
    // "〔第二次双月协商座谈会，5月；承办：…〕": some offices set notes in these brackets.
    if (ch === '（' || ch === '(' || ch === '〔') {
      if (depth === 0) open = i;
      depth++;
    } else if ((ch === '）' || ch === ')' || ch === '〕') && depth > 0) {
      depth--;
      if (depth === 0 && i < t.length - 1) open = -1;
    }
  }
  if (open <= 0) return plain;
  const closed = depth === 0;
  const note = t.slice(open + 1, closed ? -1 : undefined);
  const main = t.slice(0, open).trim();
  if (!main) return plain;
  return isNote(note) ? { main, note, closed } : plain;
}

/** Only a note about time, units, meeting or form; "（试行）" or "（第二批）" belong to the title. */
function isNote(note: string): boolean {
  return looksLikeTime(note) || /^(时间)?(适时|待定|另行安排)/.test(note) || /委员会|委|局|办|会|牵头|承办|参加|部门|单位|协商|议政|视察|监督|座谈|联合|共同|界别|[:：]/.test(note);
}

/** "由副主席秦望川牵头", "由县政协副主席陆清岚牵头负责": the leader in charge, or null. */
export function leaderInSentence(text: string): string | null {
  const m = /(?:由)?(?:[市县区]政协)?(?:副主席|主席|秘书长|副秘书长)([\p{Script=Han}]{2,3}?)(?:同志)?(?:牵头|负责|领衔|带队)/u.exec(text);
  if (m) return m[1];
  // "拟由马知远主席牵头": the name, then the post.
  const after = /由([\p{Script=Han}]{2,3}?)(?:副主席|主席|秘书长|副秘书长)(?:同志)?(?:牵头|负责|领衔|带队)/u.exec(text);
  if (after) return after[1];
  // "牵头领导为县政协副主席魏南峰".
  const named = /(?:牵头|联系|分管)(?:[市县区])?领导(?:为|是)(?:[市县区旗]政协)?(?:党组成员、)?(?:副主席|主席|秘书长|副秘书长)?\s*([\p{Script=Han}]{2,3})(?:同志)?$/u.exec(text);
  return named ? named[1] : null;
}

/** A quoted name of a platform or brand of consultation: "“有事好商量”", "“请你来协商”". */
const BRAND_QUOTE = /[“"][^“”"]{0,10}(?:商量|议事|协商|议政)[^“”"]{0,6}[”"]/;
const QUOTED_TOPIC = /^[“"]([^”"]{4,60})[”"](?:[\p{Script=Han}]{0,12}?(?:协商|议政|视察|调研|座谈会|监督))?$/u;

/**
 * Reads an item written as a sentence: "围绕推进电子商务高质量发展开展对口协商，由市政协经济委员会承办，
 * 邀请市商务局参加，拟于7月进行。" or "“加快建设现代化产业体系”常委会议协商。在市政协七届十四次常委会议上进行。
 * 由市政协经济委员会承办，市发展改革委、市科技局参加，时间为6月。" Title: the quoted topic, or the first clause;
 * units, meeting and time from the phrases that name them.
 */
export function readProseItem(written: string, _year: number | null, options: { topicKnown?: boolean } = {}) {
  // "1 月召开", "2024 年 4 月": a PDF's spaces around the digits.
  const text = written
    .replace(/(?<=\d) (?=[年月日号])|(?<=[年月]) (?=\d)/g, '')
    // "…开展界别协商（二季度，由总工会界别牵头），邀请…": a note inside the sentence is read as its clauses.
    .replace(/(?<=(?:协商|议政|视察|监督|座谈会|活动|[”"]))[（(]([^（）()]{2,60})[)）](?=[，,。；;]?.)/g, (whole, note: string) => (isNote(note) ? `，${note}，` : whole))
    .replace(/，(?=[，,。；;])/g, '');
  const sentences = text.split(/[。；;]/).map((s) => s.trim()).filter(Boolean);
  const first = sentences[0] ?? text;
  const clauses = text.split(/[。；;，,]/).map((s) => s.trim()).filter(Boolean);
  const firstClauses = first.split(/[，,]/).map((s) => s.trim());
  // "11月，围绕…开展…": the topic is in the first clause that is not only the time.
  const topicClause = firstClauses.find((c) => !(looksLikeTime(c) && c.length <= 12)) ?? firstClauses[0];
  let title = firstClauses[0];
  const quoted = QUOTED_TOPIC.exec(title);
  const around =
    /^(?:围绕|就|聚焦)[“"]?(.+?)[”"]?(?:开展|进行|组织)/.exec(topicClause) ??
    // "3月至11月，围绕区政协九届二次会议重点提案办理情况，由…": the clause after 围绕 is the topic.
    /^(?:围绕|聚焦)(?![“"])([^“”"]{4,60})$/.exec(topicClause) ??
    // "关于…的常委会议协商" names the topic; "关于…的重点提案办理协商" is named by the proposal, kept whole.
    /^关于[“"]?(.{4,40}?)[”"]?的(?![\p{Script=Han}]{0,4}(?:提案|建议))[\p{Script=Han}]{0,10}(?:协商|议政|视察|监督)(?:会|活动)?$/u.exec(topicClause) ??
    /(?:围绕|聚焦)(?![“"])(.{4,40}?)(?:开展|进行|组织)/.exec(topicClause);
  // "6月，召开…会议，围绕“做强…产业链”开展专题议政": the quoted topic after 围绕, else the first quoted of the sentence
  // ("依托“丰渠政协”平台，围绕“…”开展网络议政": the platform's name is not the topic).
  // Not a platform's name: "依托“墨川政协”协商议政平台".
  const quote = /[“"]([^”"]{4,60})(?<!平台)[”"](?![^，,。“”"]{0,6}平台)/;
  // "围绕《…规划纲要（草案）》开展全体会议协商": a document named as the topic.
  const aroundQuote = /(?:围绕|聚焦|就|针对|对)(?:[“"]([^”"]{4,60})[”"]|《([^《》]{4,60})》)/;
  const inner = aroundQuote.exec(first) ?? quote.exec(first) ?? aroundQuote.exec(text) ?? quote.exec(text);
  // "…，以“做好收官之年各项工作”为主题开展协商": the theme named as such.
  const theme = /以[“"]([^”"]{4,60})[”"]为(?:主题|题)/.exec(first);
  // "…开展界别协商，议题为“发展稻渔综合种养”": the topic named as such.
  const named = /(?:议题|主题|题目)(?:为|是)[“"]([^”"]{4,60})[”"]/.exec(text);
  if (theme) title = theme[1];
  else if (named) title = named[1];
  else if (quoted) title = quoted[1];
  else if (around && quotesBalanced(around[1])) title = around[1];
  // "各专门委员会结合对口联系工作，围绕“优化营商环境”开展微协商": the topic after 围绕, wherever the clause is.
  // "深化“有事好商量”协商平台建设，围绕“老旧小区加装电梯”，…": the first clause quotes a platform's name, not a topic.
  else if (inner && aroundQuote.test(first) && (!/[“"]/.test(firstClauses[0]) || (BRAND_QUOTE.test(firstClauses[0]) && !aroundQuote.test(firstClauses[0])))) title = inner[1] ?? inner[2];
  else if (
    inner &&
    (looksLikeTime(firstClauses[0]) || /^(适时|待定|召开|由|依托|在|组织|以|通过|利用|结合|借助|按照)/.test(firstClauses[0]) || /(就|围绕|对)[“"]/.test(firstClauses[0]) || /(会议|常委会)(期间)?$/.test(firstClauses[0]))
  )
    title = inner[1] ?? inner[2];
  // "围绕市政协九届四次会议重点提案《关于…的提案》开展提案办理协商": the proposal, named by its title.
  title = proposalTitle(title);
  title = lookedAtTitle(title) ?? title;
  // "开展“我为优化营商环境献一策”网络议政": a campaign keeps its form words.
  const quotedAt = CAMPAIGN.test(title) ? text.indexOf(`“${title}”`) : -1;
  const campaign = quotedAt >= 0 ? /^[\p{Script=Han}]{0,6}(?:议政|协商)/u.exec(text.slice(quotedAt + title.length + 2)) : null;
  if (campaign) title = `“${title}”${campaign[0]}`;
  const leadUnits: string[] = [];
  const consulted: string[] = [];
  let timeText: string | null = null;
  let meeting: string | null = null;
  let form: string | null = null;
  let leadLeader: string | null = null;
  let subjectLead: string | null = null;
  for (const raw of clauses) {
    // "…负责同志到会通报情况并听取意见": who attends, without what they do there.
    // "会议由市政协办公室承办": the body, not the meeting it serves.
    const clause = raw
      .replace(/(?:并|，)?(?:听取|回应)[^，。]*$/, '')
      .replace(/(?<=.)(?:到会)?(?:通报情况|通报有关情况)$/, '参加')
      .replace(/^(?:会议|活动|协商)由/, '由');
    // "在…常委会议上进行", "召开…常委会议", "拟在9月召开…常委会议".
    // "第一次双月协商座谈会于3月下旬召开", "市政协十一届四次会议拟于1月下旬召开".
    const held = /^(?:拟|计划)?(?:在|于)?(?:[^，,]*?(?:月[上中下]?旬?|季度))?(?:召开的?|在)?([^，,]{4,30}?(?:会议|常委会|全会|座谈会))(?:期间|上)?(?:[^，,]{1,14}?(?=召开|举行))?(?:(?:召开|举行|进行|开展|协商|围绕|聚焦|就).*)?$/.exec(clause);
    if (held && !meeting && /届|次/.test(held[1])) meeting = meetingName(held[1].replace(/^召开/, ''));
    // "由副主席秦望川牵头": the leader in charge, not a lead body.
    const leader = leaderInSentence(clause);
    if (leader && !leadLeader) {
      leadLeader = leader;
      continue;
    }
    // "牵头单位为市政协经济委员会".
    const named = /^(?:牵头|承办|责任)单位(?:为|是)(.+)$/.exec(clause);
    if (named && !leadUnits.length) {
      leadUnits.push(named[1]);
      continue;
    }
    // "对口县教育体育局": the department the body consults.
    const counterpart = /^对口([^“”"，,]{2,40})$/.exec(clause);
    if (counterpart && NAME_END.test(counterpart[1])) {
      consulted.push(...splitUnitNames(counterpart[1]));
      continue;
    }
    // "协商部门为市财政局、市科技局".
    const departments = /^(?:协商|参与|参加|配合|邀请)(?:部门|单位)(?:为|是|包括)(.+)$/.exec(clause);
    if (departments) {
      consulted.push(...departments[1].split('、'));
      continue;
    }
    // "民革丰渠市委会、民建丰渠市委会联合市政协经济委员会": every body named leads.
    const jointly = /^(?:由)?([^“”"]{4,60}?)(?:联合|会同)([^“”"]{4,30}?)(?:共同)?(?:牵头|承办|组织)?$/.exec(clause);
    if (jointly && NAME_END.test(jointly[1]) && NAME_END.test(jointly[2])) {
      // "区政协提案委员会会同区教育局": a government department beside the committee's body is consulted.
      leadUnits.push(...jointly[1].split('、'));
      if (splitUnitNames(jointly[2]).every((name) => CPPCC_BODY.test(name))) leadUnits.push(jointly[2]);
      else consulted.push(...jointly[2].split('、'));
      continue;
    }
    // "由市政协委员联络委员会牵头" then "各镇（街道）政协工作联络组具体组织": both lead.
    const organised = /^(?:由)?([^“”"]{4,40}?)(?:具体|共同)?(?:牵头|承办|负责|组织实施|组织)$/.exec(clause);
    if (organised && NAME_END.test(organised[1]) && !looksLikeTime(organised[1])) {
      leadUnits.push(organised[1]);
      continue;
    }
    // "县政协经济委员会就“…”与A、B开展对口协商", "…组织委员对“…”开展专题视察".
    // "县政协经济科技委员会以双月协商座谈会形式，围绕…": the body, then how it consults.
    const subject =
      /^(?:由)?([^“”"，,]{4,30}?)(?:就|围绕|组织委员(?:围绕|对)?|对)[“"]/.exec(clause) ??
      /^(?:由)?([^“”"，,以]{4,30}?)以[^“”"，,]{2,20}(?:形式|方式)$/.exec(clause) ??
      // "各专门委员会结合对口联系工作，围绕…": the bodies, then what they build on.
      /^(?:由)?([^“”"，,]{3,30}?(?:委员会|委|组|室))结合[^“”"，,]{2,20}$/.exec(clause) ??
      // "市政协农业农村委员会与市农业农村局、市供销合作社对口协商“…”".
      /^(?:由)?([^“”"，,与]{4,30}?)与[^“”"]+?(?:开展|进行|对口协商[“"]|协商[“"])/.exec(clause);
    // The body that acts ("经济委员会就…"), kept aside: an explicit "由…承办" wins over it.
    if (subject && !subjectLead && !/^(召开|依托|在|组织)/.test(subject[1])) {
      // "区政协农业农村委员会与区农业农村局就“…”开展对口协商": the body before 与 leads, those after it are consulted.
      const [who, withThem] = subject[1].replace(/组织.*$/, '').split('与');
      subjectLead = who;
      if (withThem) consulted.push(...withThem.split('、'));
    }
    // Not "参与政协协商": taking part, not with whom.
    const withWhom = /(?<!参)与([^“”"]{2,80}?)(?:开展|进行|共同|面对面|座谈|对口协商$|协商$|对口协商[“"]|协商[“"])/.exec(clause);
    // "与县卫生健康局及各乡镇卫生院连线开展协商".
    // Not "…保护与利用的协商" nor "与提案者面对面协商": those with whom are bodies.
    const withNames = withWhom ? splitUnitNames(withWhom[1].replace(/^(?:承办单位|有关部门|相关部门)/, '').replace(/连线$/, '')) : [];
    if (withNames.every((name) => NAME_END.test(name))) consulted.push(...withNames);
    // "县政协提案委员会组织开展…", "民盟…总支、九三学社…支社和县政协经济科技委员会开展…", "…委员会将在城关镇开展…":
    // the bodies that act, at the head of the clause.
    const acting = /^([^“”"，,]{4,80}?)(?:将|拟|要)?(?:在[^“”"，,]{1,20}?)?(?:组织|共同|联合[^“”"，,]{0,20}?)?(?:开展|召开|进行|举办)/.exec(clause);
    if (acting && !subjectLead) {
      // "由工商联界、经济界委员联合开展": the sectors act.
      const bodies = acting[1].replace(/^由/, '').replace(/(?<=界)委员$/, '').replace(/(?<=委员会|委|总支|支社|支部|市委会|县委会)和(?=[\p{Script=Han}])/u, '、');
      if (bodies.split('、').every((b) => NAME_END.test(b) && /政协|界|党|学社|[市县区]委|联$|民革|民盟|民建|民进|农工|致公|九三|台盟|总支|支部|支社/.test(b))) subjectLead = bodies;
      const partner = /联合([^“”"，,]{2,20}?)(?:开展|召开|进行|举办)/.exec(clause);
      if (subjectLead && partner && NAME_END.test(partner[1])) subjectLead += `、${partner[1]}`;
    }
    const doing = /(?:开展|进行|举行|召开|(?:^|开展|进行)关于.+的)([\p{Script=Han}]{1,10}?(?:协商|议政|视察|监督|座谈会))(?:会|活动|议事活动)?$/u.exec(clause.replace(/[“”"]/g, ''));
    if (doing && !form) form = doing[1];
    // "以提案办理协商形式开展".
    const asForm = /^(?:以|通过)(.{2,12}?)(?:形式|方式)(?:开展|进行)?$/.exec(clause) ?? /^(?:以|通过)(.{2,12}?)(?:形式|方式)(?:开展|进行)/.exec(clause);
    if (asForm && !form && classifyForm(asForm[1])) form = asForm[1];
    if (!form && /在基层(?:开展|进行)/.test(clause)) form = '在基层协商';
    // The first clause is usually the topic; when the topic is known already, every clause is about the rest.
    if (clause !== firstClauses[0] || sentences.length === 1 || options.topicKnown) {
      // Not "提案者与承办单位面对面协商": 承办单位 names whom, not who leads.
      const lead = /(?:由)?(.+?)(?:具体)?(?:牵头|承办|负责)(?!单位|部门)/.exec(clause);
      // "邀请市教育局、市财政局负责同志到会听取意见": the departments, not their officials.
      const invite = /(?:邀请|会同|请)(.+?)(?:的)?(?:主要|有关)?(?:负责同志|负责人|同志|领导)?(?:到会.*)?(?:(?:参加|参与|协同配合|配合|协办)[^，。]*|协商|座谈|活动)?$/.exec(clause);
      // "文化艺术界、新闻出版界委员参加": members who take part, not departments.
      const members = /界.{0,12}委员(?:参加|参与)$|^(?:部分|有关|相关)?委员(?:参加|参与)$/.test(clause);
      const joins = members ? null : /^(.+?)(?:的)?(?:主要|有关)?(?:负责同志|负责人|领导)?(?:参加|参与|协同配合|配合|列席|协办|到会|通报有关情况|通报情况|介绍有关情况|介绍情况)(?:协商|座谈|活动)?$/.exec(clause);
      // "县政府分管副县长通报情况": an official who reports, not a department.
      const official = /(?:[县市区]长|领导|负责同志|负责人)$|^[市县区]政府分管/;
      if (invite && /部门|局|委|办|院|中心|政府|公司|联/.test(invite[1]) && !official.test(invite[1])) consulted.push(invite[1]);
      else if (lead && !looksLikeTime(lead[1]) && !/[“”"]/.test(lead[1]) && !leadUnits.length) leadUnits.push(lead[1].replace(/^由/, '').replace(/具体$/, ''));
      else if (joins && !looksLikeTime(joins[1]) && !/[“”"]/.test(joins[1]) && !official.test(joins[1])) consulted.push(joins[1]);
    }
    // "适时", "时间待定": no month yet, but the item says when, so a section's time does not apply.
    const unset = /(?:^|将|拟)(?:时间)?(适时|待定|另行安排|视情况?)/.exec(clause);
    if (!timeText && unset) timeText = unset[1];
    // "全年依托“…”平台开展…": the time that opens a clause about what is done.
    const opening = /^(全年|上半年|下半年|年内|第?[一二三四]季度|\d{1,2}(?:[-—至]\d{1,2})?月(?:[上中下]旬)?)(?=依托|在|由|围绕|就|聚焦|组织|召开|开展|通过|利用)/.exec(clause);
    if (!timeText && opening) timeText = opening[1];
    if (!timeText && looksLikeTime(clause) && !/[“”"]/.test(clause)) {
      // Only the time itself: "拟在9月召开市政协六届十二次常委会议" gives 9月.
      const N = '[\\d一二三四五六七八九十]{1,3}';
      const when = new RegExp(
        `(\\d{4}年)?${N}月?(?:份)?(?:[上中下]旬|底|初)?(?:至|到|-)(?:\\d{4}年|次年)?${N}月(?:[上中下]旬|底|初)?|(\\d{4}年)?${N}月(?:[上中下]旬|底|初|中)?|第?[一二三四](?:、[一二三四])*季度|上半年|下半年|全年|年内|年底`,
      ).exec(clause);
      // "分季度开展", "时间视情况确定": how often or how decided, not when.
      if (when || !/分季度|每季度|每月|常态化|视情况|根据|结合实际/.test(clause)) timeText = when ? when[0] : clause;
    }
  }
  if (!leadUnits.length && subjectLead) leadUnits.push(subjectLead);
  // "召开区政协二届三次会议，…": the session is the item, not the act of holding it; "1月，由…负责，召开县政协
  // 十一届四次会议，开展全体会议协商": a plenary without a topic of its own is its session.
  if (meeting && /^(召开|举行|举办)/.test(title) && title.endsWith(meeting)) title = meeting;
  // "市政协十一届四次会议拟于1月下旬召开，…": the session is the item.
  else if (meeting && title.startsWith(meeting) && /^[^，,]{0,14}(?:召开|举行)$/.test(title.slice(meeting.length))) title = meeting;
  else if (meeting && !inner && !theme && !named && /全体会议|全会|大会/.test(form ?? '') && !/[“"]/.test(text)) title = meeting;
  return { title: title.trim(), leadUnits, consulted: [...new Set(consulted.map((c) => c.trim()).filter(Boolean))], timeText, meeting, form, leadLeader };
}

/** "义务教育“双减”政策落实情况": quotes inside a topic, each opened before it is closed; not "X”和“Y". */
function quotesBalanced(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (ch === '“') depth++;
    else if (ch === '”' && --depth < 0) return false;
    else if (ch === '"') return false;
  }
  return depth === 0;
}
