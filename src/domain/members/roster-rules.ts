import { validationError } from '../../errors/app-error';
import type { MemberInput } from './member-schema';
import { columnLabel, mapHeaders, MAX_ROSTER_ROWS, ROSTER_COLUMNS, type RosterCell, type RosterKey, type RosterSheet } from './roster-columns';
import {
  cellText,
  formatSpecialCommittees,
  isMobilePhone,
  isNoneMark,
  normaliseName,
  normalisePhone,
  parseDate,
  parseGender,
  parseYesNo,
  splitSpecialCommittees,
  termNumberOf,
} from './roster-values';

/** The committee's organisation records and used phone numbers, loaded by the caller: the rules do no I/O. */
export type RosterLookups = {
  terms: { id: string; name: string; number: number; isCurrent: boolean }[];
  sectors: { id: string; name: string }[];
  parties: { id: string; name: string }[];
  specialCommittees: { id: string; name: string; shortName: string | null }[];
  liaisonGroups: { id: string; name: string }[];
  /** Phone numbers already used by members of this committee → the member's name. */
  phonesInUse: ReadonlyMap<string, string>;
};

/** A problem in one cell: field is the Chinese column name, the message names the field. */
export type RowError = { field: string; message: string };
export type RosterValues = Record<RosterKey, string>;
export type CheckedRow = { row: number; values: RosterValues; errors: RowError[]; input: MemberInput | null };
export type RosterCheck = { rows: CheckedRow[]; validCount: number; invalidCount: number };
/** A problem as the import refusal lists it. */
export type RosterProblem = RowError & { row: number };

type Named = { id: string; name: string };

function indexByName<T extends Named>(records: T[], extraNames: (r: T) => (string | null)[] = () => []): Map<string, T> {
  const index = new Map<string, T>();
  for (const r of records) for (const n of [...extraNames(r), r.name]) if (n) index.set(normaliseName(n), r);
  return index;
}

function buildIndexes(lookups: RosterLookups) {
  return {
    sectors: indexByName(lookups.sectors),
    parties: indexByName(lookups.parties),
    specialCommittees: indexByName(lookups.specialCommittees, (s) => [s.shortName]),
    liaisonGroups: indexByName(lookups.liaisonGroups),
    terms: indexByName(lookups.terms),
    termsByNumber: new Map(lookups.terms.map((t) => [t.number, t])),
    currentTerm: lookups.terms.find((t) => t.isCurrent) ?? null,
  };
}
type Indexes = ReturnType<typeof buildIndexes>;

const isBlankRow = (cells: RosterCell[]) => cells.every((c) => cellText(c) === '');

/**
 * Checks every row of an uploaded roster against the committee's records. Each row gets its values as
 * the preview shows them, its problems, and — when it has none — the member input to insert.
 * A file without the required columns or without data is refused as a whole.
 */
export function checkRoster(sheet: RosterSheet, lookups: RosterLookups): RosterCheck {
  const columns = mapHeaders(sheet.headers);
  const dataRows = sheet.rows.filter((r) => !isBlankRow(r.cells));
  if (dataRows.length === 0) throw validationError('file', '文件中没有委员数据（第1行为表头，数据从第2行开始）');
  if (dataRows.length > MAX_ROSTER_ROWS) throw validationError('file', `文件有${dataRows.length}行数据，每次最多导入${MAX_ROSTER_ROWS}行`);
  const indexes = buildIndexes(lookups);
  const rows = dataRows.map((r) => {
    const cell = (key: RosterKey): RosterCell => {
      const index = columns.get(key);
      return index === undefined ? null : (r.cells[index] ?? null);
    };
    return checkRow(r.row, cell, indexes, lookups);
  });
  flagDuplicatePhones(rows);
  for (const row of rows) if (row.errors.length > 0) row.input = null;
  const invalidCount = rows.filter((r) => r.errors.length > 0).length;
  return { rows, validCount: rows.length - invalidCount, invalidCount };
}

