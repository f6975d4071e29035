import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'xs-cli-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** The `xieshang` command as an installer runs it right after `npm ci`: TypeScript through tsx, no build step. */
function xieshang(...args: string[]): { status: number; out: string } {
  try {
    const out = execFileSync(process.execPath, [path.resolve('bin/xieshang.mjs'), ...args], {
      encoding: 'utf8',
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { status: 0, out };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { status: e.status, out: `${e.stdout}${e.stderr}` };
  }
}

describe('xieshang command', () => {
  it('creates a committee and a user on an install without demo data', async () => {
    expect(xieshang('migrate').out).toMatch(/已执行迁移|数据库已是最新/);
    const committee = xieshang('create-committee', '--code', 'linjiang', '--name', '政协临江区委员会', '--level', 'county');
    expect(committee.status, committee.out).toBe(0);
    const user = xieshang('create-user', '--username', 'admin1', '--password', 'Strong#Pass2026', '--role', 'system_admin', '--committee', 'linjiang');
    expect(user.status, user.out).toBe(0);
    expect(user.out).toContain('已创建用户 admin1');

    const handle = await openDatabase({ kind: 'pglite', dataDir: path.join(dataDir, 'pglite') });
    try {
      const row = await handle.db.selectFrom('users').innerJoin('committees', 'committees.id', 'users.committee_id').select(['users.roles', 'committees.code']).where('username', '=', 'admin1').executeTakeFirstOrThrow();
      expect(row).toEqual({ roles: ['system_admin'], code: 'linjiang' });
      const demo = await handle.db.selectFrom('committees').select('code').where('code', '=', 'yunzhou').executeTakeFirst();
      expect(demo).toBeUndefined();
    } finally {
      await handle.close();
    }
  });

  it('refuses a weak password, an unknown committee and two administrator roles, in Chinese', () => {
    const weak = xieshang('create-user', '--username', 'admin2', '--password', 'abc', '--role', 'office_staff', '--committee', 'linjiang');
    expect(weak.status).not.toBe(0);
    expect(weak.out).toContain('密码');
    expect(xieshang('create-user', '--username', 'a3', '--password', 'Strong#Pass2026', '--role', 'office_staff', '--committee', 'nowhere').out).toContain('委员会 nowhere 不存在');
    expect(xieshang('create-user', '--username', 'admin4', '--password', 'Strong#Pass2026', '--role', 'system_admin,audit_admin', '--committee', 'linjiang').out).toContain('三员分立');
  });
});
