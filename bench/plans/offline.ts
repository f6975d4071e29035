import { waitForQuiet } from '../machine';
import { runWorker } from '../processes';
import type { OfflineInput, OfflineResult } from './offline-result';

/** The importer and file benchmarks, in a fresh process with a collectable heap, once the machine is quiet. */
export async function runOffline(input: OfflineInput, maxWaitSeconds: number, log: (text: string) => void): Promise<OfflineResult> {
  await waitForQuiet(maxWaitSeconds, log);
  return runWorker<OfflineResult>('plans/offline-worker.ts', { env: { BENCH_OFFLINE: JSON.stringify(input) }, nodeArgs: ['--expose-gc'] });
}
