import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { pgliteBackend, postgresBackend, type Backend, type DataSize } from './databases';
import { machineInfo, revision } from './machine';
import type { LoadSettings } from './measure';
import { runMemberCase } from './member-case';
import { loadCorpus } from './plans/corpus';
import type { PlanDataSize } from './plans/generate-plans';
import { runPlanLoadCase } from './plans/load-case';
import { runOffline } from './plans/offline';
import { parseForPlans } from './plans/plan-input';
import { formatPlanTables } from './plans/report';
import { formatTable, goalSummary, writeReport } from './report';
import { SUITES, type RunReport, type Suite } from './run-report';

const USAGE = `npm run bench -- [options]

  --suite members,plans  which benchmarks (default both): the member list; the annual plan's importer, files and endpoints
  --quick               short runs (1 s warm-up, 3 s measured, few importer passes) as a smoke test; does not write the report
  --only postgres|pglite  one database only; does not write the report unless --write
  --sizes 1x500,100x500  member list: committees x members per committee (default as shown)
  --plan-sizes 1x5,20x5  plans: committees x years, one plan of 18 items per committee and year (default as shown)
  --seconds N           measured seconds per server (default 10)
  --warmup N            warm-up seconds per server (default 3)
  --connections N       concurrent connections (default 50)
  --pool N              PostgreSQL pool size of the app server (default: the app's own, 20)
  --max-wait N          before each timed run, wait up to N s for other work on the machine to finish (default 300; 0 with --quick)
  --cpu-prof DIR        write a V8 CPU profile of each app server process to DIR
  --write / --no-write  write docs/performance.md or not (default: only after a full run of the suites chosen, each
                        suite's part replaced and the other's kept)
`;

const REPORT_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), '../docs/performance.md');

function parsePairs(option: string, text: string): [number, number][] {
  return text.split(',').map((part) => {
    const match = /^(\d+)x(\d+)$/.exec(part.trim());
    if (!match) throw new Error(`--${option}: "${part}" is not NxM`);
    return [Number(match[1]), Number(match[2])];
  });
}

function parseSuites(text: string): Suite[] {
  const suites = text.split(',').map((s) => s.trim());
  for (const s of suites) if (!(SUITES as readonly string[]).includes(s)) throw new Error(`--suite: ${SUITES.join(' or ')}, not ${s}`);
  return SUITES.filter((s) => suites.includes(s));
}

function positive(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name}: expected a number of 0 or more, not "${text}"`);
  return value;
}

const log = (text: string) => process.stdout.write(`${text}\n`);

/** `npm run bench`: the member list and the annual plan, each beside a baseline measured in the same run. */
export async function runBench(args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      suite: { type: 'string', default: SUITES.join(',') },
      quick: { type: 'boolean' },
      only: { type: 'string' },
      sizes: { type: 'string', default: '1x500,100x500' },
      'plan-sizes': { type: 'string', default: '1x5,20x5' },
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
  const suites = parseSuites(values.suite);
  const settings: LoadSettings = {
    connections: positive('connections', values.connections),
    seconds: positive('seconds', values.seconds ?? (values.quick ? '3' : '10')),
    warmupSeconds: positive('warmup', values.warmup ?? (values.quick ? '1' : '3')),
    maxWaitSeconds: positive('max-wait', values['max-wait'] ?? (values.quick ? '0' : '300')),
  };
  const appNodeArgs = values['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(values['cpu-prof'])}`] : [];
  const sizes: DataSize[] = parsePairs('sizes', values.sizes).map(([committees, membersPerCommittee]) => ({ committees, membersPerCommittee }));
  const planSizes: PlanDataSize[] = parsePairs('plan-sizes', values['plan-sizes']).map(([committees, years]) => ({ committees, years }));
  const poolSize = values.pool ? positive('pool', values.pool) : undefined;
  const kinds = (values.only ? [values.only] : ['postgres', 'pglite']) as Backend['kind'][];
  const write = values['no-write'] ? false : (values.write ?? (!values.quick && !values.only));

  const report: RunReport = {
    date: new Date(),
    machine: machineInfo(),
    revision: revision(),
    settings,
    poolSize: poolSize ? String(poolSize) : '20 (default)',
    suites,
    cases: [],
    plans: { offline: null, cases: [] },
  };
  // Interrupted, exit normally so that the PostgreSQL server's exit handler stops it; the server processes follow their IPC channel.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));
  log(`Machine: ${report.machine.cpus} CPUs, ${report.machine.memoryGiB} GiB, Node.js ${report.machine.node}, ${report.machine.scheduling}; code ${report.revision}`);
  const plans = suites.includes('plans');
  const corpus = plans ? loadCorpus() : null;
  if (corpus) report.plans.offline = await runOffline({ quick: !!values.quick }, settings.maxWaitSeconds, log);
  const planNotices = corpus ? parseForPlans(corpus.notices) : [];
  for (const kind of kinds) {
    const backend = kind === 'postgres' ? await postgresBackend(poolSize) : await pgliteBackend();
    try {
      if (suites.includes('members')) for (const size of sizes) report.cases.push(await runMemberCase(backend, size, settings, appNodeArgs, log));
      if (plans) for (const size of planSizes) report.plans.cases.push(await runPlanLoadCase(backend, size, planNotices, settings, appNodeArgs, log));
    } finally {
      await backend.close();
    }
  }
  if (suites.includes('members')) log(`\n${formatTable(report)}\n\nGoal: ${goalSummary(report).text.replaceAll('**', '')}`);
  if (plans) log(`\n${formatPlanTables(report)}`);
  if (write) {
    writeReport(REPORT_FILE, report);
    log(`Written to ${path.relative(process.cwd(), REPORT_FILE)}`);
  }
}
