import { readFileSync } from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestCommittee, createTestUser, type TestCommittee } from '../support/factories';
import { anonymous, createTestApp, login, type Client, type TestApp } from '../support/test-app';

const sample = readFileSync(path.resolve('../shared/samples/plans/shangluo-2024.txt'), 'utf8');

let t: TestApp;
let committee: TestCommittee;
let other: TestCommittee;
let office: Client;
let leader: Client;
let member: Client;
let otherOffice: Client;

beforeAll(async () => {
  t = await createTestApp();
  committee = await createTestCommittee(t.handle.db, { members: 3 });
  other = await createTestCommittee(t.handle.db, { members: 1 });
  office = await login(t.app, await createTestUser(t.handle.db, committee, ['office_staff']));
  leader = await login(t.app, await createTestUser(t.handle.db, committee, ['leader']));
  member = await login(t.app, await createTestUser(t.handle.db, committee, ['member']));
  otherOffice = await login(t.app, await createTestUser(t.handle.db, other, ['office_staff']));
});
afterAll(() => t?.close());

async function importSample(client: Client) {
  const preview = await client.post('/api/plans/import/preview', { text: sample });
  expect(preview.statusCode).toBe(200);
  const parsed = preview.json();
  const items = parsed.items.map((i: Record<string, unknown>) => ({
    form: i.form,
    category: i.category,
    title: i.title,
    startMonth: i.start,
    endMonth: i.end,
    leadUnits: i.leadUnits,
    consultedDepartments: i.consultedDepartments,
    meeting: i.meeting ?? null,
    sources: i.sources,
  }));
  return { parsed, body: { plan: { year: parsed.year, title: parsed.title, docNumber: null, ...parsed.notice }, items, source: { fileName: 'shangluo-2024.txt', warnings: parsed.warnings } } };
}

