import { describe, expect, it } from 'vitest';
import { mapHeaders, normaliseHeader, ROSTER_COLUMNS, templateHeader } from './roster-columns';

describe('mapHeaders', () => {
  it('reads the template headers in order', () => {
    const columns = mapHeaders(ROSTER_COLUMNS.map(templateHeader));
    expect([...columns.entries()]).toEqual(ROSTER_COLUMNS.map((c, i) => [c.key, i]));
  });

  it('accepts any order, headers with or without the star, spaces, full-width forms and hints in brackets', () => {
    const columns = mapHeaders(['序号', ' 界 别＊', '手机号码', '出生日期（YYYY-MM-DD）', '姓名', '党派团体', '是否常委', '工作单位', null, 42]);
    expect(Object.fromEntries(columns)).toEqual({ sector: 1, phone: 2, birthDate: 3, name: 4, party: 5, isStanding: 6, employer: 7 });
  });

  it('ignores unknown headers', () => {
    expect(Object.fromEntries(mapHeaders(['姓名*', '界别*', '籍贯', '学历']))).toEqual({ name: 0, sector: 1 });
  });

  it('refuses a file without a required column, naming it', () => {
    expect(() => mapHeaders(['姓名', '性别'])).toThrow(/缺少必填列：界别/);
    expect(() => mapHeaders(['张三', '男', '经济界'])).toThrow(/缺少必填列：姓名、界别/);
  });

  it('refuses a column given twice', () => {
    expect(() => mapHeaders(['姓名', '界别', '手机号', '手机'])).toThrow(/手机号.*两次/);
  });

  it('normalises a header', () => {
    expect(normaliseHeader('姓 名\n*')).toBe('姓名');
    expect(normaliseHeader('专委会(可填多个)')).toBe('专委会');
  });
});
