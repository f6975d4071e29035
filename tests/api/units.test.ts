import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/database';
import { createTestCommittee, createTestUser, unitInput, type TestCommittee } from '../support/factories';
import { anonymous, createTestApp, login, type Client, type TestApp } from '../support/test-app';

let t: TestApp;
let db: Db;
let committee: TestCommittee;
let other: TestCommittee;
let office: Client;
let leader: Client;
let proposal: Client;
let member: Client;
let unit: Client;

type Unit = { id: string; name: string; category: string; active: boolean; sort: number; contacts: { name: string; phone: string | null }[]; accountCount: number; abilities: { update: boolean; delete: boolean } };

beforeAll(async () => {
  t = await createTestApp();
  db = t.handle.db;
  committee = await createTestCommittee(db, { members: 3 });
  other = await createTestCommittee(db, { members: 3 });
  office = await login(t.app, await createTestUser(db, committee, ['office_staff']));
  leader = await login(t.app, await createTestUser(db, committee, ['leader']));
  proposal = await login(t.app, await createTestUser(db, committee, ['proposal_staff']));
  member = await login(t.app, await createTestUser(db, committee, ['member']));
  // Linked to committee.unitIds[0].
  unit = await login(t.app, await createTestUser(db, committee, ['handling_unit']));
});
afterAll(() => t?.close());

const listUnits = async (client: Client, query = ''): Promise<Unit[]> => {
  const res = await client.get(`/api/units${query}`);
  expect(res.statusCode).toBe(200);
  return res.json();
};
const auditOf = (id: string) =>
  db.selectFrom('audit_events').select(['action', 'object_type', 'object_label', 'before', 'after']).where('committee_id', '=', committee.id).where('object_id', '=', id).orderBy('id').execute();

describe('GET /api/units', () => {
  it('refuses anonymous callers (401), then members and unit accounts (403)', async () => {
    expect((await anonymous(t.app).get('/api/units')).statusCode).toBe(401);
    expect((await member.get('/api/units')).statusCode).toBe(403);
    expect((await unit.get('/api/units')).statusCode).toBe(403);
  });

  it('refuses a bad filter, naming the field', async () => {
    const res = await office.get('/api/units?category=ministry');
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'VALIDATION', field: 'category' });
    expect(res.json().error.message).toContain('类别');
  });

  it('lists all of the committee\'s units for staff, in order, with contacts and abilities', async () => {
    const all = await listUnits(leader);
    expect(all.map((u) => u.id).sort()).toEqual([...committee.unitIds].sort());
    const sorts = all.map((u) => u.sort);
    expect(sorts).toEqual([...sorts].sort((a, b) => a - b));
    expect(all[0].contacts[0]).toMatchObject({ title: '办公室主任' });
    expect(all[0].contacts[0].phone).toMatch(/^0917-/);
    expect(all.every((u) => !u.abilities.update && !u.abilities.delete)).toBe(true);
    expect((await listUnits(proposal)).length).toBe(all.length);

    const asOffice = await listUnits(office);
    const linked = asOffice.find((u) => u.id === committee.unitIds[0]);
    expect(linked).toMatchObject({ accountCount: 1, abilities: { update: true, delete: false } });
    expect(asOffice.find((u) => u.id !== committee.unitIds[0])).toMatchObject({ accountCount: 0, abilities: { update: true, delete: true } });
  });

  it('filters by search words, category and active', async () => {
    const courts = await listUnits(office, '?category=court');
    expect(courts.length).toBeGreaterThan(0);
    expect(courts.every((u) => u.category === 'court')).toBe(true);
    const found = await listUnits(office, `?q=${encodeURIComponent('教育')}`);
    expect(found.map((u) => u.name)).toEqual([expect.stringContaining('教育局')]);
    expect(await listUnits(office, '?q=%25')).toEqual([]);
    expect(await listUnits(office, '?active=false')).toEqual([]);
  });

  it('never lists another committee\'s units', async () => {
    const ids = (await listUnits(office)).map((u) => u.id);
    for (const id of other.unitIds) expect(ids).not.toContain(id);
  });
});

