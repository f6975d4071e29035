import { printedWidth, readTableHeader, splitCells } from './table';

type Line = { no: number; norm: string; raw: string };
type Cell = ReturnType<typeof splitCells>[number];

const PAGE_FOOTER = /^\s*[—\-–]\s*\d{1,3}\s*[—\-–]\s*$/;
const SEQ = /^(\d{1,3}|[一二三四五六七八九十]{1,3})[.、．]?$/;

/**
 * A table from a PDF laid out with spaces ("pdftotext -layout") whose rows are set apart by blank lines, each cell
 * wrapped over the row's lines and centred or set at the top: each row's lines become one tab-separated line, every
 * cell's pieces joined top to bottom in the column they fall under. The header becomes tab-separated too. Tables
 * whose rows are not blocks of their own (one number per block) are left as they are.
 */
export function foldBlockRows<L extends Line>(lines: L[]): L[] {
  const out: L[] = [];
  for (let i = 0; i < lines.length; i++) {
    const header = lines[i].norm.includes('\t') ? null : readTableHeader(lines[i].norm);
    if (!header || header[0].field !== 'seq') {
      out.push(lines[i]);
      continue;
    }
    const rows: { first: L; cells: string[] }[] = [];
    let j = i + 1;
    let multiLine = false;
    for (;;) {
      // Blank lines, page footers and the header again at the top of a page lie between rows.
      while (j < lines.length && (!lines[j].norm.trim() || PAGE_FOOTER.test(lines[j].norm) || lines[j].norm.trim() === lines[i].norm.trim())) j++;
      let end = j;
      while (end < lines.length && lines[end].norm.trim() && !PAGE_FOOTER.test(lines[end].norm)) end++;
      const block = lines.slice(j, end);
      const numbered = block.filter((l) => SEQ.test(splitCells(l.norm)[0]?.text ?? '') && splitCells(l.norm).length >= 2);
      if (block.length === 0 || numbered.length !== 1) break;
      multiLine ||= block.length > 1;
      rows.push({ first: numbered[0], cells: foldBlock(block, splitCells(lines[i].norm)) });
      j = end;
    }
    if (!multiLine || rows.length < 2) {
      out.push(lines[i]);
      continue;
    }
    const names = splitCells(lines[i].norm).map((c) => c.text);
    out.push({ ...lines[i], norm: names.join('\t'), raw: names.join('\t') });
    for (const row of rows) out.push({ ...row.first, norm: row.cells.join('\t'), raw: row.cells.join('\t') });
    i = j - 1;
  }
  return out;
}

/** The cells of a row from its lines: each piece of text goes to the column whose name it is centred nearest to. */
function foldBlock(block: Line[], header: Cell[]): string[] {
  const centres = header.map((c) => c.printed + printedWidth(c.text) / 2);
  const cells = header.map(() => '');
  for (const line of block) {
    for (const piece of splitCells(line.norm)) {
      const centre = piece.printed + printedWidth(piece.text) / 2;
      let best = 0;
      for (let c = 1; c < centres.length; c++) if (Math.abs(centres[c] - centre) < Math.abs(centres[best] - centre)) best = c;
      cells[best] += piece.text;
    }
  }
  return cells;
}
