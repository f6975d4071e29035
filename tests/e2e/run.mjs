#!/usr/bin/env node
// The browser tests, as scripts/test.mjs runs them: the real server (`xieshang start`) once on embedded PGlite
// and once on PostgreSQL, both with the demo committee, and the specs under tests/e2e (vitest project 'e2e')
// against each in Debian's Chromium. Screenshots, the page's HTML and a Playwright trace of every failed test
// land in test-results/e2e/<database>/; the servers' logs in test-results/e2e/<database>/server.log.
//
//   node tests/e2e/run.mjs                 both databases, every spec
//   node tests/e2e/run.mjs --db pglite     one database
//   node tests/e2e/run.mjs members/        only specs whose path contains the filter (passed on to vitest)
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startPostgres } from '../../scripts/lib/postgres-server.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
const RESULTS = path.join(ROOT, 'test-results/e2e');
const { values, positionals } = parseArgs({ allowPositionals: true, options: { db: { type: 'string' } } });
const databases = values.db ? values.db.split(',') : ['pglite', 'postgres'];
const LABEL = { pglite: 'PGlite', postgres: 'PostgreSQL' };

const cleanups = [];
const cleanUp = () => {
  while (cleanups.length) {
    try {
      cleanups.pop()();
    } catch {
      // best effort: the process is ending
    }
  }
};
process.once('exit', cleanUp);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    cleanUp();
    process.exit(130);
  });
}

const seconds = (since) => Math.round((Date.now() - since) / 1000);

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/**
 * The web app the servers serve, in a private directory (WEB_DIR). dist/web is shared with every other
 * `npm start` or `npm run build` in this checkout, and a build empties it first: a server serving it would
 * answer 404 in the middle of a run. So the build is made once here (or copied when dist/web is already
 * newer than its sources, the rule `start` itself applies), and both servers find it fresh and build nothing.
 */
function prepareWeb() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'xieshang-e2e-web-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const built = path.join(ROOT, 'dist/web/index.html');
  const sourcesMtime = Math.max(newestMtime(path.join(ROOT, 'web')), newestMtime(path.join(ROOT, 'src/domain')));
  if (existsSync(built) && statSync(built).mtimeMs >= sourcesMtime) {
    cpSync(path.join(ROOT, 'dist/web'), dir, { recursive: true });
    if (existsSync(path.join(dir, 'index.html'))) return dir;
  }
  console.log('正在构建网页端…');
  const result = spawnSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--config', 'web/vite.config.ts', '--outDir', dir, '--emptyOutDir', '--logLevel', 'warn'],
    { cwd: ROOT, stdio: 'inherit' },
  );
  if (result.status !== 0) throw new Error('网页端构建失败');
  return dir;
}

/**
 * Starts `xieshang start` and resolves once GET /api/health answers. The server's output goes straight to a
 * log file (not a pipe), so a chatty server never blocks on a pipe nobody drains.
 */
