import type { DatabaseKind } from '../src/db/database';
import type { DataSize } from './databases';
import type { GeneratedData } from './generate';
import type { MachineInfo } from './machine';
import type { LoadSettings, Measurement } from './measure';
import type { PlanLoadCase } from './plans/load-case';
import type { OfflineResult } from './plans/offline-result';

export const SUITES = ['members', 'plans'] as const;
export type Suite = (typeof SUITES)[number];

/** One database and data size of the member-list benchmark. */
export type CaseResult = { kind: DatabaseKind; database: string; size: DataSize; data: GeneratedData; distinctRequests: number; bare: Measurement; app: Measurement };
export type PlanResults = { offline: OfflineResult | null; cases: PlanLoadCase[] };

/** Everything one `npm run bench` measured, and under what conditions. */
export type RunReport = {
  date: Date;
  machine: MachineInfo;
  revision: string;
  settings: LoadSettings;
  poolSize: string;
  suites: Suite[];
  /** The member list (suite "members"). */
  cases: CaseResult[];
  plans: PlanResults;
};

/** The lines every suite's results start with: when, where, which code and runtime. */
export function runHeader(report: RunReport, databases: string[]): string {
  const { machine } = report;
  return [
    `- Date: ${report.date.toISOString().replace('T', ' ').slice(0, 16)} UTC`,
    `- Machine: ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memoryGiB} GiB memory, ${machine.os}; ${machine.scheduling}`,
    `- Code: ${report.revision}`,
    `- Runtime: Node.js ${machine.node}${databases.length ? `${[...new Set(databases)].map((d) => `; ${d}`).join('')}; PostgreSQL pool size ${report.poolSize}` : ''}`,
  ].join('\n');
}

/** The load settings line, and the note that explains the load columns; shared by both suites. */
export function loadSettingsLine(settings: LoadSettings): string {
  return `- Load: autocannon, ${settings.connections} connections, ${settings.warmupSeconds} s warm-up, ${settings.seconds} s measured, no pipelining`;
}

export function loadColumnsNote(cpus: number): string {
  return `CPU columns are in % of one core (the machine has ${cpus * 100} %) during the measured run: the server process
(for PGlite this includes the database), the PostgreSQL server's processes, the load generator, and everything else
on the machine (high "other" means the run was disturbed). CPU µs/req: server and database CPU time per request,
which other work on the machine disturbs less than req/s. SQL/req: statements the app ran per request (counted in
bench/app-server.ts).
Errors: non-2xx answers plus connection errors.`;
}
