import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/database';
import { createTestCommittee, createTestUser, organisationInput, type TestCommittee } from '../support/factories';
import { anonymous, createTestApp, login, type Client, type TestApp } from '../support/test-app';

let t: TestApp;
let db: Db;
let committee: TestCommittee;
let other: TestCommittee;
let office: Client;
let member: Client;
let unit: Client;
let sysadmin: Client;

beforeAll(async () => {
  t = await createTestApp();
  db = t.handle.db;
  committee = await createTestCommittee(db, { members: 12 });
  other = await createTestCommittee(db, { members: 3 });
  office = await login(t.app, await createTestUser(db, committee, ['office_staff']));
  member = await login(t.app, await createTestUser(db, committee, ['member']));
  unit = await login(t.app, await createTestUser(db, committee, ['handling_unit']));
  sysadmin = await login(t.app, await createTestUser(db, committee, ['system_admin']));
});
afterAll(() => t?.close());

type Item = { id: string; name: string; memberCount?: number; sessionCount?: number; abilities: { update: boolean; delete: boolean } };
const list = async (client: Client, kind: string): Promise<Item[]> => {
  const res = await client.get(`/api/organisation/${kind}`);
  expect(res.statusCode).toBe(200);
  return res.json();
};
const auditOf = (id: string) =>
  db.selectFrom('audit_events').select(['action', 'object_type', 'before', 'after']).where('committee_id', '=', committee.id).where('object_id', '=', id).orderBy('id').execute();
const idsOf = async (table: 'terms' | 'plenary_sessions' | 'special_committees' | 'sectors' | 'parties' | 'liaison_groups' | 'member_studios', committeeId: string) =>
  (await db.selectFrom(table).select('id').where('committee_id', '=', committeeId).execute()).map((r) => r.id);

/** Per kind: its table, an input the schema refuses (with the field and a word of the message) and a change for the update. */
const KINDS = [
  { kind: 'terms', table: 'terms', objectType: 'term', bad: { body: { name: '第九届' }, field: 'number', says: '序号' }, change: { name: '第十届（改）' } },
  { kind: 'sessions', table: 'plenary_sessions', objectType: 'session', bad: { body: { number: 3, name: '三次会议' }, field: 'termId', says: '请选择届次' }, change: { name: '五届九次会议（改）' } },
  { kind: 'special-committees', table: 'special_committees', objectType: 'special_committee', bad: { body: { name: '  ' }, field: 'name', says: '请输入专委会名称' }, change: { shortName: '改委' } },
  { kind: 'sectors', table: 'sectors', objectType: 'sector', bad: { body: { name: '界别', sort: 'first' }, field: 'sort', says: '排序' }, change: { name: '改过的界' } },
  { kind: 'parties', table: 'parties', objectType: 'party', bad: { body: { name: '民建', kind: 'club' }, field: 'kind', says: '类别' }, change: { kind: 'group' } },
  { kind: 'liaison-groups', table: 'liaison_groups', objectType: 'liaison_group', bad: { body: { name: '联络组', description: '长'.repeat(501) }, field: 'description', says: '说明' }, change: { description: '改过的说明' } },
  { kind: 'studios', table: 'member_studios', objectType: 'studio', bad: { body: {}, field: 'name', says: '请输入委员工作室名称' }, change: { location: '新址' } },
] as const;

