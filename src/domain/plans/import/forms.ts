import type { PlanForm } from '../plan-forms';

/**
 * Reads a form from a section heading or a 协商形式 value. Order matters: "常委会专题议政性协商" is a standing-committee
 * form though it says 专题, "专题视察监督协商" is an inspection, "党派专题协商" a party form.
 */
const RULES: [RegExp, PlanForm][] = [
  [/微协商/, 'micro'],
  [/远程/, 'remote'],
  [/网络|网上|线上|云协商/, 'online'],
  [/提案/, 'proposal_handling'],
  [/全体会议|全会|大会(协商|发言)|会议协商.*全体/, 'plenary'],
  [/常委会|常务委员会|常委会议/, 'standing_committee'],
  [/党派|民主党派|党外/, 'party'],
  [/视察|监督/, 'inspection'],
  [/对口/, 'counterpart'],
  [/界别/, 'sector'],
  [/基层|委员工作室|乡镇|街道|社区|村|有事好商量|有事多商量|请你来协商|有事来商量/, 'grassroots'],
  [/主题协商|主题议政/, 'theme'],
  // 主席会议协商 (without 专题) is a form of its own, outside the list: 'other', under its own name.
  [/专题协商|专题议政|专题调研|专题|双月协商|协商座谈会/, 'special'],
];

/** "专题协商（“请你来协商”）", "基层协商（“民生议事堂”）": a form with the brand it is held under. */
const FORM_WITH_BRAND = /^(.{2,12}?)\s*[（(][“"][^“”"]{2,12}[”"][)）]$/;

export function classifyForm(text: string): PlanForm | null {
  const branded = FORM_WITH_BRAND.exec(text.trim());
  if (branded && branded[1] !== text.trim()) {
    const form = classifyForm(branded[1]);
    if (form) return form;
  }
  for (const [re, form] of RULES) if (re.test(text)) return form;
  return null;
}

/** Whether a heading names a form of consultation (a section of items) rather than an item or a requirement. */
export function isFormHeading(text: string): boolean {
  // A sentence ("全体会议协商。1月上旬，召开…") is not a heading, whatever it names.
  if (/[。，,；;]./.test(text.trim().replace(/[（(][^（）()]*[)）]/g, ''))) return false;
  // "双月协商座谈会4次": the count of the items below is not part of the form's name.
  const t = text.replace(/[\s:：。]/g, '').replace(/(?<=[\p{Script=Han}])[\d一二三四五六七八九十]{1,2}(?:次|项|场)$/u, '');
  const branded = FORM_WITH_BRAND.exec(t);
  if (branded && isFormHeading(branded[1])) return true;
  // "区市场监督管理局" names a department, though it says 监督.
  if (t.length > 24 || /(局|委员会|政府|中心|办公室|办)$/.test(t)) return false;
  // "关于进一步优化营商环境的重点提案办理协商（5月）": a topic, then its form.
  if (/^关于.{4,}的/.test(t)) return false;
  // "视察城乡客运一体化建设（视察协商）": a topic with its form in brackets, though the topic says 视察.
  const formNote = /[（(]([^（）()]+)[)）]$/.exec(t);
  // "海漂垃圾综合治理（视察协商，9月）": a short topic is a topic too when it does not end as a form's name does.
  const noteForm = formNote?.[1].split(/[，,、；;]/)[0] ?? '';
  if (formNote && /^[\p{Script=Han}]{0,10}(协商|议政|视察|监督)(活动)?$/u.test(noteForm) && classifyForm(noteForm)) {
    const topic = t.slice(0, t.length - formNote[0].length);
    if (topic.length > 8 || !/(协商|议政|视察|监督|座谈会?|调研|活动|议事|会议|在基层|商量)$/.test(topic)) return false;
  }
  // A quoted name ("“栖梧议事厅”进社区协商活动") makes it a topic, unless the quote is a short form name ("“协商在基层”
  // 活动"); a quoted topic that mentions a village ("“加强农村宅基地规范管理”") is still a topic.
  const quoted = /[“"《]([^”"》]+)[”"》]/.exec(t);
  // "“请你来协商”基层协商", "“有事好商量”协商": a brand, then the form.
  const outside = quoted ? t.replace(quoted[0], '') : '';
  const brandedForm = !!quoted && /商量|协商/.test(quoted[1]) && /^[\p{Script=Han}]{0,6}(协商|议政)(活动)?$/u.test(outside) && !!classifyForm(t);
  if (quoted && !brandedForm && !(classifyForm(quoted[1]) && quoted[1].length <= 8 && /协商|商量|议事|议政/.test(quoted[1]))) return false;
  // "全体会议", "常委会议（2次）": a kind of meeting without a session number names a form too.
  const bare = t.replace(/[（(][^）)]*[)）]$/, '');
  if (bare.length <= 12 && /会议$/.test(bare) && !/届|次会|\d/.test(bare) && classifyForm(bare)) return true;
  if (!/协商|议政|视察|监督|座谈|调研/.test(t)) return false;
  // "视察区重点项目建设推进情况": a topic that opens with 视察; a form's name ends as forms do.
  let core = t;
  for (let before = ''; before !== core; ) [before, core] = [core, core.replace(/[（(][^（）()]*[)）]/g, '')];
  core = core.replace(/[“”"]/g, '');
  if (core.length > 8 && !/(协商|议政|视察|监督|座谈会?|调研|活动|议事|会议|在基层|商量)$/.test(core)) return false;
  // "一般协商活动", "重点协商议题": groups of items, not a form.
  if (/^(一般|重点|其他|其它|主要|年度|全年)(协商|议政)(活动|议题)?$/.test(bare)) return false;
  return classifyForm(t) !== null || /^[\p{Script=Han}]{2,10}(协商|议政)(活动)?$/u.test(bare);
}

/** Headings of the parts after the items: not items, even when numbered. */
export function isNonItemHeading(text: string): boolean {
  // "六、其他工作（不列入协商活动）": listed beside the plan, not in it.
  if (/[（(](?:不列入|不计入|不纳入|不作为)[^（）()]*[)）]$/.test(text.trim())) return true;
  // The heading itself, not a sentence that happens to use the words ("…发展目标任务协商议政。").
  const head = text.split(/[，,。；;:：]/)[0];
  if (head.length > 20) return false;
  // At the head of the heading: "全面完成脱贫攻坚目标任务（常委会议协商）" is a topic though it says 目标任务.
  return /^.{0,4}(?:工作要求|总体安排|起草过程|起草情况|需要说明|下一步工作|有关要求|相关要求|组织实施|组织领导|出席安排|出席人员|出席范围|参加范围|保障措施|工作安排|注意事项|其他事项|具体要求|几点要求|工作措施|责任分工|总体要求|备选议题|预备议题|总体思路|基本思路|总体目标|目标任务|指导思想|基本原则|总体考虑|主要考虑|基本考虑|基本情况|有关情况|工作回顾|附件)/.test(head);
}
