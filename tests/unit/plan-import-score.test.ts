import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SHARED = path.resolve('../shared');
const FIXTURES = path.resolve('tests/fixtures/plans');
const pairsIn = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => [path.join(dir, f), path.join(dir, f.replace(/\.txt$/, '.expected.json'))]);

/** Runs the team's scorer (shared/tools/score-plan-import.mjs) with `xieshang import-plan` and returns its score. */
function score(pairs: string[]): { score: number; output: string } {
  let output: string;
  try {
    output = execFileSync(process.execPath, [path.join(SHARED, 'tools/score-plan-import.mjs'), '--cmd', `node ${path.resolve('bin/xieshang.mjs')} import-plan`, '--min', '0', ...pairs], {
      encoding: 'utf8',
      timeout: 110_000,
    });
  } catch (error) {
    output = String((error as { stdout?: string }).stdout ?? error);
  }
  const m = /plan-import score: ([\d.]+)/.exec(output);
  return { score: m ? Number(m[1]) : 0, output };
}

describe('plan importer, scored by the shared script', () => {
  it('reads the sample notice with at least 95% of fields right', () => {
    const sample = path.join(SHARED, 'samples/plans/shangluo-2024');
    const result = score([`${sample}.txt`, `${sample}.expected.json`]);
    expect(result.score, result.output).toBeGreaterThanOrEqual(0.95);
  });

  it('reads notices of other layouts with at least 95% of fields right', () => {
    const pairs = pairsIn(FIXTURES);
    expect(pairs.length).toBeGreaterThanOrEqual(40);
    const result = score(pairs);
    expect(result.score, result.output).toBeGreaterThanOrEqual(0.95);
  });
});
