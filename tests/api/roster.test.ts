import { randomBytes } from 'node:crypto';
import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkRoster } from '../../src/domain/members/roster-rules';
import { loadRosterLookups } from '../../src/queries/members/roster-lookups';
import { readFirstSheet } from '../../src/xlsx/read-sheet';
import { createTestCommittee, createTestUser, type TestCommittee } from '../support/factories';
import { buildRosterXlsx, readXlsx } from '../support/roster-fixtures';
import { anonymous, createTestApp, login, type Client, type TestApp } from '../support/test-app';

let t: TestApp;
let committee: TestCommittee;
let other: TestCommittee;
let office: Client;
let leader: Client;
let member: Client;

beforeAll(async () => {
  t = await createTestApp();
  committee = await createTestCommittee(t.handle.db, { members: 8 });
  other = await createTestCommittee(t.handle.db, { members: 3 });
  // A sector and a liaison group only the other committee has: this committee's import must not find them.
  await t.handle.db.insertInto('sectors').values({ committee_id: other.id, name: '港澳台侨界', sort: 99 }).execute();
  await t.handle.db.insertInto('liaison_groups').values({ committee_id: other.id, name: '第九联络组', sort: 99 }).execute();
  office = await login(t.app, await createTestUser(t.handle.db, committee, ['office_staff']));
  leader = await login(t.app, await createTestUser(t.handle.db, committee, ['leader']));
  member = await login(t.app, await createTestUser(t.handle.db, committee, ['member']));
});
afterAll(() => t?.close());

let phoneSeq = 0;
/** Phones no seeded member has (the seed uses 139…, the member factory 137…). */
const phone = () => `135${String(10_000_000 + (phoneSeq += 1) * 7919).slice(-8)}`;

const person = (name: string, overrides: Record<string, string> = {}) => ({
  '姓名*': name,
  性别: '女',
  出生日期: '1978年6月1日',
  民族: '汉族',
  '界别*': '经济界',
  党派: '民建',
  专委会: '经济委(副主任)、提案委员会',
  工作单位及职务: '云州学院教授',
  手机号: phone(),
  常委: '否',
  联络组: '第一联络组',
  届次: '',
  备注: '',
  ...overrides,
});

type UploadFile = { content: Buffer; filename: string };
type Upload = { file?: UploadFile; extraFile?: UploadFile; fields?: Record<string, string> };

function multipartBody({ file, extraFile, fields = {} }: Upload) {
  const boundary = `----xs${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    chunks.push(Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  for (const f of [file, extraFile]) {
    if (!f) continue;
    chunks.push(
      Buffer.from(
        `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="${f.filename}"\r\n` +
          'content-type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n',
      ),
      f.content,
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

function upload(client: Client, url: string, body: Upload): Promise<LightMyRequestResponse> {
  const { payload, contentType } = multipartBody(body);
  return t.app.inject({
    method: 'POST',
    url,
    payload,
    headers: {
      'content-type': contentType,
      ...(client.cookie ? { cookie: client.cookie } : {}),
      ...(client.csrfToken ? { 'x-csrf-token': client.csrfToken } : {}),
    },
  });
}

const xlsx = async (rows: Record<string, string>[]) => ({ content: await buildRosterXlsx(rows), filename: '名册.xlsx' });
const preview = async (rows: Record<string, string>[]) => upload(office, '/api/members/roster/preview', { file: await xlsx(rows) });
const importFile = async (rows: Record<string, string>[], skipInvalid?: string, client = office) =>
  upload(client, '/api/members/roster/import', { file: await xlsx(rows), fields: skipInvalid === undefined ? {} : { skipInvalid } });

const membersOf = (committeeId: string) => t.handle.db.selectFrom('members').selectAll().where('committee_id', '=', committeeId).execute();
const auditOf = (action: string) =>
  t.handle.db.selectFrom('audit_events').selectAll().where('committee_id', '=', committee.id).where('action', '=', action).orderBy('id').execute();

describe('roster endpoints: who may call them', () => {
  it('refuses anonymous callers with 401', async () => {
    const anon = anonymous(t.app);
    expect((await anon.get('/api/members/roster-template')).statusCode).toBe(401);
    expect((await anon.get('/api/members/export')).statusCode).toBe(401);
    expect((await upload(anon, '/api/members/roster/preview', { file: await xlsx([person('甲')]) })).statusCode).toBe(401);
    expect((await upload(anon, '/api/members/roster/import', { file: await xlsx([person('甲')]) })).statusCode).toBe(401);
  });

  it('refuses the member role with 403, and lets a leader export but not import', async () => {
    const before = (await membersOf(committee.id)).length;
    expect((await member.get('/api/members/roster-template')).statusCode).toBe(403);
    expect((await member.get('/api/members/export')).statusCode).toBe(403);
    expect((await upload(member, '/api/members/roster/preview', { file: await xlsx([person('甲')]) })).statusCode).toBe(403);
    expect((await importFile([person('甲')], 'true', member)).statusCode).toBe(403);
    expect((await importFile([person('甲')], 'true', leader)).statusCode).toBe(403);
    expect((await leader.get('/api/members/export')).statusCode).toBe(200);
    expect((await membersOf(committee.id)).length).toBe(before);
  });
});

describe('GET /api/members/roster-template', () => {
  it('downloads the template: headers, a fictional example that previews cleanly, and the valid names', async () => {
    const res = await office.get('/api/members/roster-template');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('委员名册导入模板.xlsx')}`);
    const rows = await readXlsx(res.rawPayload);
    expect(rows).toHaveLength(1);
    expect(Object.keys(rows[0])).toEqual(['姓名*', '性别', '出生日期', '民族', '界别*', '党派', '专委会', '工作单位及职务', '手机号', '常委', '联络组', '届次', '备注']);
    const lists = await readXlsx(res.rawPayload, '可选值');
    expect(lists.map((r) => r['界别']).filter(Boolean)).toContain('经济界');
    expect(lists.map((r) => r['界别'])).not.toContain('港澳台侨界');
    expect(lists.map((r) => r['专委会'])).toContain('经济委员会');
    expect(lists.map((r) => r['党派'])).toContain('民建');
    const checked = await upload(office, '/api/members/roster/preview', { file: { content: res.rawPayload, filename: 'template.xlsx' } });
    expect(checked.json()).toMatchObject({ validCount: 1, invalidCount: 0 });
  });
});

