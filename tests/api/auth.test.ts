import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestCommittee, createTestUser, TEST_PASSWORD, type TestCommittee } from '../support/factories';
import { anonymous, createTestApp, login, type TestApp } from '../support/test-app';

let t: TestApp;
let committee: TestCommittee;

beforeAll(async () => {
  t = await createTestApp();
  committee = await createTestCommittee(t.handle.db, { members: 5 });
});
afterAll(() => t?.close());

const attempt = (who: { committeeCode: string; username: string }, password: string, remoteAddress?: string) =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { ...who, password }, remoteAddress });

const userRow = (id: string) => t.handle.db.selectFrom('users').selectAll().where('committee_id', '=', committee.id).where('id', '=', id).executeTakeFirstOrThrow();
/** The login-side events of an account (its creation by the factory left out). */
const auditOf = (objectId: string) =>
  t.handle.db
    .selectFrom('audit_events')
    .selectAll()
    .where('committee_id', '=', committee.id)
    .where('object_id', '=', objectId)
    .where('action', 'like', 'auth.%')
    .orderBy('id')
    .execute();

describe('login', () => {
  it('refuses anonymous callers with 401', async () => {
    const res = await anonymous(t.app).get('/api/auth/me');
    expect(res.statusCode).toBe(401);
    expect(res.json().error).toMatchObject({ code: 'UNAUTHENTICATED', message: '请先登录' });
  });

  it('names the field when the input is incomplete or the committee unknown', async () => {
    const empty = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { committeeCode: committee.code, username: 'x' } });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error).toMatchObject({ code: 'VALIDATION', field: 'password' });
    expect(empty.json().error.message).toContain('密码');
    const unknown = await attempt({ committeeCode: 'no-such', username: 'x' }, TEST_PASSWORD);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error).toMatchObject({ field: 'committeeCode', message: '委员会不存在' });
  });

  it('logs in, sets an httpOnly session cookie and records the login with the address', async () => {
    const user = await createTestUser(t.handle.db, committee, ['office_staff']);
    const res = await attempt(user, user.password, '10.8.0.7');
    expect(res.statusCode).toBe(200);
    const cookie = String([res.headers['set-cookie']].flat().find((c) => String(c).startsWith('xs_session=')));
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    const body = res.json();
    expect(body.user).toMatchObject({ id: user.id, username: user.username, roles: ['office_staff'], roleLabels: ['政协办公室'], mustChangePassword: false });
    expect(body.csrfToken).toBeTruthy();
    expect((await userRow(user.id)).last_login_at).not.toBeNull();
    const [event] = await auditOf(user.id);
    expect(event).toMatchObject({ action: 'auth.login', result: 'success', actor_user_id: user.id, ip: '10.8.0.7', object_label: user.username });
  });

  it('answers a wrong password and an unknown user alike, and audits both', async () => {
    const user = await createTestUser(t.handle.db, committee, ['leader']);
    const wrong = await attempt(user, 'Wrong@Pass1');
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error).toMatchObject({ code: 'BAD_CREDENTIALS', message: '用户名或密码错误，再错4次将锁定账号' });
    const nobody = await attempt({ committeeCode: committee.code, username: 'nobody-here' }, 'Wrong@Pass1');
    expect(nobody.statusCode).toBe(401);
    expect(nobody.json().error.message).toBe('用户名或密码错误');
    expect((await auditOf(user.id)).map((e) => [e.action, e.result, e.reason])).toEqual([['auth.login', 'failure', '密码错误']]);
    const unknown = await t.handle.db
      .selectFrom('audit_events')
      .selectAll()
      .where('committee_id', '=', committee.id)
      .where('object_label', '=', 'nobody-here')
      .executeTakeFirstOrThrow();
    expect(unknown).toMatchObject({ result: 'failure', reason: '用户不存在', actor_user_id: null });
  });

  it('locks the account for 15 minutes after 5 failures, refuses even the right password, and opens again once the lock runs out', async () => {
    const user = await createTestUser(t.handle.db, committee, ['office_staff']);
    for (let i = 1; i <= 4; i += 1) {
      const res = await attempt(user, `Wrong@Pass${i}`);
      expect(res.statusCode).toBe(401);
      expect(res.json().error.message).toBe(`用户名或密码错误，再错${5 - i}次将锁定账号`);
    }
    const fifth = await attempt(user, 'Wrong@Pass5');
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().error).toMatchObject({ code: 'ACCOUNT_LOCKED', message: '密码连续错误5次，账号已锁定15分钟' });
    const row = await userRow(user.id);
    expect(row.failed_logins).toBe(5);
    const lockMinutes = ((row.locked_until?.getTime() ?? 0) - Date.now()) / 60_000;
    expect(lockMinutes).toBeGreaterThan(14);
    expect(lockMinutes).toBeLessThanOrEqual(15);

    const right = await attempt(user, user.password);
    expect(right.statusCode).toBe(423);
    expect(right.json().error.message).toBe('账号已锁定，请15分钟后再试');
    const events = await auditOf(user.id);
    expect(events.filter((e) => e.action === 'auth.account_locked')).toHaveLength(1);
    expect(events.at(-1)).toMatchObject({ action: 'auth.login', result: 'failure', reason: '账号已锁定' });

    await t.handle.db
      .updateTable('users')
      .set({ locked_until: new Date(Date.now() - 1000) })
      .where('committee_id', '=', committee.id)
      .where('id', '=', user.id)
      .execute();
    const after = await attempt(user, user.password);
    expect(after.statusCode).toBe(200);
    expect(await userRow(user.id)).toMatchObject({ failed_logins: 0, locked_until: null });
  });

  it('refuses a disabled account with a message that says so', async () => {
    const user = await createTestUser(t.handle.db, committee, ['leader']);
    await t.handle.db.updateTable('users').set({ disabled: true }).where('committee_id', '=', committee.id).where('id', '=', user.id).execute();
    const res = await attempt(user, user.password);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.message).toBe('账号已停用，请联系系统管理员');
  });

  it('limits login attempts per address', async () => {
    const limited = await createTestApp({ LOGIN_RATE_LIMIT: '3' });
    try {
      const c = await createTestCommittee(limited.handle.db, { members: 1 });
      const user = await createTestUser(limited.handle.db, c, ['leader']);
      const tryLogin = (password: string, remoteAddress: string) =>
        limited.app.inject({ method: 'POST', url: '/api/auth/login', payload: { committeeCode: c.code, username: user.username, password }, remoteAddress });
      for (let i = 0; i < 3; i += 1) expect((await tryLogin('Wrong@Pass1', '10.0.0.9')).statusCode).toBe(401);
      const refused = await tryLogin(user.password, '10.0.0.9');
      expect(refused.statusCode).toBe(429);
      expect(refused.json().error).toMatchObject({ code: 'RATE_LIMITED', message: '登录尝试过于频繁，请1分钟后再试' });
      // Another address is not held back by this one.
      expect((await tryLogin(user.password, '10.0.0.10')).statusCode).toBe(200);
    } finally {
      await limited.close();
    }
  });
});

