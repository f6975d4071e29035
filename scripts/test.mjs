#!/usr/bin/env node
// The whole suite, as `npm test` and CI run it: typecheck and lint, unit tests, the API tests on PGlite and
// again on a PostgreSQL server started here (127.0.0.1, temporary data directory), then the browser tests in
// Debian's Chromium. Installs postgresql, chromium and fonts-noto-cjk from Debian when missing.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { startPostgres } from './lib/postgres-server.mjs';
import { ensureChromium } from './lib/system-deps.mjs';

const { values } = parseArgs({ options: { only: { type: 'string' } } });
const only = values.only ? new Set(values.only.split(',')) : null;
const want = (phase) => !only || only.has(phase);

const results = [];
function run(name, command, args, env = {}) {
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = result.status === 0;
  results.push({ name, ok, seconds: Math.round((Date.now() - started) / 1000) });
  return ok;
}
const npx = (bin) => ['node_modules/.bin/' + bin];

if (want('static')) {
  run('typecheck', npx('tsc')[0], ['--noEmit', '-p', 'tsconfig.json']);
  run('lint', npx('eslint')[0], ['--max-warnings', '0', '.']);
}
if (want('unit')) run('unit tests', npx('vitest')[0], ['run', '--project', 'unit']);
if (want('api')) {
  run('API tests on PGlite', npx('vitest')[0], ['run', '--project', 'api'], { XS_TEST_DB: 'pglite' });
  const pg = await startPostgres();
  try {
    run('API tests on PostgreSQL', npx('vitest')[0], ['run', '--project', 'api'], { XS_TEST_DB: 'postgres', TEST_PG_ADMIN_URL: pg.adminUrl });
  } finally {
    pg.stop();
  }
}
if (want('e2e') && existsSync('tests/e2e/run.mjs')) {
  ensureChromium();
  run('browser tests (Chromium)', process.execPath, ['tests/e2e/run.mjs']);
}

console.log('\n=== summary ===');
for (const r of results) console.log(`${r.ok ? 'PASS' : 'FAIL'}  ${r.name} (${r.seconds}s)`);
const failed = results.filter((r) => !r.ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
