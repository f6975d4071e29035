import type { Request } from 'autocannon';
import { setTimeout as sleep } from 'node:timers/promises';
import { runLoad, type LoadResult } from './load';
import { cpuBetween, machineCpu, processSeconds, waitForQuiet } from './machine';
import type { ServerProcess } from './processes';

export type LoadSettings = { connections: number; seconds: number; warmupSeconds: number; maxWaitSeconds: number };

export type Measurement = LoadResult & {
  idleRssMb: number;
  rssMb: number;
  peakRssMb: number;
  /** CPU during the timed run, in % of one core: the server process, the database server's processes, the load generator (this process), and everything else. */
  serverCpu: number;
  dbCpu: number | null;
  loadCpu: number;
  otherCpu: number | null;
  statementsPerRequest: number | null;
};

const MB = 2 ** 20;

export type MeasureOptions = {
  server: ServerProcess;
  idleRssBytes: number;
  requests: Request[];
  settings: LoadSettings;
  /** The database server's processes (PostgreSQL), when it runs outside the server process. */
  databasePids?: () => Promise<number[]>;
  log: (text: string) => void;
};

/**
 * Waits for a quiet machine, warms the server up, then measures one timed run. Resource use is read around the
 * timed run only: the server's own CPU time and RSS from inside it, the rest from /proc.
 */
export async function measure(options: MeasureOptions): Promise<Measurement> {
  const { server, requests, settings } = options;
  const url = `http://127.0.0.1:${server.port}`;
  await waitForQuiet(settings.maxWaitSeconds, options.log);
  if (settings.warmupSeconds > 0) await runLoad({ url, requests, connections: settings.connections, seconds: settings.warmupSeconds });

  const databasePids = (await options.databasePids?.()) ?? null;
  const dbBefore = databasePids ? processSeconds(databasePids) : null;
  const before = await server.stats();
  const ownBefore = process.cpuUsage();
  const machine = machineCpu();
  const started = performance.now();
  const load = await runLoad({ url, requests, connections: settings.connections, seconds: settings.seconds });
  const elapsed = (performance.now() - started) / 1000;
  const machineBusy = machine();
  const own = process.cpuUsage(ownBefore);
  const after = await server.stats();
  const dbAfter = databasePids ? processSeconds([...new Set([...databasePids, ...((await options.databasePids?.()) ?? [])])]) : null;
  // The requests still in flight when the load stopped finish within a second; only then do statements and requests match up.
  await sleep(1000);
  const settled = await server.stats();
  const served = settled.requests - before.requests;

  const share = (seconds: number) => (seconds / elapsed) * 100;
  const serverSeconds = (after.cpuMicros - before.cpuMicros) / 1e6;
  const loadSeconds = (own.user + own.system) / 1e6;
  const dbSeconds = dbBefore && dbAfter ? cpuBetween(dbBefore, dbAfter) : 0;
  return {
    ...load,
    idleRssMb: options.idleRssBytes / MB,
    rssMb: after.rssBytes / MB,
    peakRssMb: after.maxRssBytes / MB,
    serverCpu: share(serverSeconds),
    dbCpu: dbAfter ? share(dbSeconds) : null,
    loadCpu: share(loadSeconds),
    otherCpu: machineBusy === null ? null : Math.max(0, share(machineBusy - serverSeconds - loadSeconds - dbSeconds)),
    statementsPerRequest: served > 0 ? (settled.statements - before.statements) / served : null,
  };
}
