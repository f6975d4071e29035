import { validationError } from '../../errors/app-error';

/** A cell as the roster rules see it: what a spreadsheet cell holds once formulas and rich text are resolved. */
export type RosterCell = string | number | boolean | Date | null;

/** The first worksheet of an uploaded file: row 1 is the header; `row` is the Excel row number. */
export type RosterSheet = { headers: RosterCell[]; rows: { row: number; cells: RosterCell[] }[] };

/**
 * The columns of the member roster (委员名册), in template order. The same list drives the template,
 * the importer and the export, so a file exported here can be read back by the importer.
 */
export const ROSTER_COLUMNS = [
  { key: 'name', header: '姓名', required: true, maxLength: 50, width: 10, aliases: [] },
  { key: 'gender', header: '性别', required: false, maxLength: null, width: 6, aliases: [] },
  { key: 'birthDate', header: '出生日期', required: false, maxLength: null, width: 12, aliases: ['出生年月日'] },
  { key: 'ethnicity', header: '民族', required: false, maxLength: 20, width: 8, aliases: [] },
  { key: 'sector', header: '界别', required: true, maxLength: null, width: 18, aliases: [] },
  { key: 'party', header: '党派', required: false, maxLength: null, width: 12, aliases: ['党派团体', '党派/团体'] },
  { key: 'specialCommittees', header: '专委会', required: false, maxLength: null, width: 30, aliases: ['专门委员会'] },
  { key: 'employer', header: '工作单位及职务', required: false, maxLength: 200, width: 30, aliases: ['工作单位', '单位及职务'] },
  { key: 'phone', header: '手机号', required: false, maxLength: null, width: 14, aliases: ['手机', '手机号码', '联系电话'] },
  { key: 'isStanding', header: '常委', required: false, maxLength: null, width: 6, aliases: ['是否常委'] },
  { key: 'liaisonGroup', header: '联络组', required: false, maxLength: null, width: 12, aliases: [] },
  { key: 'term', header: '届次', required: false, maxLength: null, width: 8, aliases: ['届别'] },
  { key: 'note', header: '备注', required: false, maxLength: 500, width: 20, aliases: [] },
] as const;

export type RosterColumn = (typeof ROSTER_COLUMNS)[number];
export type RosterKey = RosterColumn['key'];

/** The header as the template writes it: required columns carry a star. */
export const templateHeader = (column: RosterColumn) => (column.required ? `${column.header}*` : column.header);

export const columnLabel = (key: RosterKey) => ROSTER_COLUMNS.find((c) => c.key === key)?.header ?? key;

/** The most rows one file may carry: a committee has a few hundred members, so more is a wrong file. */
export const MAX_ROSTER_ROWS = 5000;

/**
 * Reduces a header as people type it to the column's name: spaces and line breaks, the required star,
 * full-width forms and a hint in brackets ("出生日期（YYYY-MM-DD）") do not matter.
 */
export function normaliseHeader(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[*＊]/g, '')
    .replace(/\(.*\)$/, '');
}

const columnByHeader = new Map<string, RosterKey>(
  ROSTER_COLUMNS.flatMap((c) => [c.header, ...c.aliases].map((h) => [normaliseHeader(h), c.key] as const)),
);

/**
 * Finds each known column in the header row (any order; unknown headers are ignored).
 * A missing required column or a column given twice makes the whole file unusable.
 */
export function mapHeaders(headers: RosterCell[]): Map<RosterKey, number> {
  const found = new Map<RosterKey, number>();
  headers.forEach((cell, index) => {
    if (typeof cell !== 'string') return;
    const key = columnByHeader.get(normaliseHeader(cell));
    if (!key) return;
    if (found.has(key)) throw validationError('file', `表头“${columnLabel(key)}”出现了两次，请删除重复的列`);
    found.set(key, index);
  });
  const missing = ROSTER_COLUMNS.filter((c) => c.required && !found.has(c.key)).map((c) => c.header);
  if (missing.length > 0) {
    throw validationError('file', `缺少必填列：${missing.join('、')}（第1行应为表头，请使用导入模板）`);
  }
  return found;
}
