import { readFileSync, writeFileSync } from 'node:fs';

/** One call to time; returns (or resolves to) a value that is kept, so the work cannot be optimised away. */
export type Task = () => unknown;

export type MemoryUse = {
  /** Highest heap in use above the starting point, sampled after each call of one pass (MB). */
  heapPeakMb: number;
  /** Heap still in use after the pass and a full garbage collection (MB): caches or leaks. */
  heapRetainedMb: number;
  /** Peak resident memory above the starting point during the pass (MB); null where Linux's VmHWM cannot be reset. */
  rssPeakMb: number | null;
};

export type Timing = {
  /** Timed calls: tasks × passes. */
  calls: number;
  medianMs: number;
  p95Ms: number;
  /** Time of all timed calls together. */
  totalMs: number;
  /** Median of each task's own calls, in the order the tasks were given. */
  perTaskMedianMs: number[];
  memory: MemoryUse;
};

const MB = 2 ** 20;
let sink = 0;

/** Calls a task, awaiting it only when it returns a promise. */
async function call(task: Task): Promise<void> {
  const value = task();
  keep(value instanceof Promise ? await value : value);
}

/** Keeps results alive and cheap to keep: their length when they have one. */
function keep(value: unknown) {
  if (typeof value === 'string' || Array.isArray(value) || Buffer.isBuffer(value)) sink += value.length;
  else if (value !== undefined && value !== null) sink++;
}

function collectGarbage() {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc');
  gc();
  gc();
}

/** Linux: writing 5 to clear_refs resets the peak RSS (VmHWM) to the current RSS. */
function resetPeakRss(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

function peakRssBytes(): number | null {
  try {
    const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** One untimed pass with the heap sampled after each call, between two full garbage collections. */
async function memoryOf(tasks: Task[]): Promise<MemoryUse> {
  collectGarbage();
  const heapBefore = process.memoryUsage().heapUsed;
  const rssBefore = process.memoryUsage.rss();
  const canReset = resetPeakRss();
  let heapPeak = heapBefore;
  for (const task of tasks) {
    await call(task);
    heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
  }
  const peak = canReset ? peakRssBytes() : null;
  collectGarbage();
  return {
    heapPeakMb: (heapPeak - heapBefore) / MB,
    heapRetainedMb: (process.memoryUsage().heapUsed - heapBefore) / MB,
    rssPeakMb: peak === null ? null : Math.max(0, peak - rssBefore) / MB,
  };
}

/**
 * Runs the tasks in order, pass after pass: first `warmup` passes untimed (the JIT settles), then one pass for
 * memory, then `passes` timed passes in which every call is timed on its own.
 */
export async function timeTasks(tasks: Task[], options: { warmup: number; passes: number }): Promise<Timing> {
  for (let pass = 0; pass < options.warmup; pass++) for (const task of tasks) await call(task);
  const memory = await memoryOf(tasks);
  collectGarbage();
  const samples: number[] = [];
  for (let pass = 0; pass < options.passes; pass++) {
    for (const task of tasks) {
      // Inline rather than through call(): a synchronous task is timed without waiting for a microtask.
      const started = performance.now();
      const value = task();
      keep(value instanceof Promise ? await value : value);
      samples.push(performance.now() - started);
    }
  }
  const sorted = [...samples].sort((a, b) => a - b);
  const perTaskMedianMs = tasks.map((_, t) => percentile(samples.filter((_s, i) => i % tasks.length === t).sort((a, b) => a - b), 50));
  return { calls: samples.length, medianMs: percentile(sorted, 50), p95Ms: percentile(sorted, 95), totalMs: samples.reduce((a, b) => a + b, 0), perTaskMedianMs, memory };
}

/** So that a caller can show the results were used; never meaningful. */
export const keptSoFar = () => sink;
