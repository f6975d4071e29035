import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditAction } from '../../src/domain/audit-actions';
import { defaultSecuritySettings } from '../../src/domain/security-settings';
import { createTestCommittee, createTestUser, type TestCommittee } from '../support/factories';
import { anonymous, createTestApp, login, type Client, type TestApp } from '../support/test-app';

let t: TestApp;
let committee: TestCommittee;
let other: TestCommittee;
let sysadmin: Client;
let sysadminId: string;
let secadmin: Client;
let secadminId: string;
let auditor: Client;
let otherAuditor: Client;
let targetId: string;

type AuditItem = {
  id: number;
  at: string;
  actorUserId: string | null;
  actorName: string | null;
  action: string;
  actionLabel: string;
  objectType: string | null;
  objectId: string | null;
  objectLabel: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  result: string;
  reason: string | null;
  ip: string | null;
};

/** A request from a given address, so that the audit trail's ip can be checked. */
function from(client: Client, ip: string, method: 'POST' | 'PUT', url: string, payload: Record<string, unknown> = {}) {
  return t.app.inject({ method, url, payload, remoteAddress: ip, headers: { cookie: client.cookie ?? '', 'x-csrf-token': client.csrfToken ?? '' } });
}
const events = async (query: string): Promise<{ items: AuditItem[]; total: number }> => {
  const res = await auditor.get(`/api/audit-events?${query}`);
  expect(res.statusCode).toBe(200);
  return res.json();
};

beforeAll(async () => {
  t = await createTestApp();
  committee = await createTestCommittee(t.handle.db, { members: 3 });
  other = await createTestCommittee(t.handle.db, { members: 1 });
  const admin = await createTestUser(t.handle.db, committee, ['system_admin'], { username: 'sysadmin-li' });
  sysadminId = admin.id;
  sysadmin = await login(t.app, admin);
  const sec = await createTestUser(t.handle.db, committee, ['security_admin']);
  secadminId = sec.id;
  secadmin = await login(t.app, sec);
  auditor = await login(t.app, await createTestUser(t.handle.db, committee, ['audit_admin']));
  otherAuditor = await login(t.app, await createTestUser(t.handle.db, other, ['audit_admin']));

  // One of each administration action, from known addresses.
  const created = await from(sysadmin, '10.20.0.1', 'POST', '/api/users', { username: 'target-wang', displayName: '王办事员', password: 'Initial#2026', roles: ['office_staff'] });
  targetId = created.json().id;
  await from(sysadmin, '10.20.0.2', 'PUT', `/api/users/${targetId}`, { displayName: '王主任', roles: ['office_staff', 'leader'] });
  await from(sysadmin, '10.20.0.3', 'POST', `/api/users/${targetId}/reset-password`, { password: 'Reset#Pass2026' });
  await from(sysadmin, '10.20.0.4', 'POST', `/api/users/${targetId}/disable`);
  await from(sysadmin, '10.20.0.5', 'POST', `/api/users/${targetId}/enable`);
  for (let i = 0; i < 5; i += 1) await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { committeeCode: committee.code, username: 'target-wang', password: 'Wrong#Pass1' }, remoteAddress: '10.30.0.9' });
  await from(secadmin, '10.20.0.6', 'POST', `/api/users/${targetId}/unlock`);
  await from(secadmin, '10.20.0.7', 'PUT', '/api/security-settings', { ...defaultSecuritySettings, lockoutMinutes: 20 });
});
afterAll(() => t?.close());

