import { tidy } from './normalize';
import { looksLikeTime } from './time-range';

/** What a line or a piece of one looks like: a 版记 line, prose, a title, a meeting, a time heading. Pure helpers of the reader. */
export const SEPARATOR_END = /[、，,；;\/]$/;
export const NAME_END = /(委员会|委|会|局|办|室|组|联|部|厅|院|所|中心|公司|支部|总支|政府|团|社|协|处|站|队|馆|党|盟|学社|界|界别)$/;
export const NAME_START = /^(市|县|区|省|州|旗|各|民革|民盟|民建|民进|农工|致公|九三|中共|共青团|团|妇联|工商联|科协|侨联|台联|政协|中国)/;
export const MEETING_TEXT = /(常委会议|常委会|全体会议|主席会议|次会议|协商会|座谈会|专题会)$/;

export function isTrailer(text: string): boolean {
  return /^(报[:：]|送[:：]|抄送[:：]|抄报[:：]|主送[:：]|印发[:：])|印发$|^附件[:：\d]/.test(text.replace(/\s+/g, ''));
}

/** A web page's own lines around the notice: print and close buttons, the previous and next article, the site's footer. */
export function isPageChrome(text: string): boolean {
  const t = text.replace(/\s+/g, '');
  return /^(上一篇|下一篇|上一条|下一条|发布时间|发布日期|来源[:：]|编辑[:：]|审核[:：]|责任编辑|校对[:：]|阅读\d|原创[^，。]{0,20}\d{4}-|浏览次数|点击数|主办[:：]|网站标识码|地址[:：]|邮编|联系电话[:：]|[（(]?信息来源|分享到|扫一扫|【(打印|关闭|字体|收藏|返回))/.test(t) || /技术支持[:：]/.test(t) || /^【[^】]{1,6}】(【[^】]{1,6}】)*$/.test(t);
}

/** A paragraph after the items addressed to those who carry them out ("各牵头单位要…", "以上…", "欢迎社会各界…"). */
export function isClosingParagraph(text: string): boolean {
  return /^(以上|上述|各(承办|牵头|责任|有关)|请各|欢迎)/.test(text);
}

export function isProse(text: string): boolean {
  return text.length > 60 || /。.+/.test(text) || (/。$/.test(text) && text.length > 30);
}

export function looksLikeItemProse(text: string): boolean {
  if (!/协商|视察|议政/.test(text)) return false;
  // "由…承办，拟于5月", "4月，经济委员会就“…”与…开展对口协商", "…开展界别协商，议题为“…”".
  return (
    (looksLikeTime(text) && /承办|牵头|负责/.test(text)) ||
    /[“"][^”"]{4,40}[”"].{0,40}?(开展|进行)[^，。]{0,12}(协商|视察|议政|监督|座谈|调研)/.test(text) ||
    /(议题|主题)(为|是)[“"]/.test(text) ||
    // "召开区政协二届三次会议，围绕…开展全体会议协商，由区政协办公室承办。": the time is the section's.
    (/^(召开|举办|举行)[^，,。]{2,30}会议[，,].{0,80}开展[^，。]{0,12}(协商|视察|议政)/.test(text) && /由.{2,40}(承办|牵头|负责|组织)/.test(text)) ||
    // "县政协十届四次会议视疫情防控情况适时召开，…。由县政协办公室承办。": a session to be held.
    (/^[^，,。]{2,20}届[^，,。]{1,6}次(?:全体)?会议[^，,。]{0,14}(召开|举行)/.test(text) && /(承办|牵头|负责)/.test(text)) ||
    (/开展[^，。]{0,12}(协商|视察|议政)/.test(text) && /[“"][^”"]{4,60}[”"]/.test(text) && /参加|参与|承办|牵头|组织|适时/.test(text))
  );
}

/**
 * "围绕“推进县域商业体系建设”开展常委会议协商", "关于县域商业体系建设的常委会议协商": a heading that is an item, its
 * topic and its form in one phrase.
 */
export function isTopicSentence(sentence: string): boolean {
  const text = sentence.replace(/。$/, '');
  if (text.length > 60 || /[。；]/.test(text)) return false;
  return (
    (/^(?:围绕|就|聚焦)/.test(text) && /(?:开展|进行|召开)[\p{Script=Han}]{0,12}(?:协商|议政|视察|监督)$/u.test(text)) ||
    /^关于.{4,40}的[\p{Script=Han}]{0,10}(?:协商|议政|视察|监督)(?:会|活动)?$/u.test(text)
  );
}

/**
 * "我为城市更新献一策", "砚峰声音·委员说": a campaign's or a programme's name, not a topic; it is named with its form
 * words ("“…”网络议政").
 */
export const CAMPAIGN = /^我为|献一策|建言献策|金点子|随手拍|·|[说谈]$|声音|讲堂|论坛|沙龙|面对面|直通车|议事[厅会堂]/;

/** "市政协九届四次会议重点提案《关于…的提案》": a proposal is named by its title, without the session that received it. */
export function proposalTitle(text: string): string {
  return /^[^《》]{2,30}?提案(《[^《》]{6,60}》)$/.exec(text)?.[1] ?? text;
}

/** "对全区河长制落实情况开展民主监督": what is looked at is the topic. */
export function lookedAtTitle(text: string): string | null {
  return /^对([^“”"]{4,40}?)(?:开展|进行)[\p{Script=Han}]{0,8}(?:协商|议政|视察|监督)$/u.exec(text)?.[1] ?? null;
}

export function cleanTitle(text: string): string {
  // "★讨论县人民政府工作报告": the star marks a key topic; it is not part of the topic.
  // "…提质扩容【新增】": a draft's mark on the item, not part of its topic.
  let t = tidy(text).replace(/[。；;，,]$/, '').replace(/^[★☆◆◇●○■□▲►•]\s*/, '').replace(/\s*[【\[〔](新增|调整|新|拟新增|保留|延续|续|删除|待定|暂定|修改|变更)[】\]〕]$/, '').trim();
  // Quotes or book-title marks around the whole title are not part of it; a quoted phrase inside it is.
  const wrapped = /^[“"《](.*)[”"》]$/.exec(t);
  if (wrapped && !/[“”"《》]/.test(wrapped[1])) t = wrapped[1];
  return t;
}

/** A heading that only announces the items below it: "一、协商议题", "二、年度协商活动安排". */
export function isContainerHeading(text: string): boolean {
  // "一般协商活动（8项）": the count of the items below is not part of the heading.
  // "协商议题（括号内依次注明协商形式、时间…）": how the items are written is not part of the heading.
  const t = text.replace(/[\s:：。]/g, '').replace(/[（(](共|计)?[\d一二三四五六七八九十]+(项|个|次)[)）]$/, '').replace(/[（(][^（）()]*(括号|依次|注明|说明|如下)[^（）()]*[)）]$/, '');
  if (/^(全年|其他|其它)(及其他|及其它|安排|活动|协商)?$/.test(t)) return true;
  // "协商的主要内容和形式", "协商议题具体安排": about the items, not one of them.
  if (/^(\d{4}年)?(年度)?(协商|议政|协商议政)(议题|活动|工作)?的?(主要|具体)?(内容|议题|形式|安排)((及|和|与)(形式|时间|安排|内容))?$/.test(t)) return true;
  return /^(\d{4}年)?(年度|全年|具体|主要|重点|总体|一般|其他|其它)?(协商|议政|协商议政)?(议题|活动|工作|项目)?(计划)?((及|和|与)(时间|进度))?(及|和|与)?(具体)?(安排|计划|内容|项目|如下)?(表|一览表|清单)?$/.test(t) && t.length >= 2 && t.length <= 16;
}

export function cleanCategory(raw: string, text: string): string {
  // "常委会议协商2次": the count of the items below is not part of the form's name.
  const stripped = tidy(text).replace(/[:：。]$/, '').replace(/(?<=[\p{Script=Han}])\s*[\d一二三四五六七八九十]{1,2}\s*(?:次|项|场)$/u, '');
  return stripped || tidy(raw);
}

/** "区政协主席 钱暮云", "副主席韩叙白" → the person's name; a value that is not a post and a name stays as written. */
export function leaderName(value: string): string {
  // "区政协主席 隋 明 德": a name spaced out character by character is one name.
  const v = tidy(value).replace(/(?<![\p{Script=Han}])((?:[\p{Script=Han}] ){1,3}[\p{Script=Han}])$/u, (name) => name.replace(/ /g, ''));
  // The post, then the name (a stray space inside it is dropped: "副主席蒙 晓岚").
  const m = /^(?:[\p{Script=Han}、]{0,16}?(?:副主席|主席|副秘书长|秘书长|副主任|主任|党组成员|党组书记|常委))\s*((?:[\p{Script=Han}]\s?){2,4})$/u.exec(v);
  if (m) return m[1].replace(/\s+/g, '');
  // "黄少峰（县政协副主席）": the post in brackets after the name.
  const bracketed = /^([\p{Script=Han}]{2,4})\s*[（(][^（）()]*(?:主席|秘书长|主任|党组|常委)[^（）()]*[)）]$/u.exec(v);
  if (bracketed) return bracketed[1];
  // "孙立群副主席": the post after the name.
  const after = /^([\p{Script=Han}]{2,4}?)\s*(?:[市县区]政协)?(?:副主席|主席|副秘书长|秘书长|副主任|主任)$/u.exec(v);
  return after && !/政协|委员|[市县区副]$/.test(after[1]) ? after[1] : v.replace(/(?<=^[\p{Script=Han}])\s+(?=[\p{Script=Han}]{1,2}$)/u, '');
}

/** A line that names only a time: "二月份", "五至六月", "第三季度", "全年". */
export function isMonthHeading(text: string): boolean {
  // "第三季度（4项）": the count of the items below is not part of the time.
  // "第一季度（1—3月）": the months of the quarter, said again.
  const t = text.replace(/\s+/g, '').replace(/[（(](共|计)?[\d一二三四五六七八九十]+(项|个|次)[)）]$/, '').replace(/(?<=^(全年|年内|适时|上半年|下半年))(开展|进行|举行|安排)$/, '').replace(/^(第?[一二三四1-4]季度|上半年|下半年)[（(][\d一二三四五六七八九十]{1,2}[—–\-~～至到][\d一二三四五六七八九十]{1,2}月[)）]$/, '$1');
  if (/^(适时安排|适时|待定|另行安排|时间待定|年底|年初|年中|年末|全年及适时安排|全年和适时安排|全年安排)$/.test(t)) return true;
  if (t.length > 8 || !/月|年|季度/.test(t)) return false;
  return /^(全年|上半年|下半年|第?[一二三四1-4]季度|[\d一二三四五六七八九十]{1,3}月?份?(上旬|中旬|下旬)?([至到\-][\d一二三四五六七八九十]{1,3}月份?)?)$/.test(t);
}

/** "市政协五届四次会议期间", "十届七次常委会议上": a meeting's name, with or without the words around it. */
export function isMeetingName(text: string): boolean {
  return MEETING_TEXT.test(meetingName(text));
}

export function meetingName(text: string): string {
  // "结合区政协九届十次常委会议进行": the meeting itself.
  return tidy(text).replace(/^(结合|在|于|利用|提交|提请|召开|举行)/, '').replace(/(期间|上|召开|举行|进行|时)+$/, '');
}

export function docNumberYear(docNumber: string | null): number | null {
  const m = docNumber ? /(\d{4})/.exec(docNumber) : null;
  return m ? Number(m[1]) : null;
}