async function startServer(db, env) {
  const startedAt = Date.now();
  const dir = path.join(RESULTS, db);
  mkdirSync(dir, { recursive: true });
  const logFile = path.join(dir, 'server.log');
  const log = openSync(logFile, 'w');
  const port = await freePort();
  const baseEnv = { ...process.env };
  delete baseEnv.DATABASE_URL;
  delete baseEnv.XIESHANG_DEMO;
  const child = spawn(process.execPath, ['bin/xieshang.mjs', 'start'], {
    cwd: ROOT,
    stdio: ['ignore', log, log],
    env: { ...baseEnv, PORT: String(port), HOST: '127.0.0.1', LOGIN_RATE_LIMIT: '1000', ...env },
  });
  let exited = null;
  child.once('exit', (code, signal) => (exited = signal ?? code));
  cleanups.push(() => {
    if (exited === null) child.kill('SIGTERM');
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (exited !== null) throw new Error(`${LABEL[db]} 服务器启动失败（退出：${exited}），日志：\n${readFileSync(logFile, 'utf8').slice(-4000)}`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) {
        const health = await response.json();
        if (health.database !== db) throw new Error(`服务器使用的数据库是 ${health.database}，应为 ${db}`);
        console.log(`${LABEL[db]} 服务器已就绪：${baseUrl}（${seconds(startedAt)}s）`);
        return {
          baseUrl,
          stop: () =>
            new Promise((resolve) => {
              if (exited !== null) return resolve();
              child.once('exit', resolve);
              child.kill('SIGTERM');
              setTimeout(() => {
                if (exited === null) child.kill('SIGKILL');
              }, 10_000).unref();
            }),
        };
      }
    } catch (error) {
      if (error instanceof Error && error.message.startsWith('服务器使用')) throw error;
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${LABEL[db]} 服务器在 3 分钟内没有就绪，日志见 ${logFile}`);
}

const serverEnv = {
  pglite: async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'xieshang-e2e-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    return { DATA_DIR: dataDir };
  },
  postgres: async () => {
    const pg = await startPostgres({ maxConnections: 50, sharedBuffers: '128MB' });
    cleanups.push(pg.stop);
    return { DATABASE_URL: pg.url, XIESHANG_DEMO: '1' };
  },
};

function runSpecs(db, baseUrl) {
  const startedAt = Date.now();
  const dir = path.join(RESULTS, db);
  const jsonFile = path.join(dir, 'results.json');
  rmSync(jsonFile, { force: true });
  console.log(`\n--- 浏览器测试：${LABEL[db]}（${baseUrl}）---`);
  const args = ['run', '--project', 'e2e', '--reporter=default', '--reporter=json', `--outputFile.json=${jsonFile}`, ...positionals];
  return new Promise((resolve) => {
    const child = spawn(path.join(ROOT, 'node_modules/.bin/vitest'), args, {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, E2E_BASE_URL: baseUrl, E2E_DB: db, E2E_RESULTS: dir },
    });
    child.once('exit', (code) => {
      let counts = { passed: 0, failed: 0, skipped: 0, total: 0 };
      if (existsSync(jsonFile)) {
        const report = JSON.parse(readFileSync(jsonFile, 'utf8'));
        counts = {
          passed: report.numPassedTests,
          // A spec file that fails to load has no tests to count: count the file.
          failed: report.numFailedTests + report.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length,
          skipped: report.numPendingTests + report.numTodoTests,
          total: report.numTotalTests,
        };
      }
      resolve({ db, ok: code === 0, ...counts, seconds: seconds(startedAt) });
    });
  });
}

const started = Date.now();
const outcomes = [];
try {
  rmSync(RESULTS, { recursive: true, force: true });
  const webStarted = Date.now();
  const webDir = prepareWeb();
  console.log(`网页端已就绪（${seconds(webStarted)}s）`);
  // The next server starts while the specs run against the current one.
  let next = null;
  const launch = async (db) => startServer(db, { WEB_DIR: webDir, ...(await serverEnv[db]()) });
  for (const [index, db] of databases.entries()) {
    const server = await (next ?? launch(db));
    next = databases[index + 1] ? launch(databases[index + 1]) : null;
    next?.catch(() => {}); // reported when awaited
    try {
      outcomes.push(await runSpecs(db, server.baseUrl));
    } finally {
      await server.stop();
    }
  }
} catch (error) {
  console.error(`\n浏览器测试无法运行：${error instanceof Error ? error.message : error}`);
  outcomes.push({ db: 'setup', ok: false, passed: 0, failed: 1, skipped: 0, total: 1, seconds: 0 });
} finally {
  cleanUp();
}

console.log('\n=== 浏览器测试结果 ===');
for (const o of outcomes) {
  const skipped = o.skipped ? `, ${o.skipped} skipped` : '';
  console.log(`${o.ok ? 'PASS' : 'FAIL'}  ${LABEL[o.db] ?? o.db}: ${o.passed} passed, ${o.failed} failed${skipped} (${o.seconds}s)`);
}
const failed = outcomes.some((o) => !o.ok) || outcomes.length === 0;
console.log(`${failed ? 'FAILED' : 'OK'} in ${seconds(started)}s${failed ? `; screenshots, HTML and traces in ${path.relative(ROOT, RESULTS)}/` : ''}`);
process.exit(failed ? 1 : 0);
