/** The fields an item's labels fill. */
export type ItemField = 'title' | 'time' | 'leadUnits' | 'consultedDepartments' | 'form' | 'participants' | 'leadLeader' | 'contents' | 'meeting' | 'brandTag' | 'remarks' | 'aside';

/**
 * Labels seen in real notices, by the field they fill. Longer labels are tried first, so 协商议题 wins over 议题
 * and 协商时间 over 时间.
 */
const LABELS: Record<ItemField, string[]> = {
  title: ['重点提案', '提案名称', '提案题目', '协商议题', '协商题目', '协商课题', '议政题目', '议政议题', '调研议题', '视察议题', '议题名称', '协商主题', '活动主题', '活动名称', '议题', '主题', '题目', '课题'],
  time: ['协商时间安排', '拟协商时间', '拟安排时间', '计划安排时间', '安排时间', '拟定时间', '预计时间', '时间安排', '协商时间', '计划时间', '活动时间', '召开时间', '视察时间', '监督时间', '议政时间', '完成时间', '完成时限', '时间节点', '时限', '时间'],
  leadUnits: [
    '联合承办单位', '联合单位', '联合承办', '共同承办', '联合牵头', '牵头界别组', '牵头界别', '县政协承办单位', '市政协承办单位', '区政协承办单位', '县直责任单位', '市直责任单位', '区直责任单位', '承办单位', '承办部门', '承办机构', '责任部门', '责任单位', '牵头单位', '牵头部门', '组织单位', '主办单位',
    '承办委室', '牵头委室', '责任委室', '牵头专委会', '承办专委会', '牵头专委', '承办专委', '牵头委员会', '协同', '负责单位', '负责部门', '组织', '负责', '承办', '牵头', '界别组', '界别',
  ],
  consultedDepartments: [
    '提案承办单位', '提案承办部门', '提案办理单位', '办理单位', '协商部门', '参与部门', '参加部门', '协办部门', '协办单位', '配合部门', '配合单位', '协同部门', '协同单位', '应邀部门', '邀请部门', '邀请单位', '对口部门',
    '相关部门', '协商单位', '参与单位', '参加单位', '会商部门', '联系部门', '联系单位', '对接部门', '对接单位', '参与', '参加', '邀请',
  ],
  form: ['协商形式', '协商方式', '活动形式', '活动方式', '形式', '方式'],
  participants: ['参加人员', '参会人员', '出席人员', '参与人员', '参加对象', '参与界别', '参加界别', '人员'],
  leadLeader: ['牵头领导', '联系领导', '分管领导', '责任领导', '牵头负责领导', '分管主席', '联系主席', '牵头主席', '分管副主席', '负责领导', '牵头市领导', '牵头县领导', '牵头区领导', '牵头市政协领导', '牵头县政协领导', '牵头区政协领导', '市政协牵头领导', '县政协牵头领导', '区政协牵头领导', '责任市领导', '责任县领导', '联系市领导', '联系县领导', '联系市政协领导', '联系县政协领导', '联系区政协领导', '领导'],
  contents: ['主要内容', '协商内容', '工作内容', '具体内容', '调研内容', '调研重点', '视察内容', '协商重点', '工作重点', '内容'],
  meeting: ['会议安排', '会议名称', '协商会议', '所属会议', '依托会议', '结合会议', '会议'],
  brandTag: ['协商品牌', '品牌名称', '活动品牌', '品牌'],
  /** A remark may name the meeting or the form: "备注：结合县政协十届七次常委会议召开". */
  remarks: ['备注', '说明'],
  /**
   * An item's details the plan does not keep: the government's leader who reports, how the research is run, what the
   * outcome will be, whom to call.
   */
  aside: ['市政府领导', '县政府领导', '区政府领导', '政府领导', '通报领导', '出席领导', '调研安排', '活动安排', '调研计划', '成果形式', '协商成果', '预期成果', '成果运用', '联系人', '联系电话', '经办人'],
};

const byLabel = new Map<string, ItemField>();
for (const [field, labels] of Object.entries(LABELS) as [ItemField, string[]][]) for (const label of labels) byLabel.set(label, field);
/** The field a label fills, or null: also how a table's column header is read. */
export function fieldOfLabel(label: string): ItemField | null {
  return byLabel.get(label) ?? null;
}