describe('sessions', () => {
  const ageSession = (userId: string, minutes: number) =>
    t.handle.db
      .updateTable('auth_sessions')
      .set({ last_seen_at: sql<Date>`now() - make_interval(mins => ${minutes})` })
      .where('committee_id', '=', committee.id)
      .where('user_id', '=', userId)
      .execute();

  it('ends a session idle for more than 30 minutes', async () => {
    const user = await createTestUser(t.handle.db, committee, ['office_staff']);
    const client = await login(t.app, user);
    await ageSession(user.id, 29);
    expect((await client.get('/api/auth/me')).statusCode).toBe(200);
    await ageSession(user.id, 31);
    const res = await client.get('/api/auth/me');
    expect(res.statusCode).toBe(401);
    expect(res.json().error.message).toContain('登录已超时');
    const left = await t.handle.db.selectFrom('auth_sessions').select('token_hash').where('committee_id', '=', committee.id).where('user_id', '=', user.id).execute();
    expect(left).toEqual([]);
  });

  it('logs out: the session ends and the logout is audited', async () => {
    const user = await createTestUser(t.handle.db, committee, ['leader']);
    const client = await login(t.app, user);
    expect((await client.post('/api/auth/logout')).statusCode).toBe(200);
    expect((await client.get('/api/auth/me')).statusCode).toBe(401);
    expect((await auditOf(user.id)).map((e) => e.action)).toEqual(['auth.login', 'auth.logout']);
  });

  it('refuses a write without the CSRF token', async () => {
    const client = await login(t.app, await createTestUser(t.handle.db, committee, ['leader']));
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: client.cookie ?? '' } });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('CSRF_FAILED');
  });
});

