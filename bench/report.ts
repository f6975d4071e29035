import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { DataSize } from './databases';
import type { GeneratedData } from './generate';
import type { Measurement } from './measure';
import { planResults } from './plans/report';
import { loadColumnsNote, loadSettingsLine, runHeader, SUITES, type CaseResult, type RunReport, type Suite } from './run-report';
import { count, LOAD_COLUMNS, loadCells, markdownTable, round, textTable } from './tables';

export type { CaseResult, RunReport } from './run-report';

/** The member list must reach this share of the bare server's requests per second on PostgreSQL. */
export const GOAL_RATIO = 0.2;

export const RESULTS_MARKER = '<!-- Everything below this line is written by `npm run bench`; edit only the part above it. -->';

const sizeLabel = (size: DataSize, data: GeneratedData) => `${size.committees} × ${size.membersPerCommittee} (${count(data.members, 'member', 'members')})`;
export const ratioOf = (c: CaseResult) => c.app.rps / c.bare.rps;

type Row = { database: string; data: string; server: string; m: Measurement; ratio: string };

function rows(report: RunReport): Row[] {
  return report.cases.flatMap((c) => [
    { database: c.kind, data: sizeLabel(c.size, c.data), server: 'bare node:http', m: { ...c.bare, statementsPerRequest: null }, ratio: '100 %' },
    { database: c.kind, data: sizeLabel(c.size, c.data), server: 'member list', m: c.app, ratio: `${round(ratioOf(c) * 100, 1)} %` },
  ]);
}

const COLUMNS = ['Database', 'Data', 'Server', ...LOAD_COLUMNS];
const cells = (r: Row) => [r.database, r.data, r.server, ...loadCells(r.m, r.ratio)];

/** A plain-text table for the terminal. */
export function formatTable(report: RunReport): string {
  return textTable(COLUMNS, rows(report).map(cells), 3);
}

export function goalSummary(report: RunReport): { met: boolean | null; text: string } {
  const postgres = report.cases.filter((c) => c.kind === 'postgres');
  if (postgres.length === 0) return { met: null, text: 'not measured (no PostgreSQL case in this run)' };
  const met = postgres.every((c) => ratioOf(c) >= GOAL_RATIO);
  const detail = postgres.map((c) => `${c.size.committees} × ${c.size.membersPerCommittee}: ${round(ratioOf(c) * 100, 1)} %`).join(', ');
  return { met, text: `${met ? '**met**' : '**not met**'} (${detail}; goal ≥ ${GOAL_RATIO * 100} % at every size)` };
}

function memberResults(report: RunReport): string {
  const table = markdownTable(COLUMNS, rows(report).map(cells), 3);
  const data = report.cases
    .map(
      (c) =>
        `- ${c.kind}, ${c.size.committees} × ${c.size.membersPerCommittee}: ${count(c.data.committees.length, 'committee', 'committees')}, ` +
        `${count(c.data.members, 'member', 'members')}, ${count(c.data.units, 'handling unit', 'handling units')}, ${count(c.data.users, 'user', 'users')}; ` +
        `generated in ${round(c.data.seconds, 1)} s; ${c.distinctRequests} distinct requests cycled.`,
    )
    .join('\n');
  return `## Results: member list

${runHeader(report, report.cases.map((c) => c.database))}
${loadSettingsLine(report.settings)}
- Goal (PostgreSQL member list ≥ ${GOAL_RATIO * 100} % of the bare server's req/s): ${goalSummary(report).text}

${table}

${loadColumnsNote(report.machine.cpus)}

Data sets:
${data}
`;
}

const DEFAULT_METHOD = `# Performance

How fast the authenticated member list (\`GET /api/members?page=1&pageSize=20\` with a sector filter) and the annual
plan's reads and files are, beside baselines measured in the same run.

## Method

Run \`npm run bench\` (\`--quick\` for a smoke test, \`--suite members|plans\`, \`--only postgres|pglite\`).
`;

const suiteMarker = (suite: Suite) => `<!-- suite: ${suite} -->`;

/**
 * Each suite's block of an earlier report, so that a run of one suite keeps the other's figures. A report written
 * before suites had markers holds the member list only.
 */
function earlierBlocks(generated: string): Partial<Record<Suite, string>> {
  const found = SUITES.map((suite) => ({ suite, at: generated.indexOf(suiteMarker(suite)) })).filter((f) => f.at >= 0);
  if (found.length === 0) return generated.trim() ? { members: generated.trim() } : {};
  found.sort((a, b) => a.at - b.at);
  return Object.fromEntries(found.map((f, i) => [f.suite, generated.slice(f.at + suiteMarker(f.suite).length, found[i + 1]?.at ?? generated.length).trim()]));
}

/** Rewrites the results part of docs/performance.md for the suites that ran, keeps the others' and the hand-written part above the marker. */
export function writeReport(file: string, report: RunReport) {
  const existing = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const markerAt = existing.indexOf(RESULTS_MARKER);
  // Without the marker the whole file counts as hand-written; only a missing or empty file gets the default text.
  const handWritten = (markerAt >= 0 ? existing.slice(0, markerAt) : existing).trimEnd() || DEFAULT_METHOD.trimEnd();
  const earlier = markerAt >= 0 ? earlierBlocks(existing.slice(markerAt + RESULTS_MARKER.length)) : {};
  const fresh: Partial<Record<Suite, string>> = {};
  if (report.suites.includes('members')) fresh.members = memberResults(report).trim();
  if (report.suites.includes('plans')) fresh.plans = planResults(report).trim();
  const blocks = SUITES.flatMap((suite) => {
    const block = fresh[suite] ?? earlier[suite];
    return block ? [`${suiteMarker(suite)}\n\n${block}\n`] : [];
  });
  writeFileSync(file, `${handWritten}\n\n${RESULTS_MARKER}\n\n${blocks.join('\n')}`);
}