const ALL = [...byLabel.keys()].sort((a, b) => b.length - a.length);
/** A label of three characters or more after a wide gap, then a space instead of its colon. */
const INNER_SPACED_LABEL = new RegExp(`(\\s{2,}|　)(${ALL.filter((l) => l.length >= 3).join('|')})[ 　]+(?=[^\\s:：])`, 'g');
/** A two-character label ("时间　1月") only after a wider gap, as a form's fields are set apart. */
const INNER_SPACED_SHORT_LABEL = new RegExp(`(\\s{2,})(${ALL.filter((l) => l.length === 2).join('|')})[ 　]+(?=[^\\s:：])`, 'g');

/**
 * A label followed by a colon, or a label in 【】 or [] brackets. The label must start a line or follow a separator; a
 * long label may follow a time it was run into when a line break was lost ("时间安排：3月牵头单位：…").
 */
const LABEL_RE = new RegExp(
  `(?:^|(?<=[\\s;；。,，:：|｜])|(?<=[月旬度](?=(?:${ALL.filter((l) => l.length >= 4).join('|')})\\s*[:：])))(?:【(${ALL.join('|')})】|\\[(${ALL.join('|')})\\]|(${ALL.join('|')})\\s*(?:[一二三四五六七八九十\\d]{1,3})?\\s*[:：])`,
  'g',
);

export type LabelHit = { field: ItemField; label: string; start: number; valueStart: number };

/** Every label on a (character-normalised) line, in order. */
export function findLabels(line: string): LabelHit[] {
  const hits: LabelHit[] = [];
  for (const m of line.matchAll(LABEL_RE)) {
    const label = m[1] ?? m[2] ?? m[3];
    hits.push({ field: byLabel.get(label)!, label, start: m.index!, valueStart: m.index! + m[0].length });
  }
  return hits;
}

/** Splits a line into its labelled values: "协商议题：X 时间：5月" → [{title, X}, {time, 5月}]. */
export function splitLabelled(line: string): { field: ItemField; label: string; value: string }[] {
  const hits = findLabels(line);
  return hits.map((hit, i) => ({
    field: hit.field,
    label: hit.label,
    value: line
      .slice(hit.valueStart, i + 1 < hits.length ? hits[i + 1].start : undefined)
      .trim()
      .replace(/[;；,，。|｜]$/, '')
      .trim(),
  }));
}

/**
 * A label that starts a line without a colon, set off by spaces as in a form ("承办单位　县政协…", "会　　议　…"),
 * written with a colon, so the line reads like any other. Other lines come back as they were.
 */
export function colonAfterSpacedLabel(line: string): string {
  // Further along the line too: "协商议题：…   协商时间 10月   承办单位：…".
  line = line.replace(INNER_SPACED_LABEL, (_, gap: string, label: string) => `${gap}${label}：`).replace(INNER_SPACED_SHORT_LABEL, (_, gap: string, label: string) => `${gap}${label}：`);
  // "议    题：…": a label spread out to the width of the others, with its colon.
  const spread = /^((?:[\p{Script=Han}]\s+){1,5}[\p{Script=Han}])\s*([:：].*)$/u.exec(line);
  if (spread && byLabel.has(spread[1].replace(/\s+/g, ''))) return `${spread[1].replace(/\s+/g, '')}${spread[2]}`;
  // The label as one word ("形式 网络议政  时间：…"), else spread out with spaces ("承 办 单 位　…").
  const word = /^([\p{Script=Han}]{2,6})\s+(?=\S)(.*)$/u.exec(line);
  const m = word && byLabel.has(word[1]) ? word : /^((?:[\p{Script=Han}]\s*){2,6}?)\s+(?=\S)(.*)$/u.exec(line);
  if (!m) return line;
  const label = m[1].replace(/\s+/g, '');
  if (label.length < 2 || !byLabel.has(label)) return line;
  // "议    题：…": a label spread out to the width of the others, with its colon.
  return /^[:：]/.test(m[2]) ? `${label}${m[2]}` : `${label}：${m[2]}`;
}
