import { classifyForm, isFormHeading, isNonItemHeading } from './forms';
import { readHeading } from './headings';
import { isTrailer, NAME_END } from './line-shapes';
import { columnField, type TableColumn } from './table';
import { looksLikeTime } from './time-range';

type Field = TableColumn['field'];
/** CPPCC bodies (special committees, sectors, parties) lead; government departments are consulted. */
const CPPCC_BODY = /政协|界$|界别|民革|民盟|民建|民进|农工|致公|九三|工商联|台盟|无党派/;
const DEPARTMENT = /局$|局、|政府|海关|法院|检察院|中心$|办$|公司$/;

/** How well a line fits a column: positive when it looks like that column's content. */
function fit(field: Field, text: string): number {
  if (!text) return 0;
  const time = looksLikeTime(text) && text.length <= 16;
  switch (field) {
    case 'time':
      return time ? 3 : -3;
    case 'form':
      return classifyForm(text) && text.length <= 20 ? 3 : -2;
    case 'leadUnits':
      return time ? -3 : (CPPCC_BODY.test(text) ? 2 : 0) + (DEPARTMENT.test(text) && !CPPCC_BODY.test(text) ? -1 : 0) + (NAME_END.test(text) ? 1 : 0);
    case 'consultedDepartments':
      return time ? -3 : (DEPARTMENT.test(text) ? 2 : 0) + (CPPCC_BODY.test(text) && !DEPARTMENT.test(text) ? -1 : 0) + (NAME_END.test(text) ? 1 : 0);
    case 'title':
      return time ? -2 : NAME_END.test(text) && text.length <= 14 ? 0 : 1;
    default:
      return time ? -1 : 0;
  }
}

/**
 * Spreads a row's lines over its columns in order: each column takes a run of consecutive lines (a cell with two
 * paragraphs) or none (an empty cell); a blank line is an empty cell. The spread that fits best wins.
 */
export function spreadRow(lines: string[], fields: Field[]): string[] {
  const m = lines.length;
  const n = fields.length;
  // best[c][k]: the best score with the first c columns holding the first k lines.
  const best: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(-Infinity));
  const from: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  best[0][0] = 0;
  for (let c = 1; c <= n; c++) {
    for (let k = 0; k <= m; k++) {
      for (let j = Math.max(0, k - 4); j <= k; j++) {
        if (best[c - 1][j] === -Infinity) continue;
        const group = lines.slice(j, k);
        let score: number;
        if (group.length === 0) score = -1.5;
        else if (group.length === 1) score = fit(fields[c - 1], group[0]);
        else if (group.some((l) => !l)) score = -10;
        else score = group.reduce((sum, l) => sum + fit(fields[c - 1], l), 0) - 0.5 * (group.length - 1);
        if (best[c - 1][j] + score > best[c][k]) {
          best[c][k] = best[c - 1][j] + score;
          from[c][k] = j;
        }
      }
    }
  }
  const cells: string[] = new Array<string>(n).fill('');
  for (let c = n, k = m; c > 0; c--) {
    const j = from[c][k];
    // "/" or "—" in a cell: nothing there.
    const group = lines.slice(j, k).filter((l) => l && !/^[/／\-—–]+$/.test(l));
    // Two paragraphs of one cell: names go on as a list, other text runs on.
    cells[c - 1] = group.join(fields[c - 1] === 'leadUnits' || fields[c - 1] === 'consultedDepartments' ? '、' : '');
    k = j;
  }
  return cells;
}

/** "一、全体会议协商（1次）": a row of a web table naming the form of the rows below. */
function isGroupRow(text: string): boolean {
  const heading = readHeading(text);
  return !!heading && isFormHeading(heading.text) && text.length <= 24;
}

/** A line after a table's last row that is no longer part of it. */
function endsTable(text: string): boolean {
  return /^(附件|合计|总计|共计)/.test(text) || isTrailer(text) || isNonItemHeading(text) || /。/.test(text) || text.length > 60;
}

/**
 * A Word table whose text came out one cell a line (header cells, then each row's cells in turn) is put back
 * together: the header and each row become one tab-separated line. A row runs from its number to the next one; a
 * cell of two paragraphs or an empty cell (a blank line) is spread over the columns by what each line looks like.
 */
export function foldCellPerLineTables<L extends { no: number; norm: string; raw: string }>(lines: L[]): L[] {
  const out: L[] = [];
  const text = (l: L | undefined) => (l ? l.norm.trim() : '');
  for (let i = 0; i < lines.length; i++) {
    const header: L[] = [];
    for (let j = i; j < lines.length && text(lines[j]) && columnField(text(lines[j])) && !text(lines[j]).includes('\t'); j++) header.push(lines[j]);
    const fields = header.map((l) => columnField(text(l))!);
    if (header.length < 3 || fields[0] !== 'seq' || !fields.includes('title')) {
      out.push(lines[i]);
      continue;
    }
    const n = header.length;
    out.push({ ...header[0], norm: header.map(text).join('\t'), raw: header.map((l) => l.raw.trim()).join('\t') });
    let k = i + n;
    for (let seq = 1; k < lines.length; seq++) {
      // A row naming a form ("二、常委会议协商（2次）") between the numbered rows stays a line of its own.
      while (k < lines.length && text(lines[k]) !== String(seq) && isGroupRow(text(lines[k]))) out.push(lines[k++]);
      if (k >= lines.length || text(lines[k]) !== String(seq)) break;
      // The row's lines: up to the next number; the last row up to where its cells are filled or the table ends.
      const body: string[] = [];
      let j = k + 1;
      for (; j < lines.length && j <= k + 3 * n; j++) {
        const t = text(lines[j]);
        if (t === String(seq + 1)) break;
        if (endsTable(t) || isGroupRow(t)) break;
        if (!t && body.length >= n - 1) break;
        body.push(t);
      }
      while (body.length > n - 1 && !body.at(-1)) body.pop();
      const cells = spreadRow(body, fields.slice(1));
      out.push({ ...lines[k], norm: [String(seq), ...cells].join('\t'), raw: [String(seq), ...cells].join('\t') });
      k = j;
    }
    i = k - 1;
  }
  return out;
}