function checkRow(rowNumber: number, cell: (key: RosterKey) => RosterCell, ix: Indexes, lookups: RosterLookups): CheckedRow {
  const errors: RowError[] = [];
  const fail = (key: RosterKey, message: string) => errors.push({ field: columnLabel(key), message });
  const values = Object.fromEntries(ROSTER_COLUMNS.map((c) => [c.key, cellText(cell(c.key))])) as RosterValues;

  for (const column of ROSTER_COLUMNS) {
    if (column.maxLength !== null && values[column.key].length > column.maxLength) {
      fail(column.key, `${column.header}不能超过${column.maxLength}个字`);
    }
  }
  if (values.name === '') fail('name', '请填写姓名');

  const gender = parseGender(cell('gender'));
  if (!gender.ok) fail('gender', `性别“${values.gender}”无效，只能填“男”或“女”`);
  else values.gender = gender.value === null ? '' : gender.value === 'male' ? '男' : '女';

  const birthDate = parseDate(cell('birthDate'));
  if (!birthDate.ok) fail('birthDate', `出生日期“${values.birthDate}”无效（可填1975-03-08、1975/3/8或1975年3月8日）`);
  else values.birthDate = birthDate.value ?? '';

  const isStanding = parseYesNo(cell('isStanding'));
  if (!isStanding.ok) fail('isStanding', `常委“${values.isStanding}”无效，只能填“是”或“否”`);
  else values.isStanding = isStanding.value ? '是' : '否';

  const phone = normalisePhone(cell('phone'));
  if (phone !== '') {
    values.phone = phone;
    if (!isMobilePhone(phone)) fail('phone', `手机号“${phone}”格式不正确（应为11位手机号码）`);
    else if (lookups.phonesInUse.has(phone)) fail('phone', `手机号${phone}已被本会委员${lookups.phonesInUse.get(phone)}使用`);
  }

  const sector = ix.sectors.get(normaliseName(values.sector));
  if (values.sector === '') fail('sector', '请填写界别');
  else if (!sector) fail('sector', `界别“${values.sector}”不存在，请检查名称或先在组织机构中添加`);
  else values.sector = sector.name;

  const party = optionalRecord('party', '党派', values, ix.parties, fail);
  const liaisonGroup = optionalRecord('liaisonGroup', '联络组', values, ix.liaisonGroups, fail);
  const term = findTerm(values, ix, fail);
  const specialCommittees = findSpecialCommittees(cell('specialCommittees'), values, ix, fail);

  const input: MemberInput | null =
    errors.length > 0 || !sector || !term || !gender.ok || !birthDate.ok || !isStanding.ok
      ? null
      : {
          name: values.name,
          gender: gender.value,
          birthDate: birthDate.value,
          ethnicity: values.ethnicity || null,
          termId: term.id,
          sectorId: sector.id,
          partyId: party?.id ?? null,
          liaisonGroupId: liaisonGroup?.id ?? null,
          studioId: null,
          employer: values.employer || null,
          phone: phone || null,
          isStanding: isStanding.value,
          specialCommittees,
          note: values.note || null,
        };
  return { row: rowNumber, values, errors, input };
}

type Fail = (key: RosterKey, message: string) => void;

function optionalRecord<T extends Named>(key: RosterKey, label: string, values: RosterValues, index: Map<string, T>, fail: Fail): T | null {
  if (isNoneMark(values[key])) {
    values[key] = '';
    return null;
  }
  const found = index.get(normaliseName(values[key]));
  if (!found) fail(key, `${label}“${values[key]}”不存在，请检查名称或先在组织机构中添加`);
  else values[key] = found.name;
  return found ?? null;
}

function findTerm(values: RosterValues, ix: Indexes, fail: Fail) {
  if (values.term === '') {
    if (!ix.currentTerm) fail('term', '未设置当前届次，请填写届次');
    else values.term = ix.currentTerm.name;
    return ix.currentTerm;
  }
  const number = termNumberOf(values.term);
  const term = ix.terms.get(normaliseName(values.term)) ?? (number === null ? undefined : ix.termsByNumber.get(number));
  if (!term) fail('term', `届次“${values.term}”不存在`);
  else values.term = term.name;
  return term ?? null;
}

function findSpecialCommittees(cell: RosterCell, values: RosterValues, ix: Indexes, fail: Fail): MemberInput['specialCommittees'] {
  const found: (MemberInput['specialCommittees'][number] & { name: string })[] = [];
  let problems = 0;
  const failHere: Fail = (key, message) => {
    problems += 1;
    fail(key, message);
  };
  for (const entry of splitSpecialCommittees(cell)) {
    const sc = ix.specialCommittees.get(normaliseName(entry.name));
    if (!sc) failHere('specialCommittees', `专委会“${entry.name}”不存在，请检查名称或先在组织机构中添加`);
    else if (entry.position === null) failHere('specialCommittees', `专委会职务“${entry.positionText}”无效，只能是主任、副主任或委员`);
    else if (found.some((f) => f.specialCommitteeId === sc.id)) failHere('specialCommittees', `专委会“${sc.name}”填写了两次`);
    else found.push({ specialCommitteeId: sc.id, position: entry.position, name: sc.name });
  }
  if (found.length > 10) failHere('specialCommittees', '专委会最多填写10个');
  // The preview shows the matched names only when the whole cell was understood; otherwise what was typed.
  if (problems === 0) values.specialCommittees = formatSpecialCommittees(found);
  return found.map(({ specialCommitteeId, position }) => ({ specialCommitteeId, position }));
}

/** The same phone on two rows of one file is a problem on both, each naming the other rows. */
function flagDuplicatePhones(rows: CheckedRow[]) {
  const byPhone = new Map<string, CheckedRow[]>();
  for (const row of rows) {
    const phone = row.values.phone;
    if (!isMobilePhone(phone)) continue;
    byPhone.set(phone, [...(byPhone.get(phone) ?? []), row]);
  }
  for (const [phone, group] of byPhone) {
    if (group.length < 2) continue;
    for (const row of group) {
      const others = group.filter((g) => g !== row).map((g) => g.row);
      row.errors.push({ field: columnLabel('phone'), message: `手机号${phone}与第${others.join('、')}行重复` });
    }
  }
}

/** Every problem of the file, flat, in row order. */
export function rosterProblems(check: RosterCheck): RosterProblem[] {
  return check.rows.flatMap((r) => r.errors.map((e) => ({ row: r.row, ...e })));
}
