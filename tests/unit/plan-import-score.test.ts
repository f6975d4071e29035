import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const SHARED = path.resolve('../shared');
const FIXTURES = path.resolve('tests/fixtures/plans');
const pairsIn = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => [path.join(dir, f), path.join(dir, f.replace(/\.txt$/, '.expected.json'))]);

const CLI = `node ${path.resolve('bin/xieshang.mjs')} import-plan`;
let bundleDir: string;
let bundled: string;

beforeAll(async () => {
  // The many fixtures are read by the same importer bundled into one file: plain node starts far faster than tsx.
  // Inside the project, so the bundle finds the packages it leaves external (mammoth, htmlparser2) in node_modules.
  mkdirSync(path.resolve('node_modules/.cache'), { recursive: true });
  bundleDir = mkdtempSync(path.resolve('node_modules/.cache/import-plan-'));
  const outfile = path.join(bundleDir, 'import-plan.mjs');
  await build({ entryPoints: [path.resolve('tests/support/import-plan-entry.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', outfile, logLevel: 'silent' });
  bundled = `node ${outfile}`;
});
afterAll(() => rmSync(bundleDir, { recursive: true, force: true }));

const run = promisify(execFile);

/**
 * Runs the team's scorer (shared/tools/score-plan-import.mjs) with the given import command. The fixtures are many
 * (each one a fresh node process), so they are scored in chunks, two at a time, and the scorer's per-notice lines
 * ("name.txt: got/total") are added up: the same sum the scorer makes over one run.
 */
async function score(pairs: string[], cmd: string): Promise<{ score: number; cases: number; output: string }> {
  const chunkSize = 2 * 40;
  const chunks: string[][] = [];
  for (let i = 0; i < pairs.length; i += chunkSize) chunks.push(pairs.slice(i, i + chunkSize));
  const outputs: string[] = [];
  const next = async (): Promise<void> => {
    const chunk = chunks.shift();
    if (!chunk) return;
    const args = [path.join(SHARED, 'tools/score-plan-import.mjs'), '--cmd', cmd, '--min', '0', ...chunk];
    try {
      outputs.push((await run(process.execPath, args, { encoding: 'utf8', timeout: 300_000, maxBuffer: 16 << 20 })).stdout);
    } catch (error) {
      outputs.push(String((error as { stdout?: string }).stdout ?? error));
    }
    await next();
  };
  await Promise.all([next(), next()]);
  const output = outputs.join('\n');
  let got = 0;
  let total = 0;
  let cases = 0;
  for (const m of output.matchAll(/^\S+\.txt: (\d+)\/(\d+)/gm)) {
    got += Number(m[1]);
    total += Number(m[2]);
    cases += 1;
  }
  return { score: total ? got / total : 0, cases, output };
}

describe('plan importer, scored by the shared script', () => {
  it('reads the sample notice with at least 95% of fields right', async () => {
    const sample = path.join(SHARED, 'samples/plans/shangluo-2024');
    // The sample goes through `xieshang import-plan` itself, as the issue gives it.
    const result = await score([`${sample}.txt`, `${sample}.expected.json`], CLI);
    expect(result.score, result.output).toBeGreaterThanOrEqual(0.95);
  });

  it('reads notices of other layouts with at least 95% of fields right', async () => {
    const pairs = pairsIn(FIXTURES);
    expect(pairs.length).toBeGreaterThanOrEqual(80);
    const result = await score(pairs, bundled);
    expect(result.cases, result.output).toBe(pairs.length / 2);
    expect(result.score, result.output).toBeGreaterThanOrEqual(0.95);
  }, 600_000);
});