describe('POST /api/members/roster/preview and /import', () => {
  it('refuses a request without a usable .xlsx with 400 on the field file', async () => {
    const cases: [Upload, RegExp][] = [
      [{}, /请选择/],
      [{ file: { content: Buffer.from('姓名,界别\n张三,经济界'), filename: 'a.csv' } }, /xlsx/],
      [{ file: { content: Buffer.from([0x50, 0x4b, 0x03, 0x04, 9, 9, 9]), filename: 'a.xlsx' } }, /无法读取/],
      [{ file: { content: await buildRosterXlsx([{ 姓名: '张三', 性别: '男' }]), filename: 'a.xlsx' } }, /缺少必填列：界别/],
      [{ file: { content: await buildRosterXlsx([]), filename: 'a.xlsx' } }, /没有委员数据/],
    ];
    for (const [body, message] of cases) {
      for (const url of ['/api/members/roster/preview', '/api/members/roster/import']) {
        const res = await upload(office, url, body);
        expect(res.statusCode, `${url} ${message}`).toBe(400);
        expect(res.json().error).toMatchObject({ code: 'VALIDATION', field: 'file', message: expect.stringMatching(message) });
      }
    }
    const json = await office.post('/api/members/roster/preview', { file: 'x' });
    expect(json.statusCode).toBe(400);
    expect(json.json().error.field).toBe('file');
  });

  it('refuses a cut-off, double or oversized upload with a 4xx, not a 500', async () => {
    const headers = { cookie: office.cookie ?? '', 'x-csrf-token': office.csrfToken ?? '', 'content-type': 'multipart/form-data; boundary=XSB' };
    const cut = await t.app.inject({
      method: 'POST',
      url: '/api/members/roster/preview',
      headers,
      payload: '--XSB\r\ncontent-disposition: form-data; name="file"; filename="a.xlsx"\r\n\r\nPK',
    });
    expect(cut.statusCode).toBe(400);
    expect(cut.json().error).toMatchObject({ field: 'file', message: expect.stringContaining('不完整') });
    const file = await xlsx([person('甲')]);
    const two = await upload(office, '/api/members/roster/preview', { file, extraFile: file });
    expect(two.statusCode).toBe(400);
    expect(two.json().error).toMatchObject({ field: 'file', message: '每次只能上传一个文件' });
    const big = await upload(office, '/api/members/roster/preview', { file: { content: Buffer.alloc(10 * 1024 * 1024 + 1, 1), filename: 'big.xlsx' } });
    expect(big.statusCode).toBe(413);
    expect(big.json().error.message).toContain('10MB');
  });

  it('refuses a skipInvalid that is neither true nor false', async () => {
    const res = await importFile([person('甲')], 'yes');
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'VALIDATION', field: 'skipInvalid' });
  });

  it('imports a clean roster with special-committee memberships and one audit event', async () => {
    const rows = [person('苏清和'), person('韩立新', { 性别: '男', 常委: '是', 专委会: '', 出生日期: '1969/12/3', 届次: '第五届' }), person('温雅', { 党派: '', 联络组: '' })];
    const checked = await preview(rows);
    expect(checked.statusCode).toBe(200);
    expect(checked.json()).toMatchObject({ validCount: 3, invalidCount: 0 });
    expect(checked.json().rows[0]).toMatchObject({
      row: 2,
      errors: [],
      values: { name: '苏清和', gender: '女', birthDate: '1978-06-01', specialCommittees: '经济委员会(副主任)、提案委员会', term: '第五届', isStanding: '否' },
    });
    expect((await membersOf(committee.id)).map((m) => m.name)).not.toContain('苏清和');

    const res = await importFile(rows, 'false');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ imported: 3, skipped: [] });
    const imported = (await membersOf(committee.id)).filter((m) => ['苏清和', '韩立新', '温雅'].includes(m.name));
    expect(imported).toHaveLength(3);
    const han = imported.find((m) => m.name === '韩立新');
    expect(han).toMatchObject({ gender: 'male', birth_date: '1969-12-03', is_standing: true, term_id: committee.termId, phone: rows[1]['手机号'] });
    const su = imported.find((m) => m.name === '苏清和');
    const memberships = await t.handle.db
      .selectFrom('member_special_committees as msc')
      .innerJoin('special_committees as sc', (j) => j.onRef('sc.committee_id', '=', 'msc.committee_id').onRef('sc.id', '=', 'msc.special_committee_id'))
      .select(['sc.name', 'msc.position'])
      .where('msc.committee_id', '=', committee.id)
      .where('msc.member_id', '=', su?.id ?? '')
      .orderBy('sc.sort')
      .execute();
    expect(memberships).toEqual([
      { name: '提案委员会', position: 'member' },
      { name: '经济委员会', position: 'deputy_director' },
    ]);
    const audit = await auditOf('member.roster_imported');
    expect(audit.at(-1)?.after).toMatchObject({ fileName: '名册.xlsx', rows: 3, imported: 3, skipped: [] });
  });

  it('reads Excel date cells and phone numbers stored as numbers', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('名册');
    const p = phone();
    sheet.addRow(['界别', '出生日期', '姓名', '手机号']);
    sheet.addRow(['农业界', new Date(Date.UTC(1982, 4, 20)), '钱一鸣', Number(p)]);
    const content = Buffer.from(await workbook.xlsx.writeBuffer());
    const res = await upload(office, '/api/members/roster/preview', { file: { content, filename: 'd.xlsx' } });
    expect(res.json().rows[0]).toMatchObject({ errors: [], values: { birthDate: '1982-05-20', phone: p, sector: '农业界' } });
  });

  describe('a roster with one bad row', () => {
    const rows = [person('周若溪'), person('吴浩然', { '界别*': '经济届', 常委: '也许' }), person('郑书瑶')];

    it('preview names the row and the reasons and writes nothing', async () => {
      const res = await preview(rows);
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(body).toMatchObject({ validCount: 2, invalidCount: 1 });
      expect(body.rows[1]).toMatchObject({ row: 3, values: { name: '吴浩然', sector: '经济届' } });
      expect(body.rows[1].errors).toEqual([
        { field: '常委', message: '常委“也许”无效，只能填“是”或“否”' },
        { field: '界别', message: expect.stringContaining('界别“经济届”不存在') },
      ]);
    });

    it('import without skipping is refused, naming the first bad row, and writes nothing', async () => {
      const before = await membersOf(committee.id);
      const auditBefore = await auditOf('member.roster_imported');
      const res = await importFile(rows);
      expect(res.statusCode).toBe(400);
      const error = res.json().error;
      expect(error).toMatchObject({ code: 'VALIDATION', field: 'file' });
      expect(error.message).toMatch(/^第3行：常委“也许”无效/);
      expect(error.details).toEqual([
        { row: 3, field: '常委', message: expect.any(String) },
        { row: 3, field: '界别', message: expect.stringContaining('经济届') },
      ]);
      expect((await membersOf(committee.id)).length).toBe(before.length);
      expect((await auditOf('member.roster_imported')).length).toBe(auditBefore.length);
    });

    it('import with skipInvalid imports the rest and records the skipped row', async () => {
      const res = await importFile(rows, 'true');
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ imported: 2, skipped: [3] });
      const names = (await membersOf(committee.id)).map((m) => m.name);
      expect(names).toEqual(expect.arrayContaining(['周若溪', '郑书瑶']));
      expect(names).not.toContain('吴浩然');
      expect((await auditOf('member.roster_imported')).at(-1)?.after).toMatchObject({ imported: 2, skipped: [3] });
    });

    it('a second import of the same file finds the phones taken', async () => {
      const res = await preview(rows);
      expect(res.json().invalidCount).toBe(3);
      expect(res.json().rows[0].errors).toEqual([{ field: '手机号', message: expect.stringContaining('已被本会委员周若溪使用') }]);
      const refused = await importFile(rows, 'true');
      expect(refused.statusCode).toBe(400);
      expect(refused.json().error.message).toContain('没有可导入的行');
    });
  });

  it('flags a phone repeated within the file on both rows', async () => {
    const p = phone();
    const res = await preview([person('甲一', { 手机号: p }), person('乙二', { 手机号: p })]);
    expect(res.json().rows.map((r: { errors: unknown[] }) => r.errors)).toEqual([
      [{ field: '手机号', message: `手机号${p}与第3行重复` }],
      [{ field: '手机号', message: `手机号${p}与第2行重复` }],
    ]);
  });

  it("treats the other committee's names as unknown, and its members' phones as free", async () => {
    const otherPhone = (await membersOf(other.id))[0].phone ?? '';
    const res = await preview([person('冯志明', { '界别*': '港澳台侨界', 联络组: '第九联络组', 手机号: otherPhone })]);
    expect(res.json().rows[0].errors).toEqual([
      { field: '界别', message: expect.stringContaining('界别“港澳台侨界”不存在') },
      { field: '联络组', message: expect.stringContaining('联络组“第九联络组”不存在') },
    ]);
  });
});

