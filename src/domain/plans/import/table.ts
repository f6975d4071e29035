import { fit } from './cell-fit';
import { fieldOfLabel, type ItemField } from './labels';

/** A column of a plan laid out as a table: the field it fills and where its header starts on the line. */
export type TableColumn = { field: ItemField | 'seq' | 'ignore'; start: number; printed?: number };
/**
 * A cell of a row, with where it starts: as a character index (for tabs, its column number), and as printed in a
 * fixed-width font, where a Chinese character takes two columns. A table lined up with spaces may follow either.
 */
export type Cell = { start: number; printed: number; text: string };

const SEQ = /^(序号|编号|序)$/;
const IGNORED = /^(备注|说明|完成情况|成果形式|联系人|类别|分类)$/;

/** A column name on its own: "序号", "协商议题", "承办单位", or one no notice used before ("拟安排时间", "配合部门"). */
export function columnField(text: string): TableColumn['field'] | null {
  const name = text.replace(/[\s:：]/g, '');
  return SEQ.test(name) ? 'seq' : IGNORED.test(name) ? 'ignore' : (fieldOfLabel(name) ?? guessColumnField(name));
}

/** A column name read by the words in it, in this order: who leads on the committee's side is asked last. */
const COLUMN_WORDS: [RegExp, ItemField][] = [
  [/领导|主席$/, 'leadLeader'],
  [/时间|月份|时限|日期|时段/, 'time'],
  [/形式|方式|类型/, 'form'],
  [/品牌/, 'brandTag'],
  [/会议/, 'meeting'],
  [/(配合|协同|协办|参与|参加|邀请|应邀|协商|对口|联系|会商|相关).{0,2}(部门|单位|对象)$/, 'consultedDepartments'],
  [/牵头|承办|主办|责任|负责|组织|专委|委室|界别/, 'leadUnits'],
  [/议题|题目|主题|课题|名称/, 'title'],
  [/内容|重点|要点/, 'contents'],
  [/人员/, 'participants'],
];

function guessColumnField(name: string): ItemField | null {
  // A column is named by a noun for what it holds: "全体会议协商" is a form written in a cell, not a column.
  if (name.length < 2 || name.length > 8 || /[\p{P}\d]/u.test(name)) return null;
  if (!/(时间|月份|时限|日期|时段|部门|单位|对象|领导|主席|形式|方式|类型|品牌|会议|议题|题目|主题|课题|名称|内容|重点|要点|人员|专委会?|委室|界别)$/.test(name)) return null;
  return COLUMN_WORDS.find(([words]) => words.test(name))?.[1] ?? null;
}

/**
 * Splits a line of a table flattened to text into its cells: by tabs, or by runs of two or more spaces (a single
 * space may sit inside a topic). Each cell keeps the position it starts at (for tabs, its column number), for
 * lining up rows with empty cells and continuation lines.
 */
export function splitCells(line: string): Cell[] {
  const cells: Cell[] = [];
  if (line.includes('\t')) {
    // Tab-separated (a Word table's row): a cell's position is its column number, so empty cells keep their place.
    line.split('\t').forEach((text, i) => {
      if (text.trim()) cells.push({ start: i, printed: i, text: text.trim() });
    });
    return cells;
  }
  for (const m of line.matchAll(/\S+(?: \S+)*/g)) {
    const text = m[0].trim();
    if (text) cells.push({ start: m.index!, printed: printedWidth(line.slice(0, m.index!)), text });
  }
  return cells;
}

/**
 * The columns of a table header row ("序号  协商议题  协商形式  牵头单位  协商部门  时间"), or null when the line is
 * not one: at least three cells, each a known column name, one of them the topic.
 */