describe('GET /api/organisation', () => {
  it('refuses anonymous callers and the administrators', async () => {
    expect((await anonymous(t.app).get('/api/organisation')).statusCode).toBe(401);
    const res = await sysadmin.get('/api/organisation');
    expect(res.statusCode).toBe(403);
    expect(res.json().error.message).toContain('没有权限');
  });

  it('gives every business role all seven lists of its own committee, in display order', async () => {
    for (const client of [member, unit, office]) {
      const res = await client.get('/api/organisation');
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(Object.keys(body).sort()).toEqual(['liaisonGroups', 'parties', 'sectors', 'sessions', 'specialCommittees', 'studios', 'terms']);
      expect(body.terms[0]).toMatchObject({ number: 5, name: '第五届', isCurrent: true, startDate: '2022-01-10' });
      expect(body.sessions.map((s: { number: number }) => s.number)).toEqual([1, 2, 3, 4]);
      expect(body.sessions[0]).toMatchObject({ termId: committee.termId, name: '五届一次会议' });
      const sorts = body.sectors.map((s: { sort: number }) => s.sort);
      expect(sorts).toEqual([...sorts].sort((a, b) => a - b));
      expect(body.sectors.map((s: { id: string }) => s.id).sort()).toEqual([...committee.sectorIds].sort());
      expect(body.parties[0]).toHaveProperty('kind');
      expect(body.specialCommittees[0]).toHaveProperty('shortName');
      expect(body.studios[0]).toHaveProperty('location');
    }
  });

  it('never lists another committee\'s records', async () => {
    const body = (await office.get('/api/organisation')).json();
    const listed = new Set(Object.values(body).flatMap((items) => (items as { id: string }[]).map((i) => i.id)));
    for (const table of ['terms', 'plenary_sessions', 'sectors', 'parties', 'special_committees', 'liaison_groups', 'member_studios'] as const) {
      for (const id of await idsOf(table, other.id)) expect(listed.has(id)).toBe(false);
    }
  });
});

describe.each(KINDS)('/api/organisation/$kind', ({ kind, table, objectType, bad, change }) => {
  it('refuses anonymous callers (401)', async () => {
    const anon = anonymous(t.app);
    expect((await anon.get(`/api/organisation/${kind}`)).statusCode).toBe(401);
    const res = await anon.post(`/api/organisation/${kind}`, organisationInput(kind, committee));
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('names the field in Chinese on bad input and writes nothing (400)', async () => {
    const before = await idsOf(table, committee.id);
    const res = await office.post(`/api/organisation/${kind}`, bad.body);
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'VALIDATION', field: bad.field });
    expect(res.json().error.message).toContain(bad.says);
    expect(res.json().error.message).toMatch(/[\u4e00-\u9fff]/);
    expect((await office.put(`/api/organisation/${kind}/not-an-id`, organisationInput(kind, committee))).statusCode).toBe(400);
    expect(await idsOf(table, committee.id)).toHaveLength(before.length);
  });

  it('lets only the office write (403 for other roles, audited as denied)', async () => {
    const input = organisationInput(kind, committee);
    for (const client of [member, unit, sysadmin]) {
      const res = await client.post(`/api/organisation/${kind}`, input);
      expect(res.statusCode).toBe(403);
    }
    const someId = (await idsOf(table, committee.id))[0];
    if (someId) {
      expect((await member.put(`/api/organisation/${kind}/${someId}`, input)).statusCode).toBe(403);
      expect((await member.delete(`/api/organisation/${kind}/${someId}`)).statusCode).toBe(403);
    }
    const denied = await db.selectFrom('audit_events').select('object_label').where('committee_id', '=', committee.id).where('action', '=', 'auth.access_denied').execute();
    expect(denied.map((d) => d.object_label)).toContain(`POST /api/organisation/${kind}`);
    expect((await member.get(`/api/organisation/${kind}`)).statusCode).toBe(200);
  });

  it('creates, lists, updates and deletes, with one audit event each carrying before and after', async () => {
    const input = organisationInput(kind, committee);
    const created = await office.post(`/api/organisation/${kind}`, input);
    expect(created.statusCode).toBe(201);
    const { id } = created.json();

    const listed = (await list(office, kind)).find((i) => i.id === id);
    expect(listed).toMatchObject({ name: input.name, abilities: { update: true, delete: true } });
    if (kind !== 'sessions') expect(listed?.memberCount).toBe(0);
    expect((await list(member, kind)).find((i) => i.id === id)?.abilities).toEqual({ update: false, delete: false });

    const updated = await office.put(`/api/organisation/${kind}/${id}`, { ...input, ...change });
    expect(updated.statusCode).toBe(200);
    expect((await list(office, kind)).find((i) => i.id === id)).toMatchObject(change);

    const deleted = await office.delete(`/api/organisation/${kind}/${id}`);
    expect(deleted.statusCode).toBe(200);
    expect((await list(office, kind)).map((i) => i.id)).not.toContain(id);
    expect((await office.delete(`/api/organisation/${kind}/${id}`)).statusCode).toBe(404);

    const audit = await auditOf(id);
    expect(audit.map((a) => a.action)).toEqual(['organisation.created', 'organisation.updated', 'organisation.deleted']);
    expect(audit.every((a) => a.object_type === objectType)).toBe(true);
    expect(audit[0]).toMatchObject({ before: null, after: { id, name: input.name } });
    expect(audit[1].before).toMatchObject({ id, name: input.name });
    expect(audit[1].after).toMatchObject({ id, ...change });
    expect(audit[2]).toMatchObject({ before: { id, ...change }, after: null });
  });

  it('answers 404 for another committee\'s record and never lists it', async () => {
    const foreignId = (await idsOf(table, other.id))[0];
    const input = organisationInput(kind, committee);
    const put = await office.put(`/api/organisation/${kind}/${foreignId}`, input);
    expect(put.statusCode).toBe(404);
    expect(put.json().error.message).toMatch(/不存在$/);
    expect((await office.delete(`/api/organisation/${kind}/${foreignId}`)).statusCode).toBe(404);
    expect((await list(office, kind)).map((i) => i.id)).not.toContain(foreignId);
    expect(await idsOf(table, other.id)).toContain(foreignId);
  });
});

