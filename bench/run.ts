import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { pgliteBackend, postgresBackend, type Backend, type DataSize } from './databases';
import { machineInfo, revision } from './machine';
import type { LoadSettings } from './measure';
import { runMemberCase } from './member-case';
import { formatTable, goalSummary, writeReport, type RunReport } from './report';

const USAGE = `npm run bench -- [options]

  --quick               short runs (1 s warm-up, 3 s measured) as a smoke test; does not write the report
  --only postgres|pglite  one database only; does not write the report unless --write
  --sizes 1x500,100x500  committees x members per committee (default as shown)
  --seconds N           measured seconds per server (default 10)
  --warmup N            warm-up seconds per server (default 3)
  --connections N       concurrent connections (default 50)
  --pool N              PostgreSQL pool size of the app server (default: the app's own, 20)
  --max-wait N          before each timed run, wait up to N s for other work on the machine to finish (default 300; 0 with --quick)
  --cpu-prof DIR        write a V8 CPU profile of each app server process to DIR
  --write / --no-write  write docs/performance.md or not (default: only after a full run)
`;

const REPORT_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), '../docs/performance.md');

function parseSizes(text: string): DataSize[] {
  return text.split(',').map((part) => {
    const match = /^(\d+)x(\d+)$/.exec(part.trim());
    if (!match) throw new Error(`--sizes: "${part}" is not COMMITTEESxMEMBERS`);
    return { committees: Number(match[1]), membersPerCommittee: Number(match[2]) };
  });
}

function positive(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name}: expected a number of 0 or more, not "${text}"`);
  return value;
}

const log = (text: string) => process.stdout.write(`${text}\n`);

/** `npm run bench`: for each database and data size, the member list and a bare server under the same load. */
export async function runBench(args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      quick: { type: 'boolean' },
      only: { type: 'string' },
      sizes: { type: 'string', default: '1x500,100x500' },
      seconds: { type: 'string' },
      warmup: { type: 'string' },
      connections: { type: 'string', default: '50' },
      pool: { type: 'string' },
      'max-wait': { type: 'string' },
      'cpu-prof': { type: 'string' },
      write: { type: 'boolean' },
      'no-write': { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) return log(USAGE);
  if (values.only && values.only !== 'postgres' && values.only !== 'pglite') throw new Error(`--only: postgres or pglite, not ${values.only}`);
  const settings: LoadSettings = {
    connections: positive('connections', values.connections),
    seconds: positive('seconds', values.seconds ?? (values.quick ? '3' : '10')),
    warmupSeconds: positive('warmup', values.warmup ?? (values.quick ? '1' : '3')),
    maxWaitSeconds: positive('max-wait', values['max-wait'] ?? (values.quick ? '0' : '300')),
  };
  const appNodeArgs = values['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(values['cpu-prof'])}`] : [];
  const sizes = parseSizes(values.sizes);
  const poolSize = values.pool ? positive('pool', values.pool) : undefined;
  const kinds = (values.only ? [values.only] : ['postgres', 'pglite']) as Backend['kind'][];
  const write = values['no-write'] ? false : (values.write ?? (!values.quick && !values.only));

  const report: RunReport = { date: new Date(), machine: machineInfo(), revision: revision(), settings, poolSize: poolSize ? String(poolSize) : '20 (default)', cases: [] };
  // Interrupted, exit normally so that the PostgreSQL server's exit handler stops it; the server processes follow their IPC channel.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));
  log(`Machine: ${report.machine.cpus} CPUs, ${report.machine.memoryGiB} GiB, Node.js ${report.machine.node}, ${report.machine.scheduling}; code ${report.revision}`);
  for (const kind of kinds) {
    const backend = kind === 'postgres' ? await postgresBackend(poolSize) : await pgliteBackend();
    try {
      for (const size of sizes) report.cases.push(await runMemberCase(backend, size, settings, appNodeArgs, log));
    } finally {
      await backend.close();
    }
  }
  log(`\n${formatTable(report)}\n\nGoal: ${goalSummary(report).text.replaceAll('**', '')}`);
  if (write) {
    writeReport(REPORT_FILE, report);
    log(`Written to ${path.relative(process.cwd(), REPORT_FILE)}`);
  }
}
