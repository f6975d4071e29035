import type { Measurement } from './measure';

/** Formatting shared by the member and plan reports. */
export const count = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
export const round = (value: number, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : '–');
export const percent = (value: number | null) => (value === null ? '–' : `${round(value)} %`);

/** The columns of one server under load, after the columns that say which server and data it was. */
export const LOAD_COLUMNS = ['req/s', 'p50 ms', 'p99 ms', 'vs bare', 'RSS idle MB', 'RSS after MB', 'peak RSS MB', 'server CPU', 'DB CPU', 'load-gen CPU', 'other CPU', 'CPU µs/req', 'SQL/req', 'errors'];

export function loadCells(m: Measurement, ratio: string): string[] {
  return [
    round(m.rps),
    round(m.p50Ms, 1),
    round(m.p99Ms, 1),
    ratio,
    round(m.idleRssMb),
    round(m.rssMb),
    round(m.peakRssMb),
    percent(m.serverCpu),
    percent(m.dbCpu),
    percent(m.loadCpu),
    percent(m.otherCpu),
    round(((m.serverCpu + (m.dbCpu ?? 0)) / 100 / m.rps) * 1e6),
    m.statementsPerRequest === null ? '–' : round(m.statementsPerRequest, 2),
    String(m.non2xx + m.errors),
  ];
}

/** A plain-text table for the terminal; the first `left` columns are text, the rest figures. */
export function textTable(columns: string[], body: string[][], left: number): string {
  const widths = columns.map((title, i) => Math.max(title.length, ...body.map((row) => row[i].length)));
  const line = (values: string[]) => values.map((v, i) => (i < left ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join('  ');
  return [line(columns), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

export function markdownTable(columns: string[], body: string[][], left: number): string {
  return [`| ${columns.join(' | ')} |`, `| ${columns.map((_, i) => (i < left ? '---' : '---:')).join(' | ')} |`, ...body.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}
