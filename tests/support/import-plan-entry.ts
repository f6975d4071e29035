/**
 * `xieshang import-plan FILE [--year Y]` as a single file, for scoring many notices quickly: the test bundles this
 * once with esbuild, so each run starts plain node instead of compiling TypeScript again. Same code as the CLI.
 */
import { parseArgs } from 'node:util';
import { runImportPlan } from '../../src/cli/import-plan';

const { values, positionals } = parseArgs({ args: process.argv.slice(2), allowPositionals: true, options: { year: { type: 'string' } } });
await runImportPlan(positionals[0], { year: values.year });
