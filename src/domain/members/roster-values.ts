import { positionLabels, SPECIAL_COMMITTEE_POSITIONS } from './member-schema';
import type { RosterCell } from './roster-columns';

/** How cells of the roster are read and written: dates, 是/否, 性别, phone numbers and the 专委会 list. */

export type Parsed<T> = { ok: true; value: T } | { ok: false };
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = { ok: false } as const;

const pad = (n: number) => String(n).padStart(2, '0');
const DAY_MS = 86_400_000;
/** Day 0 of Excel's 1900 date system, as used by .xlsx files (the 1900 leap-year bug included). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** A cell as text the user would recognise: dates as YYYY-MM-DD, numbers without exponent. */
export function cellText(cell: RosterCell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return isoOfUtc(cell);
  if (typeof cell === 'number') return Number.isInteger(cell) ? cell.toFixed(0) : String(cell);
  if (typeof cell === 'boolean') return cell ? '是' : '否';
  return cell.trim();
}

// Spreadsheets store dates as UTC midnight; a float error may leave it a few milliseconds short.
function isoOfUtc(date: Date): string {
  const d = new Date(Math.round(date.getTime() / 60_000) * 60_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function isoOf(year: number, month: number, day: number): Parsed<string> {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return bad;
  return ok(`${year}-${pad(month)}-${pad(day)}`);
}

const DATE_PATTERNS = [/^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/, /^(\d{4})年(\d{1,2})月(\d{1,2})日?$/, /^(\d{4})(\d{2})(\d{2})$/];

/** A date from an Excel date cell, an Excel serial number, or text: 1975-03-08, 1975/3/8, 1975.3.8, 1975年3月8日, 19750308. */
export function parseDate(cell: RosterCell): Parsed<string | null> {
  if (cell === null || cell === '') return ok(null);
  if (cell instanceof Date) {
    const iso = isoOfUtc(cell);
    const [y, m, d] = iso.split('-').map(Number);
    return isoOf(y, m, d);
  }
  if (typeof cell === 'number') {
    if (!Number.isInteger(cell) || cell < 1 || cell > 2_958_465) return bad;
    return parseDate(new Date(EXCEL_EPOCH_MS + cell * DAY_MS));
  }
  const text = cellText(cell).normalize('NFKC').replace(/\s+/g, '');
  if (text === '') return ok(null);
  for (const pattern of DATE_PATTERNS) {
    const m = pattern.exec(text);
    if (m) return isoOf(Number(m[1]), Number(m[2]), Number(m[3]));
  }
  return bad;
}

const GENDERS: Record<string, 'male' | 'female'> = { 男: 'male', 男性: 'male', 女: 'female', 女性: 'female' };

export function parseGender(cell: RosterCell): Parsed<'male' | 'female' | null> {
  const text = cellText(cell);
  if (text === '') return ok(null);
  const gender = GENDERS[text];
  return gender ? ok(gender) : bad;
}

/** 常委: 是/否; an empty cell is 否. Excel's TRUE/FALSE are read as well. */
export function parseYesNo(cell: RosterCell): Parsed<boolean> {
  if (typeof cell === 'boolean') return ok(cell);
  const text = cellText(cell);
  if (text === '' || text === '否') return ok(false);
  if (text === '是') return ok(true);
  return bad;
}

/** A mobile number without the spaces, dashes or +86 people type into it; the caller checks the format. */
export function normalisePhone(cell: RosterCell): string {
  return cellText(cell)
    .normalize('NFKC')
    .replace(/[\s-]/g, '')
    .replace(/^\+?86(?=1\d{10}$)/, '');
}

export const isMobilePhone = (phone: string) => /^1[3-9]\d{9}$/.test(phone);

/** A name as typed, for matching against organisation records: full-width forms and spaces do not matter. */
export const normaliseName = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

/** Marks people put into an optional cell to say "none". */
export const isNoneMark = (text: string) => ['', '无', '/', '-', '—'].includes(text);

export type Position = (typeof SPECIAL_COMMITTEE_POSITIONS)[number];
const POSITIONS: Record<string, Position> = { 主任: 'director', 副主任: 'deputy_director', 委员: 'member', 成员: 'member' };

/** One entry of the 专委会 cell: "经济委员会(副主任)" → name and position; a missing suffix means 委员. */
export type SpecialCommitteeEntry = { name: string; position: Position | null; positionText: string | null };

/** Splits "经济委员会(副主任)、提案委员会" at 、，, ; and line breaks; position is null where the suffix is not a known one. */
export function splitSpecialCommittees(cell: RosterCell): SpecialCommitteeEntry[] {
  return cellText(cell)
    .split(/[、，,；;\n]+/)
    .map((part) => part.trim())
    .filter((part) => !isNoneMark(part))
    .map((part) => {
      const m = /^(.+?)\s*[(（]\s*([^()（）]*?)\s*[)）]$/.exec(part);
      if (!m) return { name: part, position: 'member', positionText: null };
      return { name: m[1], position: POSITIONS[m[2]] ?? null, positionText: m[2] };
    });
}

/** The 专委会 cell as the roster writes it: the position in brackets unless it is 委员. */
export function formatSpecialCommittees(list: { name: string; position: Position }[]): string {
  return list.map((s) => (s.position === 'member' ? s.name : `${s.name}(${positionLabels[s.position]})`)).join('、');
}

const DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** The number in "第五届", "五届", "第5届", "5" or "十二届"; null if the text is not of that form. */
export function termNumberOf(text: string): number | null {
  const m = /^第?([0-9]+|[一二三四五六七八九十]+)届?$/.exec(normaliseName(text));
  if (!m) return null;
  const numeral = m[1];
  if (/^[0-9]+$/.test(numeral)) return Number(numeral);
  const ten = numeral.indexOf('十');
  if (ten === -1) return numeral.length === 1 ? DIGITS[numeral] : null;
  if (numeral.length > 3 || numeral.indexOf('十', ten + 1) !== -1) return null;
  const tens = ten === 0 ? 1 : DIGITS[numeral.slice(0, ten)];
  const units = ten === numeral.length - 1 ? 0 : DIGITS[numeral.slice(ten + 1)];
  return tens === undefined || units === undefined ? null : tens * 10 + units;
}
