import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { DatabaseKind } from '../src/db/database';
import type { DataSize } from './databases';
import type { GeneratedData } from './generate';
import type { MachineInfo } from './machine';
import type { LoadSettings, Measurement } from './measure';
import { count, LOAD_COLUMNS, loadCells, markdownTable, round, textTable } from './tables';

export type CaseResult = { kind: DatabaseKind; database: string; size: DataSize; data: GeneratedData; distinctRequests: number; bare: Measurement; app: Measurement };
export type RunReport = { date: Date; machine: MachineInfo; revision: string; settings: LoadSettings; poolSize: string; cases: CaseResult[] };

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

function markdownResults(report: RunReport): string {
  const { machine, settings } = report;
  const databases = [...new Set(report.cases.map((c) => c.database))].join('; ');
  const table = markdownTable(COLUMNS, rows(report).map(cells), 3);
  const data = report.cases
    .map(
      (c) =>
        `- ${c.kind}, ${c.size.committees} × ${c.size.membersPerCommittee}: ${count(c.data.committees.length, 'committee', 'committees')}, ` +
        `${count(c.data.members, 'member', 'members')}, ${count(c.data.units, 'handling unit', 'handling units')}, ${count(c.data.users, 'user', 'users')}; ` +
        `generated in ${round(c.data.seconds, 1)} s; ${c.distinctRequests} distinct requests cycled.`,
    )
    .join('\n');
  return `## Results

- Date: ${report.date.toISOString().replace('T', ' ').slice(0, 16)} UTC
- Machine: ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memoryGiB} GiB memory, ${machine.os}; ${machine.scheduling}
- Code: ${report.revision}
- Runtime: Node.js ${machine.node}; ${databases}; PostgreSQL pool size ${report.poolSize}
- Load: autocannon, ${settings.connections} connections, ${settings.warmupSeconds} s warm-up, ${settings.seconds} s measured, no pipelining
- Goal (PostgreSQL member list ≥ ${GOAL_RATIO * 100} % of the bare server's req/s): ${goalSummary(report).text}

${table}

CPU columns are in % of one core (the machine has ${machine.cpus * 100} %) during the measured run: the server process
(for PGlite this includes the database), the PostgreSQL server's processes, the load generator, and everything else
on the machine (high "other" means the run was disturbed). CPU µs/req: server and database CPU time per request,
which other work on the machine disturbs less than req/s. SQL/req: statements the app ran per request (counted in
bench/app-server.ts).
Errors: non-2xx answers plus connection errors.

Data sets:
${data}
`;
}

const DEFAULT_METHOD = `# Performance

How fast the authenticated member list (\`GET /api/members?page=1&pageSize=20\` with a sector filter) answers
under load, beside a bare \`node:http\` server that returns a small JSON body, measured in the same run.

## Method

Run \`npm run bench\` (about 5 minutes; \`--quick\` for a smoke test, \`--only postgres|pglite\`).
`;

/** Rewrites the results part of docs/performance.md and keeps the hand-written part above the marker. */
export function writeReport(file: string, report: RunReport) {
  const existing = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const markerAt = existing.indexOf(RESULTS_MARKER);
  // Without the marker the whole file counts as hand-written; only a missing or empty file gets the default text.
  const handWritten = (markerAt >= 0 ? existing.slice(0, markerAt) : existing).trimEnd() || DEFAULT_METHOD.trimEnd();
  writeFileSync(file, `${handWritten}\n\n${RESULTS_MARKER}\n\n${markdownResults(report)}`);
}
