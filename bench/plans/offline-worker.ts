import { reportFailure } from '../child-ipc';
import { loadCorpus, mainNotice } from './corpus';
import { benchPlanFiles } from './offline-files';
import { benchImportDocx, benchImportText } from './offline-importer';
import type { OfflineInput, OfflineResult } from './offline-result';
import { parseForPlans } from './plan-input';

/**
 * The plan benchmarks that need no server: the importer and the file writers. A process of its own (started by
 * bench/plans/offline.ts with --expose-gc), so its heap and RSS start clean and hold nothing of the runner's.
 */
async function main() {
  const input = JSON.parse(process.env.BENCH_OFFLINE ?? '{}') as OfflineInput;
  const settings = input.quick ? { warmup: 1, passes: 3, docPasses: 5 } : { warmup: 3, passes: 20, docPasses: 30 };
  const say = (text: string) => process.stdout.write(`[plans offline] ${text}\n`);
  const { notices, sharedSample } = loadCorpus();
  if (!sharedSample) say('../shared/samples/plans/shangluo-2024.txt not found; the corpus is the fixtures alone');
  const comparisons = [];
  say(`importer on ${notices.length} notices…`);
  comparisons.push(await benchImportText(notices, sharedSample, { warmup: settings.warmup, passes: settings.passes }));
  say('importer on a generated .docx…');
  comparisons.push(await benchImportDocx(mainNotice(notices), { warmup: settings.warmup, passes: settings.docPasses }));
  say('plan files (PGlite in memory)…');
  comparisons.push(...(await benchPlanFiles(parseForPlans(notices), { warmup: settings.warmup, passes: settings.docPasses })));
  const result: OfflineResult = { comparisons, settings };
  process.send?.({ type: 'result', result });
  process.disconnect?.();
}

main().catch(reportFailure);
