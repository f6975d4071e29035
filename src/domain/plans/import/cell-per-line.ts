import { fit } from './cell-fit';
import { isFormHeading, isNonItemHeading } from './forms';
import { readHeading } from './headings';
import { isTrailer, NAME_END, NAME_START } from './line-shapes';
import { columnField, isEmptyCell, printedWidth, type TableColumn } from './table';

type Field = TableColumn['field'];

/**
 * A cell of a PDF table wrapped at its column's width: every line but the last is cut at about the same length and
 * the last is no longer ("县政协社会法制" "和民族宗教委员" "会").
 */
function isWrappedCell(group: string[]): boolean {
  if (group.length < 2 || group.some((l) => !l)) return false;
  // Widths in full-width characters: letters, digits and "+" take half.
  const width = (line: string) => printedWidth(line) / 2;
  const cut = group.slice(0, -1).map(width);
  const most = Math.max(...cut);
  return most - Math.min(...cut) <= 1 && width(group.at(-1)!) <= most + 0.5 && cut.every((n) => n >= 3) && !group.slice(0, -1).some((l) => /[。；;]$/.test(l));
}

/** Joins a cell's lines: a list cell's paragraphs are names ("县发改局" "县财政局"), a wrapped name runs on. */
function joinCell(field: Field, group: string[]): string {
  if (field !== 'leadUnits' && field !== 'consultedDepartments') return group.join('');
  return group.reduce((text, line) => (!text ? line : text + (NAME_END.test(text) && !/[、,，]$/.test(text) && NAME_START.test(line) ? '、' : '') + line), '');
}

/** How well a run of lines fits a column as one cell: as paragraphs, or as one text wrapped at the column's width. */
function groupFit(field: Field, group: string[]): number {
  if (group.length === 0) return -1.5;
  if (group.length === 1) return fit(field, group[0]);
  if (group.some((l) => !l)) return -10;
  // A cell holding one value (a time, a form, a person) is not read as several paragraphs that each fit.
  const single = field === 'time' || field === 'form' || field === 'leadLeader';
  const paragraphs = (single ? fit(field, joinCell(field, group)) : group.reduce((sum, l) => sum + fit(field, l), 0)) - 0.5 * (group.length - 1);
  return isWrappedCell(group) ? Math.max(paragraphs, fit(field, joinCell(field, group)) + 0.5 * (group.length - 1)) : paragraphs;
}

/**
 * Spreads a row's lines over its columns in order: each column takes a run of consecutive lines (a cell with two
 * paragraphs, or one wrapped at the column's width) or none (an empty cell); a blank line is an empty cell. The
 * spread that fits best wins.
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
      for (let j = Math.max(0, k - 6); j <= k; j++) {
        if (best[c - 1][j] === -Infinity) continue;
        const score = groupFit(fields[c - 1], lines.slice(j, k));
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
    const group = lines.slice(j, k).filter((l) => l && !isEmptyCell(l));
    cells[c - 1] = joinCell(fields[c - 1], group);
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
    if (header.length < 3 || !fields.includes('title') || (fields[0] !== 'seq' && header.length < 4)) {
      out.push(lines[i]);
      continue;
    }
    const n = header.length;
    out.push({ ...header[0], norm: header.map(text).join('\t'), raw: header.map((l) => l.raw.trim()).join('\t') });
    let k = i + n;
    if (fields[0] !== 'seq') {
      // Without a number to start each row, every row is its cells, one a line ("/" or a blank line when empty),
      // for as long as the lines fit the columns.
      for (; k + n <= lines.length; k += n) {
        const row = lines.slice(k, k + n).map(text);
        if (!row[0] || endsTable(row[0]) || row.reduce((sum, cell, c) => sum + fit(fields[c], cell), 0) < n / 2) break;
        const cells = row.map((cell) => (isEmptyCell(cell) ? '' : cell));
        out.push({ ...lines[k], norm: cells.join('\t'), raw: cells.join('\t') });
      }
      i = k - 1;
      continue;
    }
    for (let seq = 1; k < lines.length; seq++) {
      // A row naming a form ("二、常委会议协商（2次）") between the numbered rows stays a line of its own.
      // Rows of a web table may be set apart by blank lines.
      const end = k;
      while (k < lines.length && !text(lines[k])) k++;
      const blanks = k;
      while (k < lines.length && text(lines[k]) !== String(seq) && isGroupRow(text(lines[k]))) out.push(lines[k++]);
      if (k >= lines.length || text(lines[k]) !== String(seq)) {
        // The table ended: the blank lines after it stay, so the paragraph below is not read as its last cell.
        if (k === blanks) k = end;
        break;
      }
      // The row's lines: up to the next number; the last row up to where its cells are filled or the table ends.
      const body: string[] = [];
      let j = k + 1;
      for (; j < lines.length && j <= k + 4 * n; j++) {
        // The header again at the top of a new page.
        if (header.every((h, x) => text(lines[j + x]) === text(h))) {
          j += n - 1;
          continue;
        }
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
