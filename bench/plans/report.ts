import { loadColumnsNote, loadSettingsLine, runHeader, type RunReport } from '../run-report';
import { count, LOAD_COLUMNS, loadCells, markdownTable, round, textTable } from '../tables';
import type { PlanLoadCase } from './load-case';
import type { OfflineComparison } from './offline-result';

const MB_COLUMNS = ['heap growth MB', 'heap retained MB', 'RSS peak MB'];
const OFFLINE_COLUMNS = ['Case', 'calls', 'median ms', 'p95 ms', 'per s', 'chars/ms', 'vs baseline', 'output KB', ...MB_COLUMNS];

function offlineRows(c: OfflineComparison): string[][] {
  const baseline = c.rows[0].timing.medianMs;
  return c.rows.map((row, i) => {
    const t = row.timing;
    const ratio = t.medianMs / baseline;
    const passes = t.calls / c.tasksPerPass;
    return [
      i === 0 ? `${row.label} (baseline)` : row.label,
      String(t.calls),
      round(t.medianMs, t.medianMs < 1 ? 3 : 1),
      round(t.p95Ms, t.p95Ms < 1 ? 3 : 1),
      round(t.calls / (t.totalMs / 1000), t.calls / (t.totalMs / 1000) < 100 ? 1 : 0),
      row.charsPerPass ? round((row.charsPerPass * passes) / t.totalMs) : '–',
      i === 0 ? '1 ×' : `${round(ratio, ratio < 10 ? 1 : 0)} ×`,
      row.outputBytes ? round(row.outputBytes / 1024, 1) : '–',
      round(t.memory.heapPeakMb, 1),
      round(Math.max(0, t.memory.heapRetainedMb), 1),
      t.memory.rssPeakMb === null ? '–' : round(t.memory.rssPeakMb, 1),
    ];
  });
}

const LOAD_TABLE_COLUMNS = ['Database', 'Data', 'Endpoint', 'KB/answer', ...LOAD_COLUMNS];
const dataLabel = (c: PlanLoadCase) => `${c.size.committees} × ${c.size.years} years (${count(c.data.plans, 'plan', 'plans')})`;

function loadRows(cases: PlanLoadCase[]): string[][] {
  return cases.flatMap((c) => [
    [c.kind, dataLabel(c), 'bare node:http', '0.0', ...loadCells({ ...c.bare, statementsPerRequest: null }, '100 %')],
    ...c.endpoints.map((e) => [c.kind, dataLabel(c), e.label, round(e.averageBytes / 1024, 1), ...loadCells(e.m, `${round((e.m.rps / c.bare.rps) * 100, 1)} %`)]),
  ]);
}

/** The plan results for the terminal. */
export function formatPlanTables(report: RunReport): string {
  const parts = (report.plans.offline?.comparisons ?? []).map((c) => `${c.title}: ${c.data}${c.note ? `; ${c.note}` : ''}\n${textTable(OFFLINE_COLUMNS, offlineRows(c), 1)}`);
  if (report.plans.cases.length > 0) parts.push(textTable(LOAD_TABLE_COLUMNS, loadRows(report.plans.cases), 3));
  return parts.join('\n\n');
}

function offlineMarkdown(report: RunReport): string {
  const offline = report.plans.offline;
  if (!offline) return 'Importer and files: not measured in this run.\n';
  const { warmup, passes, docPasses } = offline.settings;
  const sections = offline.comparisons.map((c) => `**${c.title}.** ${c.data}${c.note ? `; ${c.note}` : ''}.\n\n${markdownTable(OFFLINE_COLUMNS, offlineRows(c), 1)}`);
  return `### Importer and files (no server)

In one fresh Node.js process (\`bench/plans/offline-worker.ts\`, \`--expose-gc\`): ${count(warmup, 'untimed warm-up pass', 'untimed warm-up passes')},
one pass for memory, then ${passes} timed passes over the notices (${docPasses} for the .docx and file cases), every
call timed on its own. The first row of each table is its baseline; "vs baseline" compares medians.

${sections.join('\n\n')}

calls: timed calls (notices × passes for the importer). per s: calls per second of timed work (notices per second
for the importer). chars/ms: characters of input (text of the .docx) per millisecond. Memory, from one untimed pass
between full garbage collections: heap growth is the highest heap in use above the start, sampled after each call
(garbage not yet collected included); heap retained is what stays after the pass and a collection; RSS peak is the
rise of the process's peak resident memory (VmHWM reset before the pass). A heap that ended smaller than it
started shows as 0.0.
`;
}

function loadMarkdown(report: RunReport): string {
  const cases = report.plans.cases;
  if (cases.length === 0) return 'Plan endpoints under load: not measured in this run.\n';
  const data = cases
    .map((c) => {
      const d = c.data;
      const requests = c.endpoints.map((e) => `${e.label} ${e.distinctRequests}`).join(', ');
      return (
        `- ${c.kind}, ${c.size.committees} × ${c.size.years}: ${count(d.committees.length, 'committee', 'committees')}, ${count(d.members, 'member', 'members')}, ` +
        `${count(d.plans, 'plan', 'plans')}, ${count(d.items, 'item', 'items')}, ${count(d.comments, 'comment', 'comments')}, ${count(d.adjustments, 'adjustment', 'adjustments')}; ` +
        `generated in ${round(d.seconds, 1)} s; distinct requests cycled: ${requests}.`
      );
    })
    .join('\n');
  return `### Plan endpoints under load

${loadSettingsLine(report.settings)}

${markdownTable(LOAD_TABLE_COLUMNS, loadRows(cases), 3)}

KB/answer: mean size of the JSON body. ${loadColumnsNote(report.machine.cpus)}

Data sets (each committee has one plan a year; the last year's is out for comment, the earlier ones are issued):
${data}
`;
}

/** The plan suite's part of docs/performance.md. */
export function planResults(report: RunReport): string {
  return `## Results: annual plans

${runHeader(report, report.plans.cases.map((c) => c.database))}

${offlineMarkdown(report)}
${loadMarkdown(report)}`;
}
