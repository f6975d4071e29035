import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';

export type MachineInfo = { cpus: number; cpuModel: string; memoryGiB: number; node: string; os: string; scheduling: string };

export function machineInfo(): MachineInfo {
  const cpus = os.cpus();
  return {
    cpus: os.availableParallelism(),
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    scheduling: scheduling(),
  };
}

/** The priority the run had: its nice value and, where Linux groups processes by session, the group's. */
function scheduling(): string {
  const parts = [`nice ${os.getPriority()}`];
  try {
    const group = /nice (-?\d+)/.exec(readFileSync('/proc/self/autogroup', 'utf8'));
    if (group) parts.push(`autogroup nice ${group[1]}`);
  } catch {
    // no autogroup scheduling here
  }
  return parts.join(', ');
}

/** The commit measured, and whether the source tree differed from it. */
export function revision(): string {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const changed = execFileSync('git', ['status', '--porcelain', '--', 'src', 'package-lock.json'], { encoding: 'utf8' }).trim();
    return changed ? `${commit} with uncommitted changes under src/` : commit;
  } catch {
    return 'unknown';
  }
}

// CPU accounting below reads Linux's /proc; elsewhere it reports nothing (null) rather than guessing.

let ticksPerSecond: number | null = null;
function clockTicks(): number {
  if (ticksPerSecond === null) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

/** Busy and total CPU time of the whole machine, in seconds summed over all cores. */
function machineSeconds(): { busy: number; total: number } | null {
  try {
    const values = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    const total = values.slice(0, 8).reduce((a, b) => a + b, 0);
    const idle = values[3] + values[4];
    return { busy: (total - idle) / clockTicks(), total: total / clockTicks() };
  } catch {
    return null;
  }
}

/** CPU seconds (user + system) each process has used so far; processes that are gone are left out. */
export function processSeconds(pids: number[]): Map<number, number> {
  const result = new Map<number, number>();
  for (const pid of pids) {
    try {
      // The command name (field 2) may hold spaces; the fields after its closing parenthesis are fixed.
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      result.set(pid, (Number(fields[11]) + Number(fields[12])) / clockTicks());
    } catch {
      // exited
    }
  }
  return result;
}

/** CPU used between two readings of processSeconds, counting a process that appeared in between from zero. */
export function cpuBetween(before: Map<number, number>, after: Map<number, number>): number {
  let sum = 0;
  for (const [pid, seconds] of after) sum += seconds - (before.get(pid) ?? 0);
  return sum;
}

/** Starts a measurement of the whole machine's busy time; the returned function gives the busy CPU seconds since, or null. */
export function machineCpu(): () => number | null {
  const before = machineSeconds();
  return () => {
    const after = machineSeconds();
    return before && after ? after.busy - before.busy : null;
  };
}

/**
 * Other work on the machine (a build, a test run) takes CPU from the servers and the load generator alike and makes
 * the figures meaningless, so before each timed run this waits, up to maxSeconds, until the machine is nearly idle.
 * Returns the busy share (% of one core) it last saw.
 */
export async function waitForQuiet(maxSeconds: number, log: (text: string) => void, thresholdPercent = 25): Promise<number | null> {
  const deadline = Date.now() + maxSeconds * 1000;
  let warned = false;
  for (;;) {
    const busy = machineCpu();
    await sleep(2000);
    const seconds = busy();
    if (seconds === null) return null;
    const percent = (seconds / 2) * 100;
    if (percent < thresholdPercent || Date.now() >= deadline) {
      if (warned || percent >= thresholdPercent) log(`  machine busy ${percent.toFixed(0)} % of one core by other work${percent >= thresholdPercent ? ' — measuring anyway' : ' — quiet now'}`);
      return percent;
    }
    if (!warned) log(`  other work keeps the machine busy (${percent.toFixed(0)} % of one core); waiting up to ${maxSeconds} s for it to finish…`);
    warned = true;
  }
}
