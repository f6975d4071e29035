import { genderLabels, memberStatusLabels } from './member-schema';
import { ROSTER_COLUMNS, templateHeader, type RosterKey } from './roster-columns';
import type { RosterLookups } from './roster-rules';
import { formatSpecialCommittees, type Position } from './roster-values';

/** What the template and the export write: the same columns as the importer reads, in the same order. */

type SheetCell = string | number | boolean | Date | null;
export type RosterSheetColumn = { header: string; width: number; format?: 'text' | 'date' };

const formats: Partial<Record<RosterKey, 'text' | 'date'>> = { birthDate: 'date', phone: 'text' };

export function rosterSheetColumns(): RosterSheetColumn[] {
  return ROSTER_COLUMNS.map((c) => ({ header: templateHeader(c), width: c.width, format: formats[c.key] }));
}

/** The export adds what only an existing member has. */
export function exportSheetColumns(): RosterSheetColumn[] {
  return [...rosterSheetColumns(), { header: '状态', width: 6 }, { header: '离任日期', width: 12, format: 'date' }];
}

/** A date column holds real Excel dates (UTC midnight, as Excel stores them). */
const excelDate = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

/** A member as the export needs them, with names instead of ids. */
export type RosterMember = {
  name: string;
  gender: 'male' | 'female' | null;
  birthDate: string | null;
  ethnicity: string | null;
  sectorName: string;
  partyName: string | null;
  specialCommittees: { name: string; position: Position }[];
  employer: string | null;
  phone: string | null;
  isStanding: boolean;
  liaisonGroupName: string | null;
  termName: string;
  note: string | null;
  status: 'active' | 'left';
  leftDate: string | null;
};

export function memberRosterRow(m: RosterMember): SheetCell[] {
  const byKey: Record<RosterKey, SheetCell> = {
    name: m.name,
    gender: m.gender ? genderLabels[m.gender] : null,
    birthDate: excelDate(m.birthDate),
    ethnicity: m.ethnicity,
    sector: m.sectorName,
    party: m.partyName,
    specialCommittees: formatSpecialCommittees(m.specialCommittees) || null,
    employer: m.employer,
    phone: m.phone,
    isStanding: m.isStanding ? '是' : '否',
    liaisonGroup: m.liaisonGroupName,
    term: m.termName,
    note: m.note,
  };
  return [...ROSTER_COLUMNS.map((c) => byKey[c.key]), memberStatusLabels[m.status], excelDate(m.leftDate)];
}

/** One fictional member, using the committee's own names so that the example is a valid row. */
export function templateExampleRow(lookups: RosterLookups): SheetCell[] {
  const [firstSc, secondSc] = lookups.specialCommittees;
  const current = lookups.terms.find((t) => t.isCurrent) ?? lookups.terms.at(-1);
  const byKey: Record<RosterKey, SheetCell> = {
    name: '张明远',
    gender: '男',
    birthDate: excelDate('1975-03-08'),
    ethnicity: '汉族',
    sector: lookups.sectors[0]?.name ?? '经济界',
    party: lookups.parties[0]?.name ?? null,
    specialCommittees: [firstSc && `${firstSc.name}(副主任)`, secondSc?.name].filter(Boolean).join('、') || null,
    employer: '某某科技有限公司总经理',
    phone: '13800000000',
    isStanding: '否',
    liaisonGroup: lookups.liaisonGroups[0]?.name ?? null,
    term: current?.name ?? null,
    note: '示例行，导入前请删除',
  };
  return ROSTER_COLUMNS.map((c) => byKey[c.key]);
}

export const ROSTER_GUIDE = [
  '1. 第1行为表头，请勿修改列名；带*的列必须填写。列的顺序可以调整，多余的列会被忽略。',
  '2. 性别填“男”或“女”；常委填“是”或“否”（不填为否）。',
  '3. 出生日期可填Excel日期，或文字1975-03-08、1975/3/8、1975年3月8日。',
  '4. 界别、党派、专委会、联络组、届次须与“可选值”表中的名称一致；专委会也可填简称。',
  '5. 一人参加多个专委会时用“、”或“，”分隔；职务写在括号中，如“经济委员会(副主任)”，不写为委员。',
  '6. 届次不填时为当前届次。手机号为11位手机号码，不能与本会其他委员重复。',
  '7. 上传后先预览检查，确认无误再导入；示例行请在导入前删除。',
];

/** 委员名册-YYYYMMDD.xlsx, dated in China time whatever the server's time zone. */
export function exportFileName(now: Date): string {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  return `委员名册-${day.replaceAll('-', '')}.xlsx`;
}
