import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lockDataDir } from './data-dir-lock';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'xs-lock-'));
  dirs.push(dir);
  return dir;
}

/** Another process holding the lock, as a second `npm start` on the same DATA_DIR would. */
function holdLockInChild(dir: string): Promise<{ stop: () => void }> {
  const script = `import('${path.resolve('src/db/data-dir-lock.ts')}').then(m => { m.lockDataDir(${JSON.stringify(dir)}); console.log('locked'); setInterval(() => {}, 1000); })`;
  const child = spawn(process.execPath, ['--import', 'tsx', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('locked')) resolve({ stop: () => child.kill('SIGKILL') });
    });
    child.on('exit', (code) => reject(new Error(`child exited ${code}`)));
  });
}

describe('lockDataDir', () => {
  it('refuses a second process on the same data directory with a clear message', async () => {
    const dir = tempDir();
    const holder = await holdLockInChild(dir);
    try {
      expect(() => lockDataDir(dir)).toThrow(/正被另一个进程（PID \d+）使用/);
    } finally {
      holder.stop();
    }
  });

  it('takes over a lock left by a process that has died', async () => {
    const dir = tempDir();
    const holder = await holdLockInChild(dir);
    holder.stop();
    await new Promise((r) => setTimeout(r, 300));
    const release = lockDataDir(dir);
    expect(existsSync(path.join(dir, 'xieshang.lock'))).toBe(true);
    release();
    expect(existsSync(path.join(dir, 'xieshang.lock'))).toBe(false);
  });
});
