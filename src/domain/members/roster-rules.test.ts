import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors/app-error';
import type { RosterCell, RosterSheet } from './roster-columns';
import { checkRoster, rosterProblems, type RosterLookups } from './roster-rules';

const lookups: RosterLookups = {
  terms: [
    { id: 't4', name: '第四届', number: 4, isCurrent: false },
    { id: 't5', name: '第五届', number: 5, isCurrent: true },
  ],
  sectors: [
    { id: 's-econ', name: '经济界' },
    { id: 's-agri', name: '农业界' },
  ],
  parties: [
    { id: 'p-mj', name: '民建' },
    { id: 'p-none', name: '无党派人士' },
  ],
  specialCommittees: [
    { id: 'sc-econ', name: '经济委员会', shortName: '经济委' },
    { id: 'sc-prop', name: '提案委员会', shortName: '提案委' },
  ],
  liaisonGroups: [{ id: 'lg-1', name: '第一联络组' }],
  phonesInUse: new Map([['13900000001', '王在任']]),
};

const HEADERS = ['姓名*', '性别', '出生日期', '民族', '界别*', '党派', '专委会', '工作单位及职务', '手机号', '常委', '联络组', '届次', '备注'];
type Row = Partial<Record<(typeof HEADERS)[number], RosterCell>>;

function sheet(rows: Row[], headers: string[] = HEADERS): RosterSheet {
  return { headers, rows: rows.map((r, i) => ({ row: i + 2, cells: headers.map((h) => r[h] ?? null) })) };
}

const good: Row = {
  '姓名*': '张明远',
  性别: '男',
  出生日期: '1975/3/8',
  民族: '汉族',
  '界别*': '经济界',
  党派: '民建',
  专委会: '经济委(副主任)、提案委员会',
  工作单位及职务: '云州科技公司总经理',
  手机号: '137 1234 5678',
  常委: '是',
  联络组: '第一联络组',
  届次: '第五届',
  备注: '',
};

const errorsOf = (row: Row) => checkRoster(sheet([row]), lookups).rows[0].errors;

describe('checkRoster: a clean row', () => {
  it('gives the member input and the display values', () => {
    const check = checkRoster(sheet([good]), lookups);
    expect(check).toMatchObject({ validCount: 1, invalidCount: 0 });
    const [row] = check.rows;
    expect(row.errors).toEqual([]);
    expect(row.row).toBe(2);
    expect(row.input).toEqual({
      name: '张明远',
      gender: 'male',
      birthDate: '1975-03-08',
      ethnicity: '汉族',
      termId: 't5',
      sectorId: 's-econ',
      partyId: 'p-mj',
      liaisonGroupId: 'lg-1',
      studioId: null,
      employer: '云州科技公司总经理',
      phone: '13712345678',
      isStanding: true,
      specialCommittees: [
        { specialCommitteeId: 'sc-econ', position: 'deputy_director' },
        { specialCommitteeId: 'sc-prop', position: 'member' },
      ],
      note: null,
    });
    expect(row.values).toMatchObject({ birthDate: '1975-03-08', phone: '13712345678', specialCommittees: '经济委员会(副主任)、提案委员会', term: '第五届' });
  });

  it('needs only the name and the sector; the term defaults to the current one', () => {
    const check = checkRoster(sheet([{ '姓名*': '李华', '界别*': '农业界' }], ['姓名*', '界别*']), lookups);
    expect(check.rows[0].errors).toEqual([]);
    expect(check.rows[0].input).toMatchObject({ termId: 't5', gender: null, birthDate: null, partyId: null, phone: null, isStanding: false, specialCommittees: [] });
    expect(check.rows[0].values).toMatchObject({ term: '第五届', isStanding: '否' });
  });

  it('matches a term by number and a party written with spaces or as 无', () => {
    expect(checkRoster(sheet([{ ...good, 届次: '四届', 党派: '无' }]), lookups).rows[0].input).toMatchObject({ termId: 't4', partyId: null });
    expect(checkRoster(sheet([{ ...good, 党派: ' 无党派 人士 ' }]), lookups).rows[0].input).toMatchObject({ partyId: 'p-none' });
  });

  it('reads an Excel date cell and a number phone cell', () => {
    const row = checkRoster(sheet([{ ...good, 出生日期: new Date(Date.UTC(1980, 11, 31)), 手机号: 13712345678 }]), lookups).rows[0];
    expect(row.input).toMatchObject({ birthDate: '1980-12-31', phone: '13712345678' });
  });

  it('skips blank rows but keeps the Excel row numbers', () => {
    const check = checkRoster(sheet([good, {}, { ...good, '姓名*': '李华', 手机号: '' }]), lookups);
    expect(check.rows.map((r) => r.row)).toEqual([2, 4]);
  });
});