describe('annual plan API', () => {
  let planId: string;

  it('refuses anonymous callers and wrong roles', async () => {
    expect((await anonymous(t.app).get('/api/plans')).statusCode).toBe(401);
    expect((await member.get('/api/plans')).statusCode).toBe(403);
    expect((await member.post('/api/plans/import/preview', { text: sample })).statusCode).toBe(403);
  });

  it('previews an imported notice with every field\'s source line and the stated total, saving nothing', async () => {
    const { parsed } = await importSample(office);
    expect(parsed).toMatchObject({ year: 2024, docNumber: '商政协发〔2024〕6号', statedTotal: 16 });
    expect(parsed.items).toHaveLength(16);
    expect(parsed.items[0].sources.title).toBeGreaterThan(0);
    expect(parsed.lines[parsed.items[0].sources.title - 1]).toContain(parsed.items[0].title.slice(0, 6));
    const plans = await t.handle.db.selectFrom('plans').select('id').where('committee_id', '=', committee.id).execute();
    expect(plans).toHaveLength(0);
  });

  it('saves the corrected plan with its items in one go, and refuses a second plan for the year', async () => {
    const { body } = await importSample(office);
    body.items[0].title = '深化拓展“三个年”活动 推进委员履职提质增效';
    const res = await office.post('/api/plans', body);
    expect(res.statusCode).toBe(201);
    planId = res.json().id;
    const plan = (await office.get(`/api/plans/${planId}`)).json();
    expect(plan.items).toHaveLength(16);
    expect(plan.items[0].title).toBe('深化拓展“三个年”活动 推进委员履职提质增效');
    expect(plan.totals.sentence).toContain('共安排协商活动16次');
    // The notice's own text came along, so nobody types it again.
    expect(plan).toMatchObject({ recipients: '市政协办公室、研究室、各专门委员会', reportTo: '省政协办公厅', sendTo: '市委、市政府' });
    expect(plan.requirements).toMatch(/^七、工作要求\n1\. 加强组织领导/);
    expect(plan.preamble).not.toContain('共安排协商活动');
    expect(plan.abilities).toMatchObject({ edit: true, actions: ['send_for_comment', 'submit_to_chairs'] });
    const again = await office.post('/api/plans', body);
    expect(again.statusCode).toBe(400);
    expect(again.json().error.field).toBe('year');
    const audit = await t.handle.db.selectFrom('audit_events').select('action').where('committee_id', '=', committee.id).where('object_id', '=', planId).execute();
    expect(audit.map((a) => a.action)).toContain('plan.imported');
  });

  it('rejects a bad item with a Chinese message naming the field', async () => {
    const res = await office.post(`/api/plans/${planId}/items`, { form: 'counterpart', title: '', startMonth: '2024-13' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('adds an item with its brand, which the plan and its workbook show', async () => {
    const res = await office.post(`/api/plans/${planId}/items`, { form: 'grassroots', title: '乡镇农贸市场提升改造', startMonth: '2024-11', brandTag: '有事好商量' });
    expect(res.statusCode).toBe(201);
    const plan = (await office.get(`/api/plans/${planId}`)).json();
    expect(plan.items.find((i: { title: string }) => i.title === '乡镇农贸市场提升改造')).toMatchObject({ brandTag: '有事好商量' });
    const sheet = await office.get(`/api/plans/${planId}/items.xlsx`);
    expect(sheet.statusCode).toBe(200);
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(sheet.rawPayload as unknown as ArrayBuffer);
    const rows = book.worksheets[0].getSheetValues().filter(Boolean) as unknown[][];
    expect(rows.some((r) => r.includes('有事好商量'))).toBe(true);
    const removed = await office.delete(`/api/plans/${planId}/items/${res.json().id}`);
    expect(removed.statusCode).toBeLessThan(300);
  });

  it('takes the plan through approval to issued; issue turns items into activities and locks the plan', async () => {
    expect((await member.post(`/api/plans/${planId}/transitions`, { action: 'submit_to_chairs' })).statusCode).toBe(403);
    expect((await office.post(`/api/plans/${planId}/transitions`, { action: 'issue', docNumber: '商政协发〔2024〕6号', issueDate: '2024-03-13' })).statusCode).toBe(409);
    expect((await office.post(`/api/plans/${planId}/transitions`, { action: 'submit_to_chairs', meeting: '市政协五届第20次主席会议' })).json()).toEqual({ status: 'submitted' });
    const noMeeting = await leader.post(`/api/plans/${planId}/transitions`, { action: 'record_decision' });
    expect(noMeeting.statusCode).toBe(400);
    expect(noMeeting.json().error.field).toBe('meeting');
    expect((await leader.post(`/api/plans/${planId}/transitions`, { action: 'record_decision', meeting: '中共商洛市委第8次常委会会议', meetingDate: '2024-03-11' })).json()).toEqual({ status: 'decided' });
    expect((await leader.post(`/api/plans/${planId}/transitions`, { action: 'issue', docNumber: '商政协发〔2024〕6号', issueDate: '2024-03-13' })).statusCode).toBe(403);
    expect((await office.post(`/api/plans/${planId}/transitions`, { action: 'issue', docNumber: '商政协发〔2024〕6号', issueDate: '2024-03-13' })).json()).toEqual({ status: 'issued' });

    const activities = await t.handle.db.selectFrom('activities').select(['plan_item_id', 'title']).where('committee_id', '=', committee.id).execute();
    expect(activities).toHaveLength(16);
    expect(activities.every((a) => a.plan_item_id)).toBe(true);

    const locked = await office.post(`/api/plans/${planId}/items`, { form: 'counterpart', title: '新增议题', startMonth: '2024-05' });
    expect(locked.statusCode).toBe(409);
    expect(locked.json().error.message).toContain('只能通过计划调整');
  });

  it('changes an issued plan only by an adjustment with reason and approver, kept in its history', async () => {
    const plan = (await office.get(`/api/plans/${planId}`)).json();
    const item = plan.items[3];
    const missing = await office.post(`/api/plans/${planId}/adjustments`, { kind: 'move', itemId: item.id, startMonth: '2024-06', reason: '', approver: '', approvedOn: '2024-05-01' });
    expect(missing.statusCode).toBe(400);
    const moved = await office.post(`/api/plans/${planId}/adjustments`, { kind: 'move', itemId: item.id, startMonth: '2024-06', reason: '调研未完成', approver: '市政协主席会议', approvedOn: '2024-05-01' });
    expect(moved.statusCode).toBe(201);
    const cancelled = await office.post(`/api/plans/${planId}/adjustments`, { kind: 'cancel', itemId: plan.items[4].id, reason: '与全会议题重复', approver: '市政协主席会议', approvedOn: '2024-05-01' });
    expect(cancelled.statusCode).toBe(201);
    const after = (await office.get(`/api/plans/${planId}`)).json();
    expect(after.items[3].startMonth).toBe('2024-06');
    expect(after.items[4].status).toBe('cancelled');
    expect(after.adjustments.map((a: { kind: string }) => a.kind)).toEqual(['move', 'cancel']);
    // The plan comes with its lists in one statement: its times read as they are stored, its dates as written.
    const stored = await t.handle.db.selectFrom('plan_adjustments').select(['created_at']).where('committee_id', '=', committee.id).where('plan_id', '=', planId).orderBy('created_at').execute();
    expect(after.adjustments.map((a: { at: string }) => a.at)).toEqual(stored.map((r) => r.created_at.toISOString()));
    expect(after.adjustments[0]).toMatchObject({ approvedOn: '2024-05-01', reason: '调研未完成', approver: '市政协主席会议', before: expect.any(Object), after: expect.any(Object) });
    expect(after.totals.count).toBe(15);
    const activity = await t.handle.db.selectFrom('activities').select(['status', 'start_month']).where('committee_id', '=', committee.id).where('plan_item_id', '=', plan.items[4].id).executeTakeFirstOrThrow();
    expect(activity.status).toBe('cancelled');
  });

  it('downloads the notice as .docx with the number, title, items and the totals sentence', async () => {
    const res = await office.get(`/api/plans/${planId}/notice.docx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    const { value } = await mammoth.extractRawText({ buffer: res.rawPayload });
    expect(value).toContain('商政协发〔2024〕6号');
    expect(value).toContain('共安排协商活动15次');
    expect(value).toContain('坚持“三茶”统筹融合 推动茶产业高质量发展');
    const xlsx = await office.get(`/api/plans/${planId}/items.xlsx`);
    expect(xlsx.statusCode).toBe(200);
  });

  it('never shows the plan to another committee', async () => {
    expect((await otherOffice.get(`/api/plans/${planId}`)).statusCode).toBe(404);
    expect((await otherOffice.get(`/api/plans/${planId}/notice.docx`)).statusCode).toBe(404);
    expect((await otherOffice.get('/api/plans')).json()).toEqual([]);
    expect((await otherOffice.post(`/api/plans/${planId}/transitions`, { action: 'return_to_draft', reason: 'x' })).statusCode).toBe(404);
  });
});

/** A department as a notice may write it, which the organisation's unit list does not name. */
const UNKNOWN_UNIT = '市发展改革部门';
/** A department the organisation lacks altogether, which the office creates from the plan. */
const NEW_UNIT = '市低空经济发展服务中心';
/** Lead bodies the organisation lacks, which the office creates from the plan: a liaison group and a party. */
const NEW_GROUP = '第九联络组';
const NEW_PARTY = '市青年创业者联合会';

describe('annual plan out for comment', () => {
  let planId: string;
  let invitedStaff: Client;
  let otherStaff: Client;
  let invitedUnit: Client;
  let otherUnit: Client;

  beforeAll(async () => {
    const [sc, otherSc] = [committee.specialCommitteeIds[1], committee.specialCommitteeIds[3]];
    invitedStaff = await login(t.app, await createTestUser(t.handle.db, committee, ['committee_staff'], { specialCommitteeId: sc }));
    otherStaff = await login(t.app, await createTestUser(t.handle.db, committee, ['committee_staff'], { specialCommitteeId: otherSc }));
    invitedUnit = await login(t.app, await createTestUser(t.handle.db, committee, ['handling_unit'], { handlingUnitId: committee.unitIds[2] }));
    otherUnit = await login(t.app, await createTestUser(t.handle.db, committee, ['handling_unit'], { handlingUnitId: committee.unitIds[5] }));
    const { body } = await importSample(office);
    body.plan.year = 2025;
    const nextYear = (m: unknown) => (typeof m === 'string' ? m.replace('2024', '2025') : m);
    body.items[0].consultedDepartments.push(UNKNOWN_UNIT);
    body.items[1].consultedDepartments.push(UNKNOWN_UNIT);
    body.items[2].consultedDepartments.push(NEW_UNIT);
    body.items[3].leadUnits.push(NEW_GROUP, NEW_PARTY);
    body.items = body.items.map((i: Record<string, unknown>) => ({ ...i, startMonth: nextYear(i.startMonth), endMonth: nextYear(i.endMonth) }));
    const res = await office.post('/api/plans', body);
    expect(res.statusCode).toBe(201);
    planId = res.json().id;
  });

  it('lists the plan to a handling unit only once it is invited, and lets only invited bodies comment', async () => {
    expect((await invitedUnit.get('/api/plans')).json()).toEqual([]);
    expect((await invitedUnit.get(`/api/plans/${planId}`)).statusCode).toBe(403);
    const sent = await office.post(`/api/plans/${planId}/transitions`, {
      action: 'send_for_comment',
      invitees: [{ specialCommitteeId: committee.specialCommitteeIds[1] }, { handlingUnitId: committee.unitIds[2] }, { partyId: committee.partyIds[0] }],
    });
    expect(sent.json()).toEqual({ status: 'commenting' });

    const listed = (await invitedUnit.get('/api/plans')).json();
    expect(listed.map((p: { id: string }) => p.id)).toEqual([planId]);
    expect((await otherUnit.get('/api/plans')).json()).toEqual([]);
    expect((await otherUnit.get(`/api/plans/${planId}`)).statusCode).toBe(403);

    const seen = (await invitedUnit.get(`/api/plans/${planId}`)).json();
    expect(seen.abilities).toMatchObject({ comment: true, download: false, edit: false });
    expect((await invitedUnit.get(`/api/plans/${planId}/notice.docx`)).statusCode).toBe(403);

    const item = seen.items[2];
    expect((await invitedUnit.post(`/api/plans/${planId}/comments`, { itemId: item.id, body: '建议把时间调整到第三季度' })).statusCode).toBe(201);
    expect((await invitedStaff.post(`/api/plans/${planId}/comments`, { body: '计划总体可行' })).statusCode).toBe(201);
    const refused = await otherStaff.post(`/api/plans/${planId}/comments`, { body: '我们也想提意见' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toBe('您所在的单位未被邀请对此计划提出意见');
    expect((await otherUnit.post(`/api/plans/${planId}/comments`, { body: 'x' })).statusCode).toBe(403);
    const empty = await invitedStaff.post(`/api/plans/${planId}/comments`, { body: '  ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.field).toBe('body');
  });

  it('lets the office record a comment that came on paper, for an invited body only', async () => {
    const plan = (await office.get(`/api/plans/${planId}`)).json();
    const party = plan.invites.find((i: { commented: boolean }) => !i.commented);
    expect(plan.abilities.recordComment).toBe(true);
    const res = await office.post(`/api/plans/${planId}/comments`, { inviteId: party.id, body: '书面意见：建议增加一次界别协商' });
    expect(res.statusCode).toBe(201);
    const notInvited = await office.post(`/api/plans/${planId}/comments`, { inviteId: plan.items[0].id, body: 'x' });
    expect(notInvited.statusCode).toBe(400);
    expect(notInvited.json().error.field).toBe('inviteId');
    expect((await office.post(`/api/plans/${planId}/comments`, { body: '没有说明来源' })).statusCode).toBe(403);
    expect((await invitedStaff.post(`/api/plans/${planId}/comments`, { inviteId: party.id, body: '冒名' })).statusCode).toBe(403);
  });

  it('shows staff every comment beside its item, and who has not answered', async () => {
    const plan = (await office.get(`/api/plans/${planId}`)).json();
    expect(plan.items[2].comments).toEqual([expect.objectContaining({ body: '建议把时间调整到第三季度' })]);
    expect(plan.planComments.map((c: { body: string }) => c.body)).toEqual(['计划总体可行', '书面意见：建议增加一次界别协商']);
    expect(plan.planComments[1].author).toContain('代录');
    expect(plan.planComments.every((c: { at: string }) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(c.at))).toBe(true);
    expect(plan.invites.every((i: { commented: boolean }) => i.commented)).toBe(true);
    const audit = await t.handle.db.selectFrom('audit_events').select('action').where('committee_id', '=', committee.id).where('object_id', '=', planId).where('action', '=', 'plan.commented').execute();
    expect(audit).toHaveLength(3);
  });

  it('takes no comments once the plan has gone to the chairs\' meeting', async () => {
    expect((await office.post(`/api/plans/${planId}/transitions`, { action: 'submit_to_chairs', meeting: '主席会议' })).statusCode).toBe(200);
    const late = await invitedStaff.post(`/api/plans/${planId}/comments`, { body: '迟到的意见' });
    expect(late.statusCode).toBe(409);
    expect((await invitedStaff.get(`/api/plans/${planId}`)).json().abilities.comment).toBe(false);
  });

  it('links a name the organisation did not know, in every item, and remembers it for the next import', async () => {
    const plan = (await office.get(`/api/plans/${planId}`)).json();
    type Body = { name: string; linked: boolean };
    const all: Body[] = plan.items.flatMap((i: { consultedDepartments: Body[] }) => i.consultedDepartments);
    const unknown = all.find((b) => b.name === UNKNOWN_UNIT)!;
    expect(unknown).toMatchObject({ linked: false });
    const unit = committee.unitIds[3];
    expect((await member.post(`/api/plans/${planId}/name-links`, { name: unknown.name, role: 'consulted', kind: 'handling_unit', id: unit })).statusCode).toBe(403);
    const wrongKind = await office.post(`/api/plans/${planId}/name-links`, { name: unknown.name, role: 'consulted', kind: 'party', id: committee.partyIds[0] });
    expect(wrongKind.json().error).toMatchObject({ field: 'kind', message: '协商部门只能关联承办单位' });
    const foreign = await office.post(`/api/plans/${planId}/name-links`, { name: unknown.name, role: 'consulted', kind: 'handling_unit', id: other.unitIds[0] });
    expect(foreign.json().error.field).toBe('id');
    const absent = await office.post(`/api/plans/${planId}/name-links`, { name: '不存在的单位', role: 'consulted', kind: 'handling_unit', id: unit });
    expect(absent.json().error).toMatchObject({ field: 'name', message: '计划中没有“不存在的单位”这个名称' });

    const res = await office.post(`/api/plans/${planId}/name-links`, { name: unknown.name, role: 'consulted', kind: 'handling_unit', id: unit });
    expect(res.statusCode).toBe(200);
    expect(res.json().linked).toBe(all.filter((b) => b.name === unknown.name).length);
    const after = (await office.get(`/api/plans/${planId}`)).json();
    const bodies: (Body & { id: string })[] = after.items.flatMap((i: { consultedDepartments: Body[] }) => i.consultedDepartments);
    expect(bodies.filter((b) => b.name === unknown.name).every((b) => b.linked && b.id === unit)).toBe(true);

    const text = `2027年度协商工作计划\n一、对口协商\n1.协商议题：甲\n时间：3月\n承办单位：市政协经济委员会\n协商部门：${UNKNOWN_UNIT}`;
    const preview = (await office.post('/api/plans/import/preview', { text })).json();
    const again = preview.items.flatMap((i: { departmentLinks: { name: string; link: { id: string } | null }[] }) => i.departmentLinks).find((d: { name: string }) => d.name === unknown.name);
    expect(again.link.id).toBe(unit);
    const audit = await t.handle.db.selectFrom('audit_events').select('after').where('committee_id', '=', committee.id).where('action', '=', 'plan.name_linked').executeTakeFirstOrThrow();
    expect(audit.after).toMatchObject({ name: unknown.name, remember: true });
  });

  it('creates a lead body the organisation lacks, of the kind the office chooses, and links it', async () => {
    const noKind = await office.post(`/api/plans/${planId}/name-links`, { name: NEW_PARTY, role: 'lead', kind: 'party', create: {} });
    expect(noKind.json().error).toMatchObject({ field: 'partyKind', message: '请选择党派团体类别' });
    const unit = await login(t.app, await createTestUser(t.handle.db, committee, ['handling_unit'], { handlingUnitId: committee.unitIds[1] }));
    expect((await unit.post(`/api/plans/${planId}/name-links`, { name: NEW_GROUP, role: 'lead', kind: 'liaison_group', create: {} })).statusCode).toBe(403);

    const group = await office.post(`/api/plans/${planId}/name-links`, { name: NEW_GROUP, role: 'lead', kind: 'liaison_group', create: {}, remember: false });
    expect(group.statusCode).toBe(200);
    const party = await office.post(`/api/plans/${planId}/name-links`, { name: NEW_PARTY, role: 'lead', kind: 'party', create: { partyKind: 'group' } });
    expect(party.statusCode).toBe(200);
    const organisation = (await office.get('/api/organisation')).json();
    expect(organisation.liaisonGroups.find((g: { name: string }) => g.name === NEW_GROUP)?.id).toBe(group.json().id);
    expect(organisation.parties.find((p: { name: string }) => p.name === NEW_PARTY)).toMatchObject({ id: party.json().id, kind: 'group' });
    const plan = (await office.get(`/api/plans/${planId}`)).json();
    const leads: { name: string; linked: boolean }[] = plan.items[3].leadUnits;
    expect(leads.filter((b) => b.name === NEW_GROUP || b.name === NEW_PARTY).every((b) => b.linked)).toBe(true);
    const created = await t.handle.db.selectFrom('audit_events').select('action').where('committee_id', '=', committee.id).where('object_id', 'in', [group.json().id, party.json().id]).execute();
    expect(created.map((a) => a.action)).toEqual(['organisation.created', 'organisation.created']);
    // A name too long for the organisation's records is refused on the field, and nothing is created.
    const long = await office.post(`/api/plans/${planId}/name-links`, { name: '长'.repeat(60), role: 'lead', kind: 'sector', create: {} });
    expect(long.json().error).toMatchObject({ field: 'name', message: '新建机构的名称不能超过50个字' });
  });

  it('creates a department the unit list lacks as a handling unit, under the name as written, and links it', async () => {
    const wrong = await office.post(`/api/plans/${planId}/name-links`, { name: NEW_UNIT, role: 'consulted', kind: 'party', create: { category: 'government' } });
    expect(wrong.statusCode).toBe(400);
    const neither = await office.post(`/api/plans/${planId}/name-links`, { name: NEW_UNIT, role: 'consulted', kind: 'handling_unit' });
    expect(neither.json().error).toMatchObject({ field: 'id', message: '请选择关联的机构' });
    const res = await office.post(`/api/plans/${planId}/name-links`, { name: NEW_UNIT, role: 'consulted', kind: 'handling_unit', create: { category: 'government' } });
    expect(res.statusCode).toBe(200);
    const unit = await t.handle.db.selectFrom('handling_units').select(['id', 'category']).where('committee_id', '=', committee.id).where('name', '=', NEW_UNIT).executeTakeFirstOrThrow();
    expect(res.json()).toMatchObject({ linked: 1, id: unit.id });
    const plan = (await office.get(`/api/plans/${planId}`)).json();
    expect(plan.items[2].consultedDepartments.find((b: { name: string }) => b.name === NEW_UNIT)).toMatchObject({ linked: true, id: unit.id });
    const audit = await t.handle.db.selectFrom('audit_events').select('action').where('committee_id', '=', committee.id).where('object_id', '=', unit.id).execute();
    expect(audit.map((a) => a.action)).toContain('handling_unit.created');
    // Nothing is half-written: a name the plan does not hold creates no unit.
    const absent = await office.post(`/api/plans/${planId}/name-links`, { name: '不在计划中的单位', role: 'consulted', kind: 'handling_unit', create: { category: 'government' } });
    expect(absent.statusCode).toBe(400);
    expect(await t.handle.db.selectFrom('handling_units').select('id').where('committee_id', '=', committee.id).where('name', '=', '不在计划中的单位').executeTakeFirst()).toBeUndefined();
  });
});