describe('records in use', () => {
  const memberCountOf = async (table: 'sectors' | 'parties' | 'liaison_groups' | 'member_studios', column: 'sector_id' | 'party_id' | 'liaison_group_id' | 'studio_id', id: string) =>
    (await db.selectFrom('members').select(column).where('committee_id', '=', committee.id).where(column, '=', id).execute()).length;

  it('counts the members of each record and refuses to delete one that has members (409)', async () => {
    await db.updateTable('members').set({ studio_id: (await idsOf('member_studios', committee.id))[0] }).where('id', '=', committee.memberIds[0]).execute();
    const cases = [
      { kind: 'sectors', table: 'sectors', column: 'sector_id', message: '该界别下仍有委员，不能删除' },
      { kind: 'parties', table: 'parties', column: 'party_id', message: '该党派团体下仍有委员，不能删除' },
      { kind: 'liaison-groups', table: 'liaison_groups', column: 'liaison_group_id', message: '该联络组下仍有委员，不能删除' },
      { kind: 'studios', table: 'member_studios', column: 'studio_id', message: '该委员工作室下仍有委员，不能删除' },
    ] as const;
    for (const c of cases) {
      const items = await list(office, c.kind);
      for (const item of items) expect(item.memberCount).toBe(await memberCountOf(c.table, c.column, item.id));
      const used = items.find((i) => (i.memberCount ?? 0) > 0);
      expect(used, c.kind).toBeDefined();
      expect(used?.abilities).toEqual({ update: true, delete: false });
      const res = await office.delete(`/api/organisation/${c.kind}/${used?.id}`);
      expect(res.statusCode).toBe(409);
      expect(res.json().error).toMatchObject({ code: 'CONFLICT', message: c.message });
      expect(await idsOf(c.table, committee.id)).toContain(used?.id);
    }
  });

  it('refuses to delete a special committee with members, or a term with members or sessions', async () => {
    const sc = (await list(office, 'special-committees')).find((i) => (i.memberCount ?? 0) > 0);
    const scRes = await office.delete(`/api/organisation/special-committees/${sc?.id}`);
    expect(scRes.statusCode).toBe(409);
    expect(scRes.json().error.message).toBe('该专委会下仍有委员，不能删除');

    const [term] = await list(office, 'terms');
    expect(term).toMatchObject({ id: committee.termId, sessionCount: 4 });
    expect(term.memberCount).toBeGreaterThan(0);
    expect((await office.delete(`/api/organisation/terms/${term.id}`)).json().error.message).toBe('该届次下仍有委员，不能删除');

    const empty = (await office.post('/api/organisation/terms', organisationInput('terms', committee))).json().id;
    await office.post('/api/organisation/sessions', organisationInput('sessions', committee, { termId: empty, number: 1 }));
    const res = await office.delete(`/api/organisation/terms/${empty}`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toBe('该届次下仍有会议，不能删除');
    const audit = await auditOf(empty);
    expect(audit.map((a) => a.action)).toEqual(['organisation.created']);
  });
});

describe('terms', () => {
  const currentTerms = async () => (await list(office, 'terms')).filter((t) => (t as unknown as { isCurrent: boolean }).isCurrent).map((t) => t.id);

  it('keeps one current term per committee: making one current clears the others in the same transaction', async () => {
    expect(await currentTerms()).toEqual([committee.termId]);
    const input = organisationInput('terms', committee, { number: 6, name: '第六届', isCurrent: true });
    const res = await office.post('/api/organisation/terms', input);
    expect(res.statusCode).toBe(201);
    const sixth = res.json().id;
    expect(await currentTerms()).toEqual([sixth]);
    const created = await auditOf(sixth);
    expect(created[0].after).toMatchObject({ isCurrent: true, sideEffects: { noLongerCurrent: [{ id: committee.termId, name: '第五届' }] } });

    const back = await office.put(`/api/organisation/terms/${committee.termId}`, { number: 5, name: '第五届', startDate: '2022-01-10', endDate: '2027-01-09', isCurrent: true });
    expect(back.statusCode).toBe(200);
    expect(await currentTerms()).toEqual([committee.termId]);
    const [current] = await db.selectFrom('terms').select('id').where('committee_id', '=', other.id).where('is_current', '=', true).execute();
    expect(current).toBeDefined();

    await office.put(`/api/organisation/terms/${committee.termId}`, { number: 5, name: '第五届', startDate: '2022-01-10', endDate: '2027-01-09', isCurrent: true });
    expect(await currentTerms()).toEqual([committee.termId]);
    expect((await office.delete(`/api/organisation/terms/${sixth}`)).statusCode).toBe(200);
  });

  it('refuses a term number that is taken, naming the field (409)', async () => {
    const res = await office.post('/api/organisation/terms', organisationInput('terms', committee, { number: 5 }));
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'CONFLICT', field: 'number', message: '该届次已存在' });
  });

  it('refuses an end date before the start date', async () => {
    const res = await office.post('/api/organisation/terms', organisationInput('terms', committee, { startDate: '2027-01-10', endDate: '2026-01-01' }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ field: 'endDate', message: '结束日期不能早于开始日期' });
  });
});

