import type { itemFieldReaders } from './item-fields';
import type { ItemDraft } from './item-draft';
import type { Line } from './notice-meta';
import { readHeading } from './headings';
import { findLabels, splitLabelled } from './labels';
import { assignCells, isTableRow, refineHeader, splitCells, splitRunTogether, type RowStarts, type TableColumn } from './table';

/** A plan laid out as a table, while its rows are read: its columns, and where the last row's cells started. */
export type OpenTable = {
  columns: TableColumn[];
  /** Tab-separated (a Word table) rather than aligned with spaces. */
  tabs: boolean;
  rowStarts: RowStarts | null;
  item: ItemDraft | null;
  lastText: Map<string, string>;
  lastField: TableColumn['field'] | null;
};

type Fields = ReturnType<typeof itemFieldReaders>;
type Context = { start: (lineNo: number) => ItemDraft; applyCell: Fields['applyCell']; continueCell: Fields['continueCell'] };

export function openTable(columns: TableColumn[], headerLine: string): OpenTable {
  return { columns, tabs: headerLine.includes('\t'), rowStarts: null, item: null, lastText: new Map(), lastField: null };
}

/** A row or a continuation line of a table; false when the line is past the table's end. */
export function readTableLine(t: OpenTable, line: Line, blankBefore: boolean, { start, applyCell, continueCell }: Context): boolean {
  const refined = t.item ? null : refineHeader(t.columns, line.norm);
  if (refined) {
    t.columns = refined;
    return true;
  }
  const cells = t.tabs ? splitCells(line.norm) : splitRunTogether(splitCells(line.norm), t.columns);
  if (isTableRow(cells, t.columns, t.tabs)) {
    // A Word row with fewer cells than the header (empty ones between included) left a merged cell out.
    const slots = line.raw.split('\t').length;
    const at = assignCells(cells, t.columns, null, t.tabs && slots < t.columns.length && slots >= t.columns.length - 2 && slots >= 3);
    const previousItem = t.item;
    const item = start(line.no);
    t.item = item;
    t.rowStarts = {
      start: t.columns.map((c, i) => cells[at.indexOf(i)]?.start ?? c.start),
      printed: t.columns.map((c, i) => cells[at.indexOf(i)]?.printed ?? c.printed ?? c.start),
    };
    t.lastText.clear();
    cells.forEach((cell, k) => {
      applyCell(item, t.columns[at[k]].field, cell.text, line.no);
      t.lastText.set(t.columns[at[k]].field, cell.text);
      t.lastField = t.columns[at[k]].field;
    });
    // A merged cell (the form written once for a group of rows) leaves the rows below it empty there: they take the
    // form of the row above, before the form of the section they are in.
    const formColumn = t.columns.findIndex((c) => c.field === 'form');
    const ownForm = formColumn >= 0 && at.includes(formColumn);
    if (formColumn >= 0 && !ownForm && previousItem?.form && (!item.form || previousItem.sources.form !== undefined)) {
      item.form = previousItem.form;
      item.category = previousItem.category;
      if (previousItem.sources.form !== undefined) item.sources.form = previousItem.sources.form;
    }
    return true;
  }
  // "　　主要内容：…" under a row: a field of that row's item.
  const labelled = t.item ? splitLabelled(line.norm.trim()) : [];
  if (t.item && labelled.length && /^\s/.test(line.norm) && findLabels(line.norm.trim())[0].start === 0 && !line.norm.includes('\t')) {
    for (const part of labelled) applyCell(t.item, part.field, part.value, line.no);
    return true;
  }
  if (t.item && !blankBefore && t.tabs && /^\t/.test(line.norm)) {
    // A continuation row of a Word table: each cell goes on with the column at its place ("\t\t融合发展\t\t民革…").
    for (const cell of cells) {
      const column = t.columns.find((c) => c.start === cell.start);
      if (!column) continue;
      const previous = t.lastText.get(column.field) ?? '';
      continueCell(t.item, column.field, cell.text, previous, line.no);
      t.lastText.set(column.field, previous + cell.text);
    }
    return true;
  }
  if (t.item && !blankBefore && t.tabs && t.lastField && !readHeading(line.norm.trim())) {
    // A Word cell with a line break inside: the rest of that cell, then (after a tab) the row's next cells.
    const [rest, ...next] = line.norm.split('\t');
    const field = t.lastField;
    const previous = t.lastText.get(field) ?? '';
    if (rest.trim()) {
      continueCell(t.item, field, rest.trim(), previous, line.no);
      t.lastText.set(field, previous + rest.trim());
    }
    const from = t.columns.findIndex((c) => c.field === field);
    next.forEach((text, k) => {
      const column = t.columns[from + 1 + k];
      if (!column || !text.trim()) return;
      applyCell(t.item!, column.field, text.trim(), line.no);
      t.lastText.set(column.field, text.trim());
      t.lastField = column.field;
    });
    return true;
  }
  const continues = t.item && !blankBefore && /^\s/.test(line.norm) && !/^\s*注/.test(line.norm);
  if (!continues) return false;
  const at = assignCells(cells, t.columns, t.rowStarts);
  cells.forEach((cell, k) => {
    const field = t.columns[at[k]].field;
    const previous = t.lastText.get(field) ?? '';
    continueCell(t.item!, field, cell.text, previous, line.no);
    t.lastText.set(field, field === 'title' || field === 'ignore' ? previous + cell.text : cell.text);
  });
  return true;
}