describe('GET /api/units/:id', () => {
  it('lets staff read a unit and a unit account read only its own', async () => {
    expect((await anonymous(t.app).get(`/api/units/${committee.unitIds[0]}`)).statusCode).toBe(401);
    expect((await office.get('/api/units/abc')).statusCode).toBe(400);
    expect((await member.get(`/api/units/${committee.unitIds[0]}`)).statusCode).toBe(403);
    const own = await unit.get(`/api/units/${committee.unitIds[0]}`);
    expect(own.statusCode).toBe(200);
    expect(own.json()).toMatchObject({ id: committee.unitIds[0], accountCount: 1, abilities: { update: false, delete: false } });
    expect((await unit.get(`/api/units/${committee.unitIds[1]}`)).statusCode).toBe(403);
    expect((await leader.get(`/api/units/${committee.unitIds[1]}`)).statusCode).toBe(200);
  });

  it('answers 404 for another committee\'s unit, to staff and to unit accounts alike', async () => {
    const res = await office.get(`/api/units/${other.unitIds[0]}`);
    expect(res.statusCode).toBe(404);
    expect(res.json().error.message).toBe('承办单位不存在');
    expect((await unit.get(`/api/units/${other.unitIds[0]}`)).statusCode).toBe(404);
  });
});

describe('POST /api/units', () => {
  it('refuses anonymous callers (401)', async () => {
    expect((await anonymous(t.app).post('/api/units', unitInput())).statusCode).toBe(401);
  });

  it.each([
    { body: unitInput({ name: '' }), field: 'name', message: '请输入单位名称' },
    { body: unitInput({ category: 'ministry' }), field: 'category', message: '请选择单位类别' },
    { body: unitInput({ contacts: [{ name: '王建', phone: '2100000' }] }), field: 'contacts.phone', message: '联系电话' },
    { body: unitInput({ contacts: [{ name: '', phone: '13800000000' }] }), field: 'contacts.name', message: '请填写联系人姓名' },
    { body: unitInput({ sort: -1 }), field: 'sort', message: '排序' },
  ])('names the field in Chinese on bad input: $field (400)', async ({ body, field, message }) => {
    const before = await listUnits(office);
    const res = await office.post('/api/units', body);
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'VALIDATION', field });
    expect(res.json().error.message).toContain(message);
    expect(await listUnits(office)).toHaveLength(before.length);
  });

  it('lets only the office create units (403)', async () => {
    for (const client of [leader, proposal, member, unit]) expect((await client.post('/api/units', unitInput())).statusCode).toBe(403);
  });

  it('creates a unit with mobile and landline contacts and audits it', async () => {
    const input = unitInput({ name: '云州市数据资源局', category: 'government', contacts: [{ name: '赵敏', title: '科长', phone: '0917-2345678' }, { name: '钱程', phone: '13912345678' }, { name: '孙立' }] });
    const res = await office.post('/api/units', input);
    expect(res.statusCode).toBe(201);
    const { id } = res.json();
    const detail = (await office.get(`/api/units/${id}`)).json();
    expect(detail).toMatchObject({ name: '云州市数据资源局', shortName: input.shortName, active: true, accountCount: 0 });
    expect(detail.contacts).toEqual([
      { name: '赵敏', title: '科长', phone: '0917-2345678' },
      { name: '钱程', title: null, phone: '13912345678' },
      { name: '孙立', title: null, phone: null },
    ]);
    const audit = await auditOf(id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'handling_unit.created', object_type: 'handling_unit', object_label: '云州市数据资源局', before: null });
    expect(audit[0].after).toMatchObject({ id, name: '云州市数据资源局', contacts: detail.contacts });
  });

  it('refuses a name the committee already uses (409), but not one another committee uses', async () => {
    const [existing] = await listUnits(office);
    const res = await office.post('/api/units', unitInput({ name: existing.name }));
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'CONFLICT', field: 'name', message: '名称已存在' });
    const foreignName = (await db.selectFrom('handling_units').select('name').where('id', '=', other.unitIds[0]).executeTakeFirstOrThrow()).name;
    const ours = (await listUnits(office)).map((u) => u.name);
    if (!ours.includes(foreignName)) expect((await office.post('/api/units', unitInput({ name: foreignName }))).statusCode).toBe(201);
  });
});

