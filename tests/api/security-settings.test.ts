import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { defaultSecuritySettings, type SecuritySettings } from '../../src/domain/security-settings';
import { createTestCommittee, createTestUser, type TestCommittee } from '../support/factories';
import { anonymous, createTestApp, login, type Client, type TestApp } from '../support/test-app';

let t: TestApp;
let committee: TestCommittee;
let other: TestCommittee;
let secadmin: Client;
let secadminId: string;
let sysadmin: Client;

beforeAll(async () => {
  t = await createTestApp();
  committee = await createTestCommittee(t.handle.db, { members: 3 });
  other = await createTestCommittee(t.handle.db, { members: 1 });
  const sec = await createTestUser(t.handle.db, committee, ['security_admin']);
  secadminId = sec.id;
  secadmin = await login(t.app, sec);
  sysadmin = await login(t.app, await createTestUser(t.handle.db, committee, ['system_admin']));
});
afterAll(() => t?.close());
// Each test starts from the defaults, whatever the one before it changed (restored behind the API's back, so no audit event).
afterEach(async () => {
  await t.handle.db
    .updateTable('committee_settings')
    .set({ security: JSON.stringify(defaultSecuritySettings) })
    .where('committee_id', '=', committee.id)
    .execute();
});

const attempt = (who: { committeeCode: string; username: string }, password: string) =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { ...who, password } });

async function setSettings(change: Partial<SecuritySettings>) {
  const current = (await secadmin.get('/api/security-settings')).json();
  const res = await secadmin.put('/api/security-settings', { ...current, ...change });
  expect(res.statusCode).toBe(200);
  return res.json();
}

describe('security settings API', () => {
  it('refuses anonymous callers with 401', async () => {
    expect((await anonymous(t.app).get('/api/security-settings')).statusCode).toBe(401);
    expect((await anonymous(t.app).put('/api/security-settings', defaultSecuritySettings)).statusCode).toBe(401);
  });

  it('validates the whole object and names the field', async () => {
    const short = await secadmin.put('/api/security-settings', { ...defaultSecuritySettings, passwordMinLength: 4 });
    expect(short.statusCode).toBe(400);
    expect(short.json().error).toMatchObject({ code: 'VALIDATION', field: 'passwordMinLength', message: '密码最小长度不能小于8' });
    const lockout = await secadmin.put('/api/security-settings', { ...defaultSecuritySettings, lockoutThreshold: 1 });
    expect(lockout.json().error).toMatchObject({ field: 'lockoutThreshold', message: '锁定阈值不能小于3' });
    const { idleTimeoutMinutes: _omitted, ...partial } = defaultSecuritySettings;
    const missing = await secadmin.put('/api/security-settings', partial);
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.field).toBe('idleTimeoutMinutes');
    expect(missing.json().error.message).toContain('空闲超时');
    const wrongType = await secadmin.put('/api/security-settings', { ...defaultSecuritySettings, singleSession: 'yes' });
    expect(wrongType.json().error.field).toBe('singleSession');
  });

  it('belongs to the security administrator alone (三员分立)', async () => {
    const auditor = await login(t.app, await createTestUser(t.handle.db, committee, ['audit_admin']));
    const office = await login(t.app, await createTestUser(t.handle.db, committee, ['office_staff']));
    for (const client of [sysadmin, auditor, office]) {
      expect((await client.get('/api/security-settings')).statusCode).toBe(403);
      expect((await client.put('/api/security-settings', defaultSecuritySettings)).statusCode).toBe(403);
    }
  });

  it('reads the defaults (等保 三级) and saves a change with before and after in the audit trail', async () => {
    expect((await secadmin.get('/api/security-settings')).json()).toEqual(defaultSecuritySettings);
    const saved = await setSettings({ passwordMaxAgeDays: 180 });
    expect(saved).toEqual({ ...defaultSecuritySettings, passwordMaxAgeDays: 180 });
    expect((await secadmin.get('/api/security-settings')).json()).toEqual(saved);
    const [event] = await t.handle.db
      .selectFrom('audit_events')
      .selectAll()
      .where('committee_id', '=', committee.id)
      .where('action', '=', 'security_settings.updated')
      .execute();
    expect(event).toMatchObject({ actor_user_id: secadminId, result: 'success', object_type: 'security_settings', ip: '127.0.0.1' });
    expect(event.before).toEqual(defaultSecuritySettings);
    expect(event.after).toEqual(saved);
  });

  it('keeps each committee\'s settings apart', async () => {
    await setSettings({ lockoutMinutes: 30 });
    const otherSec = await login(t.app, await createTestUser(t.handle.db, other, ['security_admin']));
    expect((await otherSec.get('/api/security-settings')).json().lockoutMinutes).toBe(15);
  });
});

