import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestCommittee, createTestUser, type TestCommittee } from '../support/factories';
import { anonymous, createTestApp, login, type Client, type TestApp } from '../support/test-app';

let t: TestApp;
let committee: TestCommittee;
let other: TestCommittee;
let sysadmin: Client;
let sysadminId: string;
let secadmin: Client;
let auditor: Client;
let office: Client;

beforeAll(async () => {
  t = await createTestApp();
  committee = await createTestCommittee(t.handle.db, { members: 8 });
  other = await createTestCommittee(t.handle.db, { members: 2 });
  const admin = await createTestUser(t.handle.db, committee, ['system_admin']);
  sysadminId = admin.id;
  sysadmin = await login(t.app, admin);
  secadmin = await login(t.app, await createTestUser(t.handle.db, committee, ['security_admin']));
  auditor = await login(t.app, await createTestUser(t.handle.db, committee, ['audit_admin']));
  office = await login(t.app, await createTestUser(t.handle.db, committee, ['office_staff']));
});
afterAll(() => t?.close());

let seq = 0;
const newUser = (overrides: Record<string, unknown> = {}) => {
  seq += 1;
  return { username: `clerk${seq}`, displayName: `办事员${seq}`, password: 'Initial#2026', roles: ['office_staff'], ...overrides };
};
const attempt = (username: string, password: string) =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { committeeCode: committee.code, username, password } });
const auditOf = (objectId: string, action: string) =>
  t.handle.db.selectFrom('audit_events').selectAll().where('committee_id', '=', committee.id).where('object_id', '=', objectId).where('action', '=', action).execute();

/** An account made through the API, with a session of its own (its initial password already changed). */
async function createdAndLoggedIn(overrides: Record<string, unknown> = {}) {
  const input = newUser(overrides);
  const { id } = (await sysadmin.post('/api/users', input)).json();
  await t.handle.db.updateTable('users').set({ must_change_password: false }).where('committee_id', '=', committee.id).where('id', '=', id).execute();
  return { id, input, client: await login(t.app, { committeeCode: committee.code, username: input.username, password: input.password }) };
}