describe('PUT /api/units/:id', () => {
  it('refuses 401 → 400 → 403 in that order', async () => {
    const id = committee.unitIds[1];
    expect((await anonymous(t.app).put(`/api/units/${id}`, unitInput())).statusCode).toBe(401);
    expect((await office.put(`/api/units/${id}`, unitInput({ active: 'yes' }))).json().error).toMatchObject({ field: 'active' });
    expect((await leader.put(`/api/units/${id}`, unitInput())).statusCode).toBe(403);
  });

  it('updates a unit, records before and after, and can deactivate it', async () => {
    const id = (await office.post('/api/units', unitInput({ name: '待改单位' }))).json().id;
    const res = await office.put(`/api/units/${id}`, unitInput({ name: '已改单位', category: 'people_org', active: false, contacts: [] }));
    expect(res.statusCode).toBe(200);
    expect((await office.get(`/api/units/${id}`)).json()).toMatchObject({ name: '已改单位', category: 'people_org', active: false, contacts: [] });
    expect((await listUnits(office, '?active=false')).map((u) => u.id)).toEqual([id]);
    const audit = await auditOf(id);
    expect(audit.map((a) => a.action)).toEqual(['handling_unit.created', 'handling_unit.updated']);
    expect(audit[1].before).toMatchObject({ name: '待改单位', active: true, category: 'government' });
    expect(audit[1].after).toMatchObject({ name: '已改单位', active: false, category: 'people_org', contacts: [] });
  });

  it('answers 404 for another committee\'s unit and leaves it alone', async () => {
    const res = await office.put(`/api/units/${other.unitIds[0]}`, unitInput({ name: '越界修改' }));
    expect(res.statusCode).toBe(404);
    const row = await db.selectFrom('handling_units').select('name').where('id', '=', other.unitIds[0]).executeTakeFirstOrThrow();
    expect(row.name).not.toBe('越界修改');
  });
});

describe('DELETE /api/units/:id', () => {
  it('refuses anonymous callers and non-office roles', async () => {
    expect((await anonymous(t.app).delete(`/api/units/${committee.unitIds[2]}`)).statusCode).toBe(401);
    expect((await leader.delete(`/api/units/${committee.unitIds[2]}`)).statusCode).toBe(403);
    expect((await unit.delete(`/api/units/${committee.unitIds[0]}`)).statusCode).toBe(403);
  });

  it('refuses to delete a unit an account is linked to (409)', async () => {
    const res = await office.delete(`/api/units/${committee.unitIds[0]}`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('CONFLICT');
    expect(res.json().error.message).toContain('该承办单位已关联账号，不能删除');
    expect((await office.get(`/api/units/${committee.unitIds[0]}`)).statusCode).toBe(200);
  });

  it('deletes an unlinked unit and records what it was', async () => {
    const id = (await office.post('/api/units', unitInput({ name: '将删单位' }))).json().id;
    expect((await office.delete(`/api/units/${id}`)).statusCode).toBe(200);
    expect((await office.get(`/api/units/${id}`)).statusCode).toBe(404);
    const audit = await auditOf(id);
    expect(audit.map((a) => a.action)).toEqual(['handling_unit.created', 'handling_unit.deleted']);
    expect(audit[1]).toMatchObject({ object_label: '将删单位', before: { id, name: '将删单位' }, after: null });
  });

  it('answers 404 for another committee\'s unit', async () => {
    expect((await office.delete(`/api/units/${other.unitIds[1]}`)).statusCode).toBe(404);
    expect(await db.selectFrom('handling_units').select('id').where('id', '=', other.unitIds[1]).executeTakeFirst()).toBeDefined();
  });
});
