import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestCommittee, createTestUser, memberInput, type TestCommittee } from '../support/factories';
import { anonymous, createTestApp, login, type Client, type TestApp } from '../support/test-app';

let t: TestApp;
let committee: TestCommittee;
let other: TestCommittee;
let office: Client;

beforeAll(async () => {
  t = await createTestApp();
  committee = await createTestCommittee(t.handle.db, { members: 30 });
  other = await createTestCommittee(t.handle.db, { members: 5 });
  office = await login(t.app, await createTestUser(t.handle.db, committee, ['office_staff']));
});
afterAll(() => t?.close());

describe('members API', () => {
  it('refuses anonymous callers', async () => {
    const res = await anonymous(t.app).get('/api/members');
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('lists a page of the committee\'s members with the total and a filter', async () => {
    const res = await office.get(`/api/members?pageSize=5&sectorId=${committee.sectorIds[0]}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const expected = await t.handle.db.selectFrom('members').select('id').where('committee_id', '=', committee.id).where('sector_id', '=', committee.sectorIds[0]).execute();
    expect(body.total).toBe(expected.length);
    expect(body.items.length).toBe(Math.min(5, expected.length));
    for (const item of body.items) expect(item.sectorName).toBeTruthy();
  });

  it('creates a member and records the audit event in the same transaction', async () => {
    const input = memberInput(committee, { name: '林新月' });
    const res = await office.post('/api/members', input);
    expect(res.statusCode).toBe(201);
    const { id } = res.json();
    const detail = (await office.get(`/api/members/${id}`)).json();
    expect(detail).toMatchObject({ name: '林新月', status: 'active', phone: input.phone });
    expect(detail.specialCommittees).toHaveLength(1);
    const audit = await t.handle.db.selectFrom('audit_events').selectAll().where('committee_id', '=', committee.id).where('object_id', '=', id).execute();
    expect(audit.map((a) => a.action)).toEqual(['member.created']);
  });

  it('names the field in Chinese on bad input and writes nothing', async () => {
    const before = await t.handle.db.selectFrom('members').select('id').where('committee_id', '=', committee.id).execute();
    const res = await office.post('/api/members', memberInput(committee, { phone: '12345' }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'VALIDATION', field: 'phone' });
    expect(res.json().error.message).toContain('手机号');
    const wrongSector = await office.post('/api/members', memberInput(committee, { sectorId: other.sectorIds[0] }));
    expect(wrongSector.statusCode).toBe(400);
    expect(wrongSector.json().error).toMatchObject({ field: 'sectorId', message: '界别不存在' });
    const after = await t.handle.db.selectFrom('members').select('id').where('committee_id', '=', committee.id).execute();
    expect(after.length).toBe(before.length);
  });

  it('refuses a duplicate phone with 409 naming the field', async () => {
    const first = memberInput(committee);
    expect((await office.post('/api/members', first)).statusCode).toBe(201);
    const res = await office.post('/api/members', memberInput(committee, { phone: first.phone }));
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'CONFLICT', field: 'phone' });
  });

  it('marks a member as left with a date, and refuses to do it twice', async () => {
    const id = committee.memberIds[1];
    const res = await office.post(`/api/members/${id}/leave`, { leftDate: '2026-06-30', leftReason: '工作调动' });
    expect(res.statusCode).toBe(200);
    expect((await office.get(`/api/members/${id}`)).json()).toMatchObject({ status: 'left', leftDate: '2026-06-30' });
    const again = await office.post(`/api/members/${id}/leave`, { leftDate: '2026-07-01' });
    expect(again.statusCode).toBe(409);
    const left = (await office.get('/api/members?status=left')).json();
    expect(left.items.map((m: { id: string }) => m.id)).toContain(id);
  });

  it('never shows another committee\'s member', async () => {
    const res = await office.get(`/api/members/${other.memberIds[0]}`);
    expect(res.statusCode).toBe(404);
    const all = (await office.get('/api/members?pageSize=200')).json();
    expect(all.items.map((m: { id: string }) => m.id)).not.toContain(other.memberIds[0]);
  });

  it('lets a member read their own record only', async () => {
    const member = await login(t.app, await createTestUser(t.handle.db, committee, ['member'], { memberId: committee.memberIds[2] }));
    expect((await member.get(`/api/members/${committee.memberIds[2]}`)).statusCode).toBe(200);
    expect((await member.get(`/api/members/${committee.memberIds[3]}`)).statusCode).toBe(403);
    expect((await member.get('/api/members')).statusCode).toBe(403);
  });

  it('refuses writes without the CSRF token', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/members', payload: memberInput(committee), headers: { cookie: office.cookie ?? '' } });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('CSRF_FAILED');
  });
});