describe('users API: create', () => {
  it('refuses anonymous callers with 401', async () => {
    for (const res of [await anonymous(t.app).get('/api/users'), await anonymous(t.app).post('/api/users', newUser())]) {
      expect(res.statusCode).toBe(401);
    }
  });

  it('names the field on bad input', async () => {
    const badName = await sysadmin.post('/api/users', newUser({ username: '9lives' }));
    expect(badName.statusCode).toBe(400);
    expect(badName.json().error).toMatchObject({ field: 'username' });
    expect(badName.json().error.message).toContain('用户名须以字母开头');
    const noRoles = await sysadmin.post('/api/users', newUser({ roles: [] }));
    expect(noRoles.json().error).toMatchObject({ field: 'roles', message: '至少选择一个角色' });
    const weak = await sysadmin.post('/api/users', newUser({ password: 'abc' }));
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.field).toBe('password');
    expect(weak.json().error.message).toContain('密码长度至少8位');
  });

  it('keeps the three administrators apart (三员分立) and the links the roles need', async () => {
    const twoAdmins = await sysadmin.post('/api/users', newUser({ roles: ['system_admin', 'audit_admin'] }));
    expect(twoAdmins.statusCode).toBe(400);
    expect(twoAdmins.json().error).toMatchObject({ code: 'VALIDATION', field: 'roles', message: '三员分立：系统管理员、审计管理员不能由同一人担任' });
    const adminAndBusiness = await sysadmin.post('/api/users', newUser({ roles: ['security_admin', 'office_staff'] }));
    expect(adminAndBusiness.json().error).toMatchObject({ field: 'roles', message: '三员分立：安全管理员不能兼任业务角色' });
    const memberAndUnit = await sysadmin.post('/api/users', newUser({ roles: ['member', 'handling_unit'], memberId: committee.memberIds[5], handlingUnitId: committee.unitIds[0] }));
    expect(memberAndUnit.json().error).toMatchObject({ field: 'roles', message: '同一账号不能既是委员又是承办单位' });
    const unlinked = await sysadmin.post('/api/users', newUser({ roles: ['member'] }));
    expect(unlinked.json().error).toMatchObject({ field: 'memberId', message: '委员账号须关联委员档案' });
    const foreign = await sysadmin.post('/api/users', newUser({ roles: ['member'], memberId: other.memberIds[0] }));
    expect(foreign.json().error).toMatchObject({ field: 'memberId', message: '委员不存在' });
  });

  it('links a committee-staff account to its special committee, and only such an account', async () => {
    const scId = committee.specialCommitteeIds[1];
    const res = await sysadmin.post('/api/users', newUser({ roles: ['committee_staff'], specialCommitteeId: scId }));
    expect(res.statusCode).toBe(201);
    const detail = (await sysadmin.get(`/api/users/${res.json().id}`)).json();
    const sc = await t.handle.db.selectFrom('special_committees').select('name').where('committee_id', '=', committee.id).where('id', '=', scId).executeTakeFirstOrThrow();
    expect(detail).toMatchObject({ specialCommitteeId: scId, specialCommitteeName: sc.name });
    const office = await sysadmin.post('/api/users', newUser({ roles: ['office_staff'], specialCommitteeId: scId }));
    expect(office.statusCode).toBe(400);
    expect(office.json().error).toMatchObject({ field: 'specialCommitteeId', message: '只有专委会工作人员账号可以关联所属专委会' });
    const foreign = await sysadmin.post('/api/users', newUser({ roles: ['committee_staff'], specialCommitteeId: other.specialCommitteeIds[0] }));
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.field).toBe('specialCommitteeId');
    const moved = await sysadmin.put(`/api/users/${res.json().id}`, { displayName: detail.displayName, roles: ['committee_staff'], specialCommitteeId: committee.specialCommitteeIds[2] });
    expect(moved.statusCode).toBe(200);
    expect((await sysadmin.get(`/api/users/${res.json().id}`)).json().specialCommitteeId).toBe(committee.specialCommitteeIds[2]);
    const audit = await t.handle.db.selectFrom('audit_events').select(['before', 'after']).where('committee_id', '=', committee.id).where('action', '=', 'user.updated').where('object_id', '=', res.json().id).executeTakeFirstOrThrow();
    expect(audit.before).toMatchObject({ specialCommitteeId: scId });
    expect(audit.after).toMatchObject({ specialCommitteeId: committee.specialCommitteeIds[2] });
    const options = (await sysadmin.get('/api/users/link-options?kind=special_committee&q=' + encodeURIComponent(sc.name))).json();
    expect(options.map((o: { id: string }) => o.id)).toContain(scId);
  });

  it('finds members and units to link by name, without the member list\'s personal data', async () => {
    const members = await sysadmin.get('/api/users/link-options?kind=member');
    expect(members.statusCode).toBe(200);
    expect(members.json().length).toBeGreaterThan(0);
    expect(Object.keys(members.json()[0]).sort()).toEqual(['hint', 'id', 'linkedTo', 'name']);
    const units = await sysadmin.get('/api/users/link-options?kind=unit');
    expect(units.json().length).toBeGreaterThan(0);
    expect((await sysadmin.get('/api/users/link-options?kind=other')).statusCode).toBe(400);
    expect((await office.get('/api/users/link-options?kind=member')).statusCode).toBe(403);
  });

  it('lets the security administrator read the accounts (to find locked ones) but not change them', async () => {
    const list = await secadmin.get('/api/users');
    expect(list.statusCode).toBe(200);
    expect(list.json().items.every((u: { abilities: { update: boolean } }) => u.abilities.update === false)).toBe(true);
    expect((await secadmin.post('/api/users', newUser())).statusCode).toBe(403);
  });

  it('refuses every role but the system administrator, and records the refusal', async () => {
    for (const client of [office, auditor]) {
      const res = await client.get('/api/users');
      expect(res.statusCode).toBe(403);
      expect(res.json().error).toMatchObject({ code: 'FORBIDDEN', message: '没有权限访问此功能' });
    }
    expect((await auditor.post('/api/users', newUser())).statusCode).toBe(403);
    const denied = await t.handle.db
      .selectFrom('audit_events')
      .selectAll()
      .where('committee_id', '=', committee.id)
      .where('action', '=', 'auth.access_denied')
      .where('object_label', '=', 'GET /api/users')
      .execute();
    expect(denied).toHaveLength(2);
    expect(denied.every((d) => d.result === 'denied')).toBe(true);
  });
  it('refuses a username already taken, with 409 on the field', async () => {
    const input = newUser();
    expect((await sysadmin.post('/api/users', input)).statusCode).toBe(201);
    const again = await sysadmin.post('/api/users', { ...input, displayName: '另一人' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'CONFLICT', field: 'username', message: '用户名已存在' });
  });

  it('creates an account that must change its password at first login, and audits it', async () => {
    const input = newUser({ roles: ['member', 'leader'], memberId: committee.memberIds[6], displayName: '周委员' });
    const res = await sysadmin.post('/api/users', input);
    expect(res.statusCode).toBe(201);
    const { id } = res.json();
    const detail = (await sysadmin.get(`/api/users/${id}`)).json();
    const member = await t.handle.db.selectFrom('members').select('name').where('committee_id', '=', committee.id).where('id', '=', committee.memberIds[6]).executeTakeFirstOrThrow();
    expect(detail).toMatchObject({
      id,
      username: input.username,
      displayName: '周委员',
      roles: ['member', 'leader'],
      roleLabels: ['委员', '领导'],
      memberId: committee.memberIds[6],
      memberName: member.name,
      handlingUnitId: null,
      disabled: false,
      locked: false,
      mustChangePassword: true,
      abilities: { update: true, disable: true, enable: false, unlock: false, resetPassword: true },
    });
    const first = await login(t.app, { committeeCode: committee.code, username: input.username, password: input.password });
    expect((await first.get('/api/members/' + committee.memberIds[6])).json().error.message).toBe('请先修改初始密码');
    const [event] = await auditOf(id, 'user.created');
    expect(event).toMatchObject({ actor_user_id: sysadminId, result: 'success', object_label: input.username });
    expect(event.after).toMatchObject({ username: input.username, roles: ['member', 'leader'] });
    expect(JSON.stringify(event.after)).not.toContain(input.password);
  });
});

