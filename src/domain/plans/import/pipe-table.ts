/** "| 1 | 县政协十届三次会议 | 全体会议协商 |": a row of a table written with pipes (Markdown, or copied from a wiki). */
const PIPE_ROW = /^\s*[|｜](.*[|｜].*)[|｜]\s*$/;
/** "|---|:---:|": the line under a Markdown table's header. */
const RULE_ROW = /^\s*[|｜]?\s*:?-{3,}:?\s*([|｜]\s*:?-{3,}:?\s*)*[|｜]?\s*$/;

/**
 * A table written with pipes is read like a Word table's rows: each row becomes one tab-separated line (so an empty
 * cell keeps its column), and the rule under the header is dropped.
 */
export function unpipeTables<L extends { no: number; norm: string; raw: string }>(lines: L[]): L[] {
  const out: L[] = [];
  for (const line of lines) {
    if (RULE_ROW.test(line.norm) && /[|｜]/.test(line.norm)) continue;
    const row = PIPE_ROW.exec(line.norm);
    if (!row) {
      out.push(line);
      continue;
    }
    const cells = row[1].split(/[|｜]/).map((c) => c.trim().replace(/^[—–-]+$/, ''));
    out.push({ ...line, norm: cells.join('\t'), raw: cells.join('\t') });
  }
  return out;
}