describe('audit log API', () => {
  it('refuses anonymous callers with 401', async () => {
    expect((await anonymous(t.app).get('/api/audit-events')).statusCode).toBe(401);
    expect((await anonymous(t.app).get('/api/audit-events/actions')).statusCode).toBe(401);
  });

  it('names the field of a bad filter', async () => {
    const cases: [string, string][] = [
      ['from=yesterday', 'from'],
      ['to=2026-02-30T25:00', 'to'],
      ['from=2026-03-02&to=2026-03-01', 'to'],
      ['action=user.exploded', 'action'],
      ['result=maybe', 'result'],
      ['pageSize=500', 'pageSize'],
      ['page=0', 'page'],
    ];
    for (const [query, field] of cases) {
      const res = await auditor.get(`/api/audit-events?${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().error.field, query).toBe(field);
    }
    const reversed = await auditor.get('/api/audit-events?from=2026-03-02&to=2026-03-01');
    expect(reversed.json().error.message).toBe('结束时间不能早于开始时间');
  });

  it('is for the audit administrator alone (三员分立)', async () => {
    const office = await login(t.app, await createTestUser(t.handle.db, committee, ['office_staff']));
    for (const client of [sysadmin, secadmin, office]) {
      expect((await client.get('/api/audit-events')).statusCode).toBe(403);
      expect((await client.get('/api/audit-events/actions')).statusCode).toBe(403);
    }
  });

  it('labels every action in Chinese', async () => {
    const res = await auditor.get('/api/audit-events/actions');
    expect(res.statusCode).toBe(200);
    const list: { action: string; label: string }[] = res.json();
    expect(list.map((a) => a.action).sort()).toEqual(Object.values(AuditAction).sort());
    expect(list.find((a) => a.action === 'user.unlocked')?.label).toBe('解锁账号');
    for (const a of list) expect(a.label).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('records each administration action with actor, address, object, before and after', async () => {
    const { items } = await events(`objectId=${targetId}&pageSize=100`);
    const byAction = (action: string) => items.filter((e) => e.action === action);
    const expected: [string, string, string][] = [
      ['user.created', '新增用户', '10.20.0.1'],
      ['user.updated', '修改用户', '10.20.0.2'],
      ['user.password_reset', '重置密码', '10.20.0.3'],
      ['user.disabled', '停用账号', '10.20.0.4'],
      ['user.enabled', '启用账号', '10.20.0.5'],
      ['user.unlocked', '解锁账号', '10.20.0.6'],
    ];
    for (const [action, label, ip] of expected) {
      const [event] = byAction(action);
      expect(event, action).toMatchObject({ actionLabel: label, ip, objectType: 'user', objectLabel: 'target-wang', result: 'success' });
      expect(event.actorUserId, action).toBe(action === 'user.unlocked' ? secadminId : sysadminId);
    }
    expect(byAction('user.updated')[0]).toMatchObject({ before: { displayName: '王办事员', roles: ['office_staff'] }, after: { displayName: '王主任', roles: ['office_staff', 'leader'] } });
    expect(byAction('user.disabled')[0]).toMatchObject({ before: { disabled: false }, after: { disabled: true } });
    expect(byAction('user.unlocked')[0].before).toMatchObject({ failedLogins: 5 });
    expect(byAction('auth.account_locked')).toHaveLength(1);
    expect(byAction('auth.login').filter((e) => e.result === 'failure' && e.ip === '10.30.0.9')).toHaveLength(5);

    const [settings] = (await events('action=security_settings.updated')).items;
    expect(settings).toMatchObject({ actionLabel: '修改安全策略', actorUserId: secadminId, ip: '10.20.0.7', before: { lockoutMinutes: 15 }, after: { lockoutMinutes: 20 } });
  });

  it('pages newest first, with the total', async () => {
    const all = await events('pageSize=200');
    expect(all.total).toBe(all.items.length);
    const times = all.items.map((e) => new Date(e.at).getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    const ids = all.items.map((e) => e.id);
    const page2 = await events('pageSize=3&page=2');
    expect(page2.items.map((e) => e.id)).toEqual(ids.slice(3, 6));
    expect(page2.total).toBe(all.total);
    const beyond = await events('pageSize=3&page=999');
    expect(beyond).toMatchObject({ items: [], total: all.total });
  });

  it('filters by action, result, object type, actor and time', async () => {
    const failures = await events('action=auth.login&result=failure');
    expect(failures.total).toBe(5);
    expect(failures.items.every((e) => e.reason === '密码错误')).toBe(true);
    const byUsername = await events('actor=SYSADMIN-L&objectType=user');
    expect(byUsername.total).toBeGreaterThanOrEqual(5);
    expect(byUsername.items.every((e) => e.actorUserId === sysadminId)).toBe(true);
    const byName = await events('actor=测试sysadmin');
    expect(byName.total).toBe((await events('actor=sysadmin-li')).total);
    expect((await events('actor=%25')).total).toBe(0);

    const total = (await events('')).total;
    expect((await events('from=2000-01-01&to=2999-12-31')).total).toBe(total);
    expect((await events('to=2000-01-01')).total).toBe(0);
    // A day in Beijing time: today's events all fall within today as dated in China.
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
    expect((await events(`from=${today}&to=${today}`)).total).toBe(total);
    const recent = new Date(Date.now() - 60 * 60_000).toISOString();
    expect((await events(`from=${encodeURIComponent(recent)}`)).total).toBe(total);
  });

  it('shows each committee only its own events', async () => {
    const own = await otherAuditor.get('/api/audit-events?pageSize=200');
    const items: AuditItem[] = own.json().items;
    expect(items.length).toBeGreaterThan(0);
    expect(items.some((e) => e.objectId === targetId)).toBe(false);
    const otherIds = await t.handle.db.selectFrom('audit_events').select('id').where('committee_id', '=', other.id).execute();
    expect(own.json().total).toBe(otherIds.length);
    expect((await events(`objectId=${other.id}`)).total).toBe(0);
  });
});

describe('audit trail is append-only', () => {
  it('offers no endpoint that changes or removes an event', async () => {
    const [first] = (await events('pageSize=1')).items;
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE'] as const) {
      expect((await auditor.request(method, `/api/audit-events/${first.id}`, {})).statusCode).toBe(404);
      expect((await auditor.request(method, '/api/audit-events', {})).statusCode).toBe(404);
    }
  });

  it('refuses a direct update, delete or truncate in the database', async () => {
    const db = t.handle.db;
    const before = await db.selectFrom('audit_events').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
    await expect(db.updateTable('audit_events').set({ reason: 'tampered' }).where('committee_id', '=', committee.id).execute()).rejects.toThrow(/审计日志只能追加/);
    await expect(db.deleteFrom('audit_events').where('committee_id', '=', committee.id).execute()).rejects.toThrow(/审计日志只能追加/);
    await expect(sql`truncate audit_events`.execute(db)).rejects.toThrow(/审计日志只能追加/);
    const after = await db.selectFrom('audit_events').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
    const tampered = await db.selectFrom('audit_events').select('id').where('reason', '=', 'tampered').execute();
    expect(tampered).toEqual([]);
  });
});