describe('users API: list and read', () => {
  it('lists a page of the committee\'s accounts with a search and a role filter', async () => {
    const unit = await sysadmin.post('/api/users', newUser({ username: 'unit-zhao', displayName: '赵联络员', roles: ['handling_unit'], handlingUnitId: committee.unitIds[1] }));
    expect(unit.statusCode).toBe(201);
    const all = (await sysadmin.get('/api/users?pageSize=2')).json();
    expect(all.items).toHaveLength(2);
    expect(all.page).toBe(1);
    expect(all.total).toBeGreaterThanOrEqual(5);
    const byRole = (await sysadmin.get('/api/users?role=handling_unit')).json();
    expect(byRole.items.map((u: { username: string }) => u.username)).toEqual(['unit-zhao']);
    expect(byRole.items[0]).toMatchObject({ handlingUnitId: committee.unitIds[1], roleLabels: ['承办单位'] });
    expect(byRole.items[0].handlingUnitName).toBeTruthy();
    expect((await sysadmin.get('/api/users?q=联络')).json().items.map((u: { username: string }) => u.username)).toEqual(['unit-zhao']);
    expect((await sysadmin.get('/api/users?q=UNIT-Z')).json().total).toBe(1);
    expect((await sysadmin.get('/api/users?q=%25')).json().total).toBe(0);
  });

  it('names the field of a bad filter', async () => {
    const res = await sysadmin.get('/api/users?role=king');
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ field: 'role' });
    expect((await sysadmin.get('/api/users?pageSize=500')).json().error.field).toBe('pageSize');
    expect((await sysadmin.get('/api/users/not-a-uuid')).json().error.field).toBe('id');
  });

  it('never shows another committee\'s accounts', async () => {
    const foreign = await createTestUser(t.handle.db, other, ['office_staff']);
    expect((await sysadmin.get(`/api/users/${foreign.id}`)).statusCode).toBe(404);
    expect((await sysadmin.put(`/api/users/${foreign.id}`, { displayName: 'x', roles: ['leader'] })).statusCode).toBe(404);
    expect((await sysadmin.post(`/api/users/${foreign.id}/disable`)).statusCode).toBe(404);
    const all = (await sysadmin.get('/api/users?pageSize=200')).json();
    expect(all.items.map((u: { id: string }) => u.id)).not.toContain(foreign.id);
  });

  it('does not offer the administrator actions on their own account', async () => {
    const me = (await sysadmin.get(`/api/users/${sysadminId}`)).json();
    expect(me.abilities).toMatchObject({ update: true, disable: false, resetPassword: false });
  });
});