describe('security settings take effect', () => {
  it('locks after the configured number of failures, for the configured minutes', async () => {
    await setSettings({ lockoutThreshold: 3, lockoutMinutes: 60 });
    const user = await createTestUser(t.handle.db, committee, ['leader']);
    expect((await attempt(user, 'Wrong#Pass1')).json().error.message).toBe('用户名或密码错误，再错2次将锁定账号');
    await attempt(user, 'Wrong#Pass2');
    const third = await attempt(user, 'Wrong#Pass3');
    expect(third.statusCode).toBe(423);
    expect(third.json().error.message).toBe('密码连续错误3次，账号已锁定60分钟');
    expect((await attempt(user, user.password)).json().error.message).toBe('账号已锁定，请60分钟后再试');
  });

  it('applies a longer minimum password length to new accounts and password changes', async () => {
    await setSettings({ passwordMinLength: 12, passwordMinClasses: 4 });
    const create = await sysadmin.post('/api/users', { username: 'strict1', displayName: '严格', password: 'Abcdef1!x', roles: ['leader'] });
    expect(create.statusCode).toBe(400);
    expect(create.json().error).toMatchObject({ field: 'password', message: '密码：密码长度至少12位' });
    const user = await createTestUser(t.handle.db, committee, ['leader']);
    const client = await login(t.app, user);
    const change = await client.post('/api/auth/password', { oldPassword: user.password, newPassword: 'Abcdefgh1234' });
    expect(change.json().error.message).toBe('新密码：密码须包含小写字母、大写字母、数字、特殊字符中至少4种');
    expect((await client.post('/api/auth/password', { oldPassword: user.password, newPassword: 'Abcdefgh123!' })).statusCode).toBe(200);
    expect((await client.get('/api/auth/me')).json().passwordPolicy).toEqual({ minLength: 12, minClasses: 4 });
  });

  it('follows the configured idle timeout', async () => {
    await setSettings({ idleTimeoutMinutes: 60 });
    const user = await createTestUser(t.handle.db, committee, ['leader']);
    const client = await login(t.app, user);
    const age = (minutes: number) =>
      t.handle.db
        .updateTable('auth_sessions')
        .set({ last_seen_at: sql<Date>`now() - make_interval(mins => ${minutes})` })
        .where('committee_id', '=', committee.id)
        .where('user_id', '=', user.id)
        .execute();
    await age(45);
    expect((await client.get('/api/auth/me')).statusCode).toBe(200);
    await age(61);
    const res = await client.get('/api/auth/me');
    expect(res.statusCode).toBe(401);
    expect(res.json().error.message).toContain('登录已超时');
  });

  it('ends the earlier session at a new login when single session is on', async () => {
    await setSettings({ singleSession: true });
    const user = await createTestUser(t.handle.db, committee, ['leader']);
    const first = await login(t.app, user);
    const second = await login(t.app, user);
    expect((await first.get('/api/auth/me')).statusCode).toBe(401);
    expect((await second.get('/api/auth/me')).statusCode).toBe(200);
  });

  it('expires passwords after the configured number of days, or never with 0', async () => {
    const user = await createTestUser(t.handle.db, committee, ['office_staff']);
    const client = await login(t.app, user);
    await t.handle.db
      .updateTable('users')
      .set({ password_changed_at: new Date(Date.now() - 40 * 86_400_000) })
      .where('committee_id', '=', committee.id)
      .where('id', '=', user.id)
      .execute();
    expect((await client.get('/api/members')).statusCode).toBe(200);
    await setSettings({ passwordMaxAgeDays: 30 });
    expect((await client.get('/api/members')).json().error.message).toBe('密码已过期，请先修改密码');
    await setSettings({ passwordMaxAgeDays: 0 });
    expect((await client.get('/api/members')).statusCode).toBe(200);
  });
});
