import { fork, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ChildMessage, ChildStats, ParentMessage } from './child-ipc';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
/** The tsx loader by absolute URL, so the children start from any working directory. */
const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

export type ServerProcess = { pid: number; port: number; stats: () => Promise<ChildStats>; stop: () => Promise<void> };

/**
 * Starts bench/<script> in its own Node.js process (TypeScript through tsx), so that the server under test
 * never shares an event loop with the load generator. Resolves when the server listens.
 */
export function startServer(script: string, options: { env?: Record<string, string>; nodeArgs?: string[] } = {}, startTimeoutMs = 120_000): Promise<ServerProcess> {
  const child = fork(path.join(BENCH_DIR, script), [], {
    execArgv: ['--import', TSX_LOADER, ...(options.nodeArgs ?? [])],
    env: { ...process.env, ...options.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${script} did not start within ${startTimeoutMs / 1000} s`));
    }, startTimeoutMs);
    const onExit = (code: number | null) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited (${code}) before listening`));
    };
    child.once('exit', onExit);
    child.on('message', (message: ChildMessage) => {
      if (message.type === 'failed') {
        clearTimeout(timer);
        reject(new Error(`${script}: ${message.message}`));
      }
      if (message.type !== 'ready') return;
      clearTimeout(timer);
      child.off('exit', onExit);
      resolve({ pid: child.pid ?? 0, port: message.port, stats: () => askStats(child), stop: () => stopChild(child) });
    });
  });
}

/**
 * Runs bench/<script> as a worker in its own Node.js process and resolves with the one result it sends
 * ({ type: 'result' }); rejects if it reports a failure or exits without a result.
 */
export function runWorker<T>(script: string, options: { env?: Record<string, string>; nodeArgs?: string[] } = {}): Promise<T> {
  const child = fork(path.join(BENCH_DIR, script), [], {
    execArgv: ['--import', TSX_LOADER, ...(options.nodeArgs ?? [])],
    env: { ...process.env, ...options.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    let result: { value: T } | null = null;
    child.on('message', (message: ChildMessage) => {
      if (message.type === 'result') result = { value: message.result as T };
      if (message.type === 'failed') reject(new Error(`${script}: ${message.message}`));
    });
    child.once('exit', (code) => (result ? resolve(result.value) : reject(new Error(`${script} exited (${code}) without a result`))));
  });
}

function askStats(child: ChildProcess): Promise<ChildStats> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no stats from server process')), 10_000);
    const onMessage = (message: ChildMessage) => {
      if (message.type !== 'stats') return;
      clearTimeout(timer);
      child.off('message', onMessage);
      resolve(message.stats);
    };
    child.on('message', onMessage);
    child.send({ type: 'stats' } satisfies ParentMessage);
  });
}

/** Asks the server to close; kills it if it has not gone after 10 s. */
function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.send({ type: 'stop' } satisfies ParentMessage);
  });
}
