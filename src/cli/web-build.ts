import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const WEB_SRC = path.resolve('web');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds the web app when it has never been built or its sources are newer than the build. */
export async function ensureWebBuilt(webDir: string) {
  const index = path.join(webDir, 'index.html');
  if (!existsSync(path.join(WEB_SRC, 'vite.config.ts'))) return;
  const fresh = existsSync(index) && statSync(index).mtimeMs >= Math.max(newestMtime(WEB_SRC), newestMtime(path.resolve('src/domain')));
  if (fresh) return;
  process.stdout.write('正在构建网页端（首次启动约需一分钟）…\n');
  const result = spawnSync(process.execPath, [path.resolve('node_modules/vite/bin/vite.js'), 'build', '--config', 'web/vite.config.ts', '--outDir', webDir, '--emptyOutDir', '--logLevel', 'warn'], {
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('网页端构建失败');
}
