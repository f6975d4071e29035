import { fit } from './cell-fit';
import { isEmptyCell, type TableColumn } from './table';

/** "| 1 | 县政协十届三次会议 | 全体会议协商 |": a row of a table written with pipes (Markdown, or copied from a wiki). */
const PIPE_ROW = /^\s*[|｜](.*[|｜].*)[|｜]\s*$/;
/** "|---|:---:|": the line under a Markdown table's header. */
const RULE_ROW = /^\s*[|｜]?\s*:?-{3,}:?\s*([|｜]\s*:?-{3,}:?\s*)*[|｜]?\s*$/;
/** "1．推进…｜专题协商｜4月｜…": a numbered line whose fields are set apart by pipes. */
const NUMBERED_PIPES = /^\s*(\d{1,3})\s*[．.、]\s*([^|｜]+(?:[|｜][^|｜]*){3,})$/;
/** "（序号．协商议题｜协商形式｜时间｜…）": the key to such lines. */
const NUMBERED_KEY = /^\s*[（(]?\s*序号\s*[．.、]?\s*([^|｜]+(?:[|｜][^|｜]*){3,}?)\s*[)）]?\s*$/;

type L = { no: number; norm: string; raw: string };

/**
 * A table written with pipes is read like a Word table's rows: each row becomes one tab-separated line (so an empty
 * cell keeps its column), and the rule under the header is dropped. Numbered lines with pipes between their fields
 * become rows too, under their key ("（序号．协商议题｜…）") or, without one, under columns told by what the cells hold.
 */
export function unpipeTables<T extends L>(lines: T[]): T[] {
  const out: T[] = [];
  let keyed = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (RULE_ROW.test(line.norm) && /[|｜]/.test(line.norm)) continue;
    const key = NUMBERED_KEY.exec(line.norm);
    if (key) {
      keyed = true;
      out.push(tabbed(line, ['序号', ...cellsOf(key[1].replace(/\s*[)）]\s*$/, ''))]));
      continue;
    }
    const numbered = NUMBERED_PIPES.exec(line.norm);
    if (numbered) {
      if (!keyed) {
        // No key: the columns are told by the cells of this line and the numbered lines like it below.
        const rows = lines.slice(i).map((l) => NUMBERED_PIPES.exec(l.norm)).filter((m): m is RegExpExecArray => !!m).map((m) => cellsOf(m[2]));
        out.push({ ...tabbed(line, ['序号', ...guessColumns(rows)]), raw: '' });
        keyed = true;
      }
      out.push(tabbed(line, [numbered[1], ...cellsOf(numbered[2])]));
      continue;
    }
    const row = PIPE_ROW.exec(line.norm);
    if (!row) {
      out.push(line);
      continue;
    }
    out.push(tabbed(line, cellsOf(row[1])));
  }
  return out;
}

/** The cells between the pipes, "—" or "/" read as an empty cell. */
function cellsOf(text: string): string[] {
  return text.split(/[|｜]/).map((c) => (isEmptyCell(c) ? '' : c.trim()));
}

function tabbed<T extends L>(line: T, cells: string[]): T {
  const text = cells.join('\t');
  return { ...line, norm: text, raw: text };
}

/** The column names for rows without a key: each column is the field its cells fit best; the first other one is the topic. */
function guessColumns(rows: string[][]): string[] {
  const width = Math.max(...rows.map((r) => r.length));
  const names: Record<TableColumn['field'], string> = { time: '时间', form: '协商形式', leadUnits: '牵头单位', consultedDepartments: '协商部门', leadLeader: '牵头领导', title: '协商议题' } as Record<TableColumn['field'], string>;
  const used = new Set<string>();
  const columns: string[] = [];
  for (let c = 0; c < width; c++) {
    const cells = rows.map((r) => r[c] ?? '').filter(Boolean);
    const candidates = (['time', 'form', 'leadUnits', 'consultedDepartments', 'leadLeader'] as const).filter((f) => !used.has(f));
    const scored = candidates.map((f) => [f, cells.reduce((sum, cell) => sum + fit(f, cell), 0) / Math.max(1, cells.length)] as const).sort((a, b) => b[1] - a[1]);
    const field = scored[0] && scored[0][1] >= 1.5 ? scored[0][0] : !used.has('title') ? 'title' : null;
    if (field) used.add(field);
    columns.push(field ? names[field] : '备注');
  }
  return columns;
}