describe('password change', () => {
  it('refuses anonymous callers', async () => {
    expect((await anonymous(t.app).post('/api/auth/password', { oldPassword: 'a', newPassword: 'b' })).statusCode).toBe(401);
  });

  it('names the field: a wrong old password, a weak or unchanged new one', async () => {
    const user = await createTestUser(t.handle.db, committee, ['leader']);
    const client = await login(t.app, user);
    const missing = await client.post('/api/auth/password', { oldPassword: user.password });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.field).toBe('newPassword');
    const wrongOld = await client.post('/api/auth/password', { oldPassword: 'Not@Mine123', newPassword: 'New@Pass2026' });
    expect(wrongOld.json().error).toMatchObject({ code: 'VALIDATION', field: 'oldPassword', message: '原密码不正确' });
    const short = await client.post('/api/auth/password', { oldPassword: user.password, newPassword: 'Ab1!' });
    expect(short.statusCode).toBe(400);
    expect(short.json().error).toMatchObject({ field: 'newPassword' });
    expect(short.json().error.message).toContain('密码长度至少8位');
    const simple = await client.post('/api/auth/password', { oldPassword: user.password, newPassword: 'abcdefgh' });
    expect(simple.json().error.message).toBe('新密码：密码须包含小写字母、大写字母、数字、特殊字符中至少3种');
    const withName = await client.post('/api/auth/password', { oldPassword: user.password, newPassword: `${user.username}@A1` });
    expect(withName.json().error.message).toContain('密码不能包含用户名');
    const same = await client.post('/api/auth/password', { oldPassword: user.password, newPassword: user.password });
    expect(same.json().error.message).toBe('新密码不能与原密码相同');
  });

  it('changes the password: the old one stops working, the new one works, and it is audited', async () => {
    const user = await createTestUser(t.handle.db, committee, ['leader']);
    const client = await login(t.app, user);
    const res = await client.post('/api/auth/password', { oldPassword: user.password, newPassword: 'Fresh#Pass2026' });
    expect(res.statusCode).toBe(200);
    expect((await attempt(user, user.password)).statusCode).toBe(401);
    expect((await attempt(user, 'Fresh#Pass2026')).statusCode).toBe(200);
    expect((await auditOf(user.id)).map((e) => e.action)).toContain('auth.password_changed');
  });

  it('blocks every other endpoint until an initial password is changed', async () => {
    const user = await createTestUser(t.handle.db, committee, ['office_staff'], { mustChangePassword: true });
    const client = await login(t.app, user);
    expect(client.me?.user).toMatchObject({ mustChangePassword: true });
    const blocked = await client.get('/api/members');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.message).toBe('请先修改初始密码');
    expect((await client.get('/api/auth/me')).statusCode).toBe(200);
    expect((await client.post('/api/auth/password', { oldPassword: user.password, newPassword: 'Chosen#Pass2026' })).statusCode).toBe(200);
    expect((await client.get('/api/members')).statusCode).toBe(200);
    expect((await client.get('/api/auth/me')).json().user.mustChangePassword).toBe(false);
  });

  it('blocks other endpoints once the password is older than the maximum age', async () => {
    const user = await createTestUser(t.handle.db, committee, ['office_staff']);
    const client = await login(t.app, user);
    await t.handle.db
      .updateTable('users')
      .set({ password_changed_at: new Date(Date.now() - 91 * 86_400_000) })
      .where('committee_id', '=', committee.id)
      .where('id', '=', user.id)
      .execute();
    const res = await client.get('/api/members');
    expect(res.statusCode).toBe(403);
    expect(res.json().error.message).toBe('密码已过期，请先修改密码');
    expect((await client.get('/api/auth/me')).json().user.passwordExpired).toBe(true);
  });
});