describe('GET /api/members/export', () => {
  it('downloads the filtered members, all pages, in a file the importer reads back', async () => {
    // The sector of the committee's busiest sector, so that the filter has members to export.
    const stored0 = await membersOf(committee.id);
    const counts = new Map<string, number>();
    for (const m of stored0) counts.set(m.sector_id, (counts.get(m.sector_id) ?? 0) + 1);
    const sectorId = [...counts].sort((a, b) => b[1] - a[1])[0][0];
    const listed = (await office.get(`/api/members?sectorId=${sectorId}&pageSize=200`)).json();
    const res = await office.get(`/api/members/export?sectorId=${sectorId}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="members-\d{8}\.xlsx"; filename\*=UTF-8''/);
    expect(decodeURIComponent(String(res.headers['content-disposition']).split("UTF-8''")[1])).toMatch(/^委员名册-\d{8}\.xlsx$/);

    const sheet = await readFirstSheet(res.rawPayload);
    expect(sheet.headers.slice(-2)).toEqual(['状态', '离任日期']);
    expect(sheet.rows).toHaveLength(listed.total);
    const lookups = await loadRosterLookups(t.handle.db, committee.id);
    const check = checkRoster(sheet, { ...lookups, phonesInUse: new Map() });
    expect(check.invalidCount).toBe(0);
    const stored = stored0.filter((m) => m.sector_id === sectorId);
    expect(stored.length).toBeGreaterThan(0);
    for (const row of check.rows) {
      const m = stored.find((s) => s.phone === row.input?.phone);
      expect(row.input).toMatchObject({
        name: m?.name,
        gender: m?.gender,
        birthDate: m?.birth_date,
        sectorId: m?.sector_id,
        partyId: m?.party_id,
        termId: m?.term_id,
        liaisonGroupId: m?.liaison_group_id,
        isStanding: m?.is_standing,
      });
    }

    const audit = (await auditOf('member.exported')).at(-1);
    expect(audit?.after).toEqual({ filter: { sectorId }, count: listed.total });
  });

  it('exports more than one page, left members with their date, and nothing of another committee', async () => {
    await t.handle.db
      .insertInto('members')
      .values(
        Array.from({ length: 205 }, (_, i) => ({
          committee_id: committee.id,
          name: `批量委员${i}`,
          term_id: committee.termId,
          sector_id: committee.sectorIds[1],
          phone: `136${String(10_000_000 + i).slice(-8)}`,
          updated_at: new Date(),
        })),
      )
      .execute();
    const leaving = committee.memberIds[0];
    expect((await office.post(`/api/members/${leaving}/leave`, { leftDate: '2026-06-30', leftReason: '工作调动' })).statusCode).toBe(200);
    const all = await readXlsx((await office.get('/api/members/export')).rawPayload);
    expect(all.length).toBe((await membersOf(committee.id)).length);
    const otherNames = new Set((await membersOf(other.id)).map((m) => m.phone));
    expect(all.some((r) => otherNames.has(r['手机号']))).toBe(false);
    const left = await readXlsx((await office.get('/api/members/export?status=left')).rawPayload);
    expect(left).toHaveLength(1);
    expect(left[0]).toMatchObject({ 状态: '离任', 离任日期: '2026-06-30' });
  });

  it('refuses a bad filter with 400', async () => {
    const res = await office.get('/api/members/export?sectorId=nope');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('sectorId');
  });
});