export function readTableHeader(line: string): TableColumn[] | null {
  const cells = splitCells(line);
  if (cells.length < 3) return null;
  const columns: TableColumn[] = [];
  for (const cell of cells) {
    const field = columnField(cell.text);
    if (!field) return null;
    columns.push({ field, start: cell.start, printed: cell.printed });
  }
  if (!columns.some((c) => c.field === 'title')) {
    // Without a topic column, a 协商内容 column holds the topics.
    const contents = columns.find((c) => c.field === 'contents');
    if (!contents) return null;
    contents.field = 'title';
  }
  return columns;
}

/**
 * The second line of a header whose first line has a cell spanning two columns ("责任单位" over "牵头单位" and
 * "协商部门"): the columns it names, by tab position, replace or join those of the first line. Null when the line is
 * not such a header line.
 */
export function refineHeader(columns: TableColumn[], line: string): TableColumn[] | null {
  if (!line.includes('\t')) return null;
  const cells = splitCells(line);
  if (!cells.length || !cells.every((c) => columnField(c.text))) return null;
  const refined = [...columns];
  for (const cell of cells) {
    const field = columnField(cell.text)!;
    const at = refined.findIndex((c) => c.start === cell.start);
    if (at >= 0) refined[at] = { field, start: cell.start };
    else refined.push({ field, start: cell.start });
  }
  return refined.sort((a, b) => a.start - b.start);
}

/** A data row starts with its number ("1", "12", "一") followed by at least two more cells. */
export function isTableRow(cells: Cell[], columns: TableColumn[], tabs = false): boolean {
  // A Word row whose cell breaks after its second cell ("8\t保护利用工业遗产" then "讲好老城故事\t…") starts with two.
  if (cells.length < Math.min(tabs && columns[0].field === 'seq' ? 2 : 3, columns.length)) return false;
  return columns[0].field !== 'seq' || /^(\d{1,3}|[一二三四五六七八九十]{1,3})[.、．]?$/.test(cells[0].text);
}

/** Where the cells of a row start, by index and as printed. */
export type RowStarts = { start: number[]; printed: number[] };

/**
 * Which column each cell belongs to. A full row maps in order; a row with empty cells, or a continuation line,
 * puts each cell in the column whose start (in the previous row, else the header) is nearest, keeping the order,
 * measured the way (by index or as printed) that lines the cells up best.
 */
export function assignCells(cells: Cell[], columns: TableColumn[], rowStarts: RowStarts | null, byContent = false): number[] {
  if (cells.length === columns.length) return cells.map((_, i) => i);
  // A Word row with a cell left out (the form merged over a group of rows): where a cell starts says nothing, so
  // each goes in the column its text fits, in order.
  if (byContent && cells.length < columns.length) return placeByContent(cells.map((c) => c.text), columns);
  const byIndex = place(cells.map((c) => c.start), rowStarts?.start.length === columns.length ? rowStarts.start : columns.map((c) => c.start));
  const byPrint = place(cells.map((c) => c.printed), rowStarts?.printed.length === columns.length ? rowStarts.printed : columns.map((c) => c.printed ?? c.start));
  return byPrint.off < byIndex.off ? byPrint.at : byIndex.at;
}

/**
 * The columns of a row's cells, in order, that fit their texts best; leaving out a merged column (the form) costs
 * less than leaving out another.
 */
function placeByContent(texts: string[], columns: TableColumn[]): number[] {
  const n = texts.length;
  const m = columns.length;
  // best[i][j]: the best score of the first i cells in the first j columns.
  const best = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(-Infinity));
  const took = Array.from({ length: n + 1 }, () => new Array<boolean>(m + 1).fill(false));
  best[0][0] = 0;
  const skip = (j: number) => (columns[j].field === 'form' || columns[j].field === 'ignore' ? 0.25 : 1);
  for (let j = 1; j <= m; j++) best[0][j] = best[0][j - 1] - skip(j - 1);
  for (let i = 1; i <= n; i++)
    for (let j = i; j <= m; j++) {
      const leave = best[i][j - 1] - skip(j - 1);
      const put = best[i - 1][j - 1] + fit(columns[j - 1].field, texts[i - 1]);
      best[i][j] = Math.max(leave, put);
      took[i][j] = put >= leave;
    }
  // Columns after the last cell cost nothing: a row's empty cells at its end are lost with the trailing tabs.
  let end = n;
  for (let j = n; j <= m; j++) if (best[n][j] > best[n][end]) end = j;
  const at: number[] = [];
  for (let i = n, j = end; i > 0; j--) {
    if (took[i][j]) {
      at.unshift(j - 1);
      i--;
    }
  }
  return at;
}