describe('users API: update', () => {
  it('changes name, roles and links, and audits before and after', async () => {
    const { id } = (await sysadmin.post('/api/users', newUser({ displayName: '钱办事员' }))).json();
    const res = await sysadmin.put(`/api/users/${id}`, { displayName: '钱主任', roles: ['office_staff', 'proposal_staff'], memberId: null, handlingUnitId: null });
    expect(res.statusCode).toBe(200);
    expect((await sysadmin.get(`/api/users/${id}`)).json()).toMatchObject({ displayName: '钱主任', roles: ['office_staff', 'proposal_staff'] });
    const [event] = await auditOf(id, 'user.updated');
    expect(event.before).toMatchObject({ displayName: '钱办事员', roles: ['office_staff'] });
    expect(event.after).toMatchObject({ displayName: '钱主任', roles: ['office_staff', 'proposal_staff'] });
    expect(event.actor_user_id).toBe(sysadminId);
  });

  it('keeps 三员分立 on update too', async () => {
    const { id } = (await sysadmin.post('/api/users', newUser())).json();
    const res = await sysadmin.put(`/api/users/${id}`, { displayName: '孙', roles: ['audit_admin', 'office_staff'] });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ field: 'roles', message: '三员分立：审计管理员不能兼任业务角色' });
    const missing = await sysadmin.put(`/api/users/${id}`, { roles: ['leader'] });
    expect(missing.json().error.field).toBe('displayName');
  });

  it('lets nobody change their own roles, but lets them fix their own name', async () => {
    const own = await sysadmin.put(`/api/users/${sysadminId}`, { displayName: '系统管理员甲', roles: ['security_admin'] });
    expect(own.statusCode).toBe(403);
    expect(own.json().error.message).toBe('不能修改本人的角色，须由另一名系统管理员操作');
    const rename = await sysadmin.put(`/api/users/${sysadminId}`, { displayName: '系统管理员甲', roles: ['system_admin'] });
    expect(rename.statusCode).toBe(200);
    const row = await t.handle.db.selectFrom('users').select(['roles', 'display_name']).where('committee_id', '=', committee.id).where('id', '=', sysadminId).executeTakeFirstOrThrow();
    expect(row).toEqual({ roles: ['system_admin'], display_name: '系统管理员甲' });
  });
});

describe('users API: reset password, disable, enable, unlock', () => {
  it('resets a password: weak ones refused, sessions ended, a change forced at next login', async () => {
    const { id, input, client } = await createdAndLoggedIn();
    const weak = await sysadmin.post(`/api/users/${id}/reset-password`, { password: 'short' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error).toMatchObject({ field: 'password' });
    const named = await sysadmin.post(`/api/users/${id}/reset-password`, { password: `${input.username}#A1` });
    expect(named.json().error.message).toContain('密码不能包含用户名');
    const res = await sysadmin.post(`/api/users/${id}/reset-password`, { password: 'Reset#Pass2026' });
    expect(res.statusCode).toBe(200);
    expect((await client.get('/api/auth/me')).statusCode).toBe(401);
    expect((await attempt(input.username, input.password)).statusCode).toBe(401);
    const again = await login(t.app, { committeeCode: committee.code, username: input.username, password: 'Reset#Pass2026' });
    expect(again.me?.user).toMatchObject({ mustChangePassword: true });
    const [event] = await auditOf(id, 'user.password_reset');
    expect(event.after).toMatchObject({ mustChangePassword: true, sessionsEnded: 1 });
    expect(JSON.stringify(event)).not.toContain('Reset#Pass2026');
  });

  it('does not reset one\'s own password through the administration', async () => {
    const res = await sysadmin.post(`/api/users/${sysadminId}/reset-password`, { password: 'Reset#Pass2026' });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.message).toBe('不能重置本人的密码，请在个人设置中修改密码');
  });

  it('disables an account: its sessions end, it cannot log in, and it cannot be disabled twice', async () => {
    const { id, input, client } = await createdAndLoggedIn();
    expect((await office.post(`/api/users/${id}/disable`)).statusCode).toBe(403);
    const res = await sysadmin.post(`/api/users/${id}/disable`);
    expect(res.statusCode).toBe(200);
    expect((await client.get('/api/auth/me')).statusCode).toBe(401);
    const refused = await attempt(input.username, input.password);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toBe('账号已停用，请联系系统管理员');
    const twice = await sysadmin.post(`/api/users/${id}/disable`);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.message).toBe('该账号已停用');
    expect((await sysadmin.get(`/api/users/${id}`)).json()).toMatchObject({ disabled: true, abilities: { disable: false, enable: true } });
    const [event] = await auditOf(id, 'user.disabled');
    expect(event).toMatchObject({ before: { disabled: false }, after: { disabled: true, sessionsEnded: 1 } });

    expect((await sysadmin.post(`/api/users/${id}/enable`)).statusCode).toBe(200);
    expect((await attempt(input.username, input.password)).statusCode).toBe(200);
    expect((await sysadmin.post(`/api/users/${id}/enable`)).statusCode).toBe(409);
    expect(await auditOf(id, 'user.enabled')).toHaveLength(1);
  });

  it('does not let the administrator disable themselves', async () => {
    const res = await sysadmin.post(`/api/users/${sysadminId}/disable`);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.message).toBe('不能停用本人的账号');
  });

  it('unlocks a locked account (system or security administrator), and refuses when not locked', async () => {
    const { id, input } = await createdAndLoggedIn();
    for (let i = 0; i < 5; i += 1) await attempt(input.username, 'Wrong#Pass1');
    expect((await attempt(input.username, input.password)).statusCode).toBe(423);
    const listed = (await sysadmin.get(`/api/users?q=${input.username}`)).json().items[0];
    expect(listed).toMatchObject({ locked: true, abilities: { unlock: true } });
    expect(new Date(listed.lockedUntil).getTime()).toBeGreaterThan(Date.now());
    expect((await auditor.post(`/api/users/${id}/unlock`)).statusCode).toBe(403);
    expect((await office.post(`/api/users/${id}/unlock`)).statusCode).toBe(403);
    const res = await secadmin.post(`/api/users/${id}/unlock`);
    expect(res.statusCode).toBe(200);
    expect((await attempt(input.username, input.password)).statusCode).toBe(200);
    const again = await sysadmin.post(`/api/users/${id}/unlock`);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe('该账号未被锁定');
    const [event] = await auditOf(id, 'user.unlocked');
    expect(event.before).toMatchObject({ failedLogins: 5 });
    expect(event.after).toEqual({ failedLogins: 0, lockedUntil: null });
  });

  it('lifts a lock when the password is reset', async () => {
    const { id, input } = await createdAndLoggedIn();
    for (let i = 0; i < 5; i += 1) await attempt(input.username, 'Wrong#Pass1');
    expect((await sysadmin.post(`/api/users/${id}/reset-password`, { password: 'Reset#Pass2026' })).statusCode).toBe(200);
    expect((await attempt(input.username, 'Reset#Pass2026')).statusCode).toBe(200);
  });
});