describe('sessions and named records', () => {
  it('refuses a session in another committee\'s term as a 400 on termId', async () => {
    const res = await office.post('/api/organisation/sessions', organisationInput('sessions', committee, { termId: other.termId }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ field: 'termId', message: '届次不存在' });
  });

  it('refuses a session number taken in the term (409)', async () => {
    const res = await office.post('/api/organisation/sessions', organisationInput('sessions', committee, { number: 2 }));
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ field: 'number', message: '该次会议已存在' });
  });

  it('refuses a duplicate name within the committee but allows it in another', async () => {
    const [sector] = (await office.get('/api/organisation')).json().sectors;
    const res = await office.post('/api/organisation/sectors', { name: sector.name });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ field: 'name', message: '名称已存在' });
    const otherOffice = await login(t.app, await createTestUser(db, other, ['office_staff']));
    expect((await otherOffice.post('/api/organisation/sectors', { name: '只在本会的界别' })).statusCode).toBe(201);
    expect((await office.post('/api/organisation/sectors', { name: '只在本会的界别' })).statusCode).toBe(201);
  });

  it('answers 404 for an unknown kind', async () => {
    expect((await office.get('/api/organisation/committees')).statusCode).toBe(404);
    expect((await office.post('/api/organisation/units', { name: 'x' })).statusCode).toBe(404);
  });
});
