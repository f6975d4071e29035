// Starts a private PostgreSQL server on 127.0.0.1 with a temporary data directory (UTF-8), for tests and benchmarks.
// initdb refuses to run as root, so as root the server runs as the 'postgres' user that Debian's package creates.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { postgresBinDir } from './system-deps.mjs';

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

function runAs(user, bin, args) {
  const result = user
    ? spawnSync('runuser', ['-u', user, '--', bin, ...args], { encoding: 'utf8' })
    : spawnSync(bin, args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${path.basename(bin)} 失败：${result.stderr || result.stdout}`);
  return result.stdout;
}

/**
 * @param {{ maxConnections?: number, sharedBuffers?: string }} [options]
 * @returns {Promise<{ url: string, adminUrl: string, port: number, stop: () => void }>}
 */
export async function startPostgres(options = {}) {
  const bin = postgresBinDir();
  const asRoot = process.getuid?.() === 0;
  const user = asRoot ? 'postgres' : null;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'xieshang-pg-'));
  const dataDir = path.join(dir, 'data');
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  chmodSync(dir, 0o700);
  const password = 'xieshang';
  const pwFile = path.join(dir, 'pw');
  writeFileSync(pwFile, password);
  if (asRoot) execFileSync('chown', ['postgres', pwFile]);
  runAs(user, path.join(bin, 'initdb'), ['-D', dataDir, '-U', 'xieshang', '--pwfile', pwFile, '-E', 'UTF8', '--locale', 'C.UTF-8', '-A', 'scram-sha-256']);
  const port = await freePort();
  const settings = [
    `-c listen_addresses=127.0.0.1`,
    `-c port=${port}`,
    `-c unix_socket_directories=${dir}`,
    `-c max_connections=${options.maxConnections ?? 200}`,
    `-c shared_buffers=${options.sharedBuffers ?? '256MB'}`,
    // A throwaway server: durability is not wanted, speed is.
    '-c fsync=off',
    '-c synchronous_commit=off',
    '-c full_page_writes=off',
  ].join(' ');
  runAs(user, path.join(bin, 'pg_ctl'), ['-D', dataDir, '-l', path.join(dir, 'server.log'), '-o', settings, '-w', '-t', '60', 'start']);
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      runAs(user, path.join(bin, 'pg_ctl'), ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
    } catch {
      // already gone
    }
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', stop);
  const adminUrl = `postgres://xieshang:${password}@127.0.0.1:${port}/postgres`;
  return { url: `postgres://xieshang:${password}@127.0.0.1:${port}/postgres`, adminUrl, port, stop };
}