describe('administration endpoints: who reaches them (三员分立)', () => {
  /** Reviewed as a permission change whenever it moves. */
  const expected: Record<string, string[]> = {
    'GET /api/users': ['system_admin', 'security_admin'],
    'GET /api/users/:id': ['system_admin', 'security_admin'],
    'GET /api/users/link-options': ['system_admin'],
    'POST /api/users': ['system_admin'],
    'PUT /api/users/:id': ['system_admin'],
    'POST /api/users/:id/reset-password': ['system_admin'],
    'POST /api/users/:id/disable': ['system_admin'],
    'POST /api/users/:id/enable': ['system_admin'],
    'POST /api/users/:id/unlock': ['system_admin', 'security_admin'],
    'GET /api/security-settings': ['security_admin'],
    'PUT /api/security-settings': ['security_admin'],
    'GET /api/audit-events': ['audit_admin'],
    'GET /api/audit-events/actions': ['audit_admin'],
  };

  it('declares exactly these roles on each endpoint', () => {
    const declared = Object.fromEntries(
      t.routes
        .filter((r) => /^\/api\/(users|security-settings|audit-events)/.test(r.url))
        .map((r) => [`${r.method} ${r.url}`, 'roles' in r.access ? [...r.access.roles].sort() : r.access]),
    );
    expect(declared).toEqual(Object.fromEntries(Object.entries(expected).map(([k, v]) => [k, [...v].sort()])));
  });

  it('lets through only those roles when called', async () => {
    const roles = ['system_admin', 'security_admin', 'audit_admin', 'office_staff', 'proposal_staff', 'committee_staff', 'info_editor', 'member', 'handling_unit', 'leader'] as const;
    const clients = new Map<string, Client>();
    for (const role of roles) clients.set(role, await login(t.app, await createTestUser(t.handle.db, committee, [role])));
    const unknownId = '00000000-0000-4000-8000-000000000001';
    for (const [route, allowed] of Object.entries(expected)) {
      const [method, path] = route.split(' ');
      for (const role of roles) {
        const client = clients.get(role) as Client;
        const res = await client.request(method as 'GET', path.replace(':id', unknownId), method === 'GET' ? undefined : {});
        if (allowed.includes(role)) expect(res.statusCode, `${role} ${route}`).not.toBe(403);
        else expect(res.statusCode, `${role} ${route}`).toBe(403);
      }
    }
  });
});