function place(cells: number[], starts: number[]): { at: number[]; off: number } {
  const at: number[] = [];
  let off = 0;
  let from = 0;
  for (const [k, start] of cells.entries()) {
    // Leave room for the cells still to come: each needs a column of its own.
    const last = starts.length - (cells.length - k);
    let best = from;
    for (let c = from; c <= last; c++) if (Math.abs(starts[c] - start) < Math.abs(starts[best] - start)) best = c;
    at.push(best);
    off += Math.abs(starts[best] - start);
    from = best + 1;
  }
  return { at, off };
}

/**
 * A row of a table lined up with spaces where a full cell runs into the next with a single space ("县政协人口资源环境委员
 * 县自然资源局、…"): the cell is cut at the space where the next column starts.
 */
export function splitRunTogether(cells: Cell[], columns: TableColumn[]): Cell[] {
  if (cells.length >= columns.length) return cells;
  const out: Cell[] = [];
  for (const cell of cells) {
    const end = cell.printed + printedWidth(cell.text);
    const next = columns.find((c) => (c.printed ?? c.start) > cell.printed + 1 && (c.printed ?? c.start) < end);
    const space = next ? [...cell.text.matchAll(/ /g)].map((m) => m.index).find((i) => Math.abs(cell.printed + printedWidth(cell.text.slice(0, i + 1)) - (next.printed ?? next.start)) <= 1) : undefined;
    if (space === undefined) {
      out.push(cell);
      continue;
    }
    out.push({ ...cell, text: cell.text.slice(0, space) });
    out.push({ start: cell.start + space + 1, printed: cell.printed + printedWidth(cell.text.slice(0, space + 1)), text: cell.text.slice(space + 1) });
  }
  return out;
}

/** "/", "—" or "-" alone in a cell: the cell is empty. */
export function isEmptyCell(text: string): boolean {
  return /^[/／\-—–]+$/.test(text.trim());
}

/** How many fixed-width columns a text takes: two for a Chinese character or a full-width sign, one for the rest. */
export function printedWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return width;
}

/**
 * A table copied out of Excel or WPS puts a cell that holds line breaks in double quotes ("市政协七届八次常委会议：
 * ⏎加快培育…"): such a row is joined back into one line, and the quotes around cells are dropped.
 */
export function joinQuotedCells<L extends { raw: string; norm: string }>(lines: L[]): L[] {
  const out: L[] = [];
  const quotes = (text: string) => (text.match(/"/g) ?? []).length;
  const unquote = (text: string) => text.split('\t').map((cell) => cell.replace(/^"([\s\S]*)"$/, '$1').replace(/""/g, '"')).join('\t');
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i];
    if (!line.norm.includes('\t') || quotes(line.norm) % 2 === 0) {
      out.push(line.norm.includes('\t') && line.norm.includes('"') ? { ...line, norm: unquote(line.norm), raw: unquote(line.raw) } : line);
      continue;
    }
    let j = i + 1;
    while (j < lines.length && j <= i + 10 && quotes(line.norm) % 2 === 1) {
      line = { ...line, norm: line.norm + lines[j].norm.trim(), raw: line.raw + lines[j].raw.trim() };
      j++;
    }
    if (quotes(line.norm) % 2 === 1) {
      out.push(lines[i]);
      continue;
    }
    out.push({ ...line, norm: unquote(line.norm), raw: unquote(line.raw) });
    i = j - 1;
  }
  return out;
}