describe('checkRoster: each problem names the row, the column and the reason', () => {
  it.each<[string, Row, string, RegExp]>([
    ['missing name', { '姓名*': '  ' }, '姓名', /请填写姓名/],
    ['missing sector', { '界别*': '' }, '界别', /请填写界别/],
    ['unknown sector', { '界别*': '经济届' }, '界别', /界别“经济届”不存在/],
    ['unknown party', { 党派: '民主党' }, '党派', /党派“民主党”不存在/],
    ['unknown special committee', { 专委会: '经济委、外事委' }, '专委会', /专委会“外事委”不存在/],
    ['unknown position', { 专委会: '经济委(秘书长)' }, '专委会', /职务“秘书长”无效/],
    ['special committee twice', { 专委会: '经济委、经济委员会(主任)' }, '专委会', /经济委员会”填写了两次/],
    ['unknown liaison group', { 联络组: '第九联络组' }, '联络组', /联络组“第九联络组”不存在/],
    ['unknown term', { 届次: '第六届' }, '届次', /届次“第六届”不存在/],
    ['bad phone', { 手机号: '1371234567' }, '手机号', /手机号“1371234567”格式不正确/],
    ['phone of a member', { 手机号: '13900000001' }, '手机号', /13900000001已被本会委员王在任使用/],
    ['bad date', { 出生日期: '1975-02-30' }, '出生日期', /出生日期“1975-02-30”无效/],
    ['bad gender', { 性别: '未知' }, '性别', /性别“未知”无效/],
    ['bad 常委', { 常委: '不是' }, '常委', /常委“不是”无效/],
    ['too long', { 民族: '族'.repeat(21) }, '民族', /民族不能超过20个字/],
  ])('%s', (_, change, field, message) => {
    const errors = errorsOf({ ...good, ...change });
    expect(errors).toHaveLength(1);
    expect(errors[0].field).toBe(field);
    expect(errors[0].message).toMatch(message);
  });

  it('refuses an empty term when the committee has no current term', () => {
    const noCurrent = { ...lookups, terms: lookups.terms.map((t) => ({ ...t, isCurrent: false })) };
    const [row] = checkRoster(sheet([{ ...good, 届次: '' }]), noCurrent).rows;
    expect(row.errors).toEqual([{ field: '届次', message: '未设置当前届次，请填写届次' }]);
  });

  it('keeps what was typed in the values of a bad cell, and gives no input', () => {
    const [row] = checkRoster(sheet([{ ...good, '界别*': '经济届', 专委会: '经济委、外事委' }]), lookups).rows;
    expect(row.input).toBeNull();
    expect(row.values).toMatchObject({ sector: '经济届', specialCommittees: '经济委、外事委' });
  });

  it('collects several problems of one row', () => {
    expect(errorsOf({ ...good, 性别: 'M', 常委: 'Y', 手机号: '123' }).map((e) => e.field)).toEqual(['性别', '常委', '手机号']);
  });
});

describe('checkRoster: duplicate phones within the file', () => {
  it('flags every row that shares a phone, each naming the others', () => {
    const check = checkRoster(
      sheet([good, { ...good, '姓名*': '李华', 手机号: '13800000000' }, { ...good, '姓名*': '赵敏', 手机号: '137-1234-5678' }]),
      lookups,
    );
    expect(check).toMatchObject({ validCount: 1, invalidCount: 2 });
    expect(check.rows[0].errors).toEqual([{ field: '手机号', message: '手机号13712345678与第4行重复' }]);
    expect(check.rows[2].errors).toEqual([{ field: '手机号', message: '手机号13712345678与第2行重复' }]);
    expect(check.rows[0].input).toBeNull();
    expect(check.rows[1].input).not.toBeNull();
  });

  it('lists the problems flat with their rows', () => {
    const check = checkRoster(sheet([good, { ...good, '界别*': '无' }, good]), lookups);
    expect(rosterProblems(check)).toEqual([
      { row: 2, field: '手机号', message: '手机号13712345678与第3、4行重复' },
      { row: 3, field: '界别', message: expect.stringContaining('界别“无”不存在') },
      { row: 3, field: '手机号', message: '手机号13712345678与第2、4行重复' },
      { row: 4, field: '手机号', message: '手机号13712345678与第2、3行重复' },
    ]);
  });
});

describe('checkRoster: the whole file', () => {
  const fileError = (s: RosterSheet) => {
    try {
      checkRoster(s, lookups);
    } catch (error) {
      return error;
    }
    return null;
  };

  it('refuses a file without data rows', () => {
    const error = fileError(sheet([{}, {}]));
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'file', message: expect.stringContaining('没有委员数据') });
  });

  it('refuses a file without a required column', () => {
    expect(fileError(sheet([good], ['姓名*', '性别']))).toMatchObject({ field: 'file', message: expect.stringContaining('缺少必填列：界别') });
  });

  it('reads columns in any order and ignores unknown ones', () => {
    const headers = ['序号', '手机号', '界别', '姓名', '籍贯'];
    const s: RosterSheet = { headers, rows: [{ row: 2, cells: [1, '13712345678', '农业界', '李华', '云州'] }] };
    expect(checkRoster(s, lookups).rows[0].input).toMatchObject({ name: '李华', sectorId: 's-agri', phone: '13712345678' });
  });
});
