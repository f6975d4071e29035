import { readFileSync } from 'node:fs';

/**
 * The two server processes of the benchmark (the app and the bare hello-world) talk to the runner over the
 * fork() IPC channel: they announce their port, answer a request for their resource use, and stop on request.
 * A worker (bench/plans/offline-worker.ts) sends one result, or its failure, and exits.
 */
/** Requests answered and SQL statements run so far, where the server counts them (the app server); else zeros. */
export type Counters = { requests: number; statements: number };
export type ChildStats = Counters & { rssBytes: number; maxRssBytes: number; cpuMicros: number };
export type ChildMessage = { type: 'ready'; port: number } | { type: 'stats'; stats: ChildStats } | { type: 'failed'; message: string } | { type: 'result'; result: unknown };
export type ParentMessage = { type: 'stats' } | { type: 'stop' };

function send(message: ChildMessage) {
  process.send?.(message);
}

const NO_COUNTERS: Counters = { requests: 0, statements: 0 };

export function childStats(counters: Counters = NO_COUNTERS): ChildStats {
  const cpu = process.cpuUsage();
  return { ...counters, rssBytes: process.memoryUsage.rss(), maxRssBytes: peakRss(), cpuMicros: cpu.user + cpu.system };
}

/**
 * The process's own peak RSS. Linux's getrusage() maximum carries over the parent's at fork and exec, so a server
 * forked from a runner that has just generated a large PGlite database would report the runner's peak; VmHWM does not.
 */
function peakRss(): number {
  try {
    const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (match) return Number(match[1]) * 1024;
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS * 1024;
}

/** Answers the runner until it asks this process to stop (or goes away), then runs close and exits. */
export function serveRunner(port: number, close: () => Promise<void>, counters: () => Counters = () => NO_COUNTERS) {
  const stop = async () => {
    await close().catch(() => undefined);
    process.exit(0);
  };
  process.on('message', (message: ParentMessage) => {
    if (message.type === 'stats') send({ type: 'stats', stats: childStats(counters()) });
    if (message.type === 'stop') void stop();
  });
  process.on('disconnect', () => void stop());
  send({ type: 'ready', port });
}

export function reportFailure(error: unknown) {
  send({ type: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  process.exit(1);
}
