import { describe, expect, it } from 'vitest';
import { cellText, formatSpecialCommittees, normalisePhone, parseDate, parseGender, parseYesNo, splitSpecialCommittees, termNumberOf } from './roster-values';

describe('parseDate', () => {
  it.each([
    ['1975-03-08', '1975-03-08'],
    ['1975/3/8', '1975-03-08'],
    ['1975.3.8', '1975-03-08'],
    ['1975年3月8日', '1975-03-08'],
    ['1975年03月08日', '1975-03-08'],
    [' 1975 年 3 月 8 日 ', '1975-03-08'],
    ['１９７５－０３－０８', '1975-03-08'],
    ['19750308', '1975-03-08'],
  ])('reads the text %s', (text, iso) => {
    expect(parseDate(text)).toEqual({ ok: true, value: iso });
  });

  it('reads an Excel date cell (UTC midnight) and one a few milliseconds short of it', () => {
    expect(parseDate(new Date(Date.UTC(1975, 2, 8)))).toEqual({ ok: true, value: '1975-03-08' });
    expect(parseDate(new Date(Date.UTC(1975, 2, 8) - 3))).toEqual({ ok: true, value: '1975-03-08' });
  });

  it('reads an Excel serial number', () => {
    expect(parseDate(27461)).toEqual({ ok: true, value: '1975-03-08' });
    expect(parseDate(45658)).toEqual({ ok: true, value: '2025-01-01' });
  });

  it('takes an empty cell as no date', () => {
    expect(parseDate(null)).toEqual({ ok: true, value: null });
    expect(parseDate('  ')).toEqual({ ok: true, value: null });
  });

  it.each(['1975-13-01', '1975-02-30', '1975年3月', '三月八日', '08/03/1975', '1875-01-01', 'abc'])('refuses %s', (text) => {
    expect(parseDate(text).ok).toBe(false);
  });

  it('refuses a fractional or negative serial number', () => {
    expect(parseDate(27461.5).ok).toBe(false);
    expect(parseDate(-3).ok).toBe(false);
  });
});

describe('parseGender and parseYesNo', () => {
  it('reads 男/女 and refuses anything else', () => {
    expect(parseGender('男')).toEqual({ ok: true, value: 'male' });
    expect(parseGender(' 女 ')).toEqual({ ok: true, value: 'female' });
    expect(parseGender('女性')).toEqual({ ok: true, value: 'female' });
    expect(parseGender(null)).toEqual({ ok: true, value: null });
    expect(parseGender('M').ok).toBe(false);
  });

  it('reads 是/否, Excel booleans, and empty as 否', () => {
    expect(parseYesNo('是')).toEqual({ ok: true, value: true });
    expect(parseYesNo('否')).toEqual({ ok: true, value: false });
    expect(parseYesNo(null)).toEqual({ ok: true, value: false });
    expect(parseYesNo(true)).toEqual({ ok: true, value: true });
    expect(parseYesNo('Y').ok).toBe(false);
    expect(parseYesNo('常委').ok).toBe(false);
  });
});

describe('normalisePhone and cellText', () => {
  it('drops spaces, dashes and +86, and reads a number cell without exponent', () => {
    expect(normalisePhone('137 1234 5678')).toBe('13712345678');
    expect(normalisePhone('137-1234-5678')).toBe('13712345678');
    expect(normalisePhone('+8613712345678')).toBe('13712345678');
    expect(normalisePhone(13712345678)).toBe('13712345678');
    expect(normalisePhone('0917-2100000')).toBe('09172100000');
  });

  it('shows dates as YYYY-MM-DD and booleans as 是/否', () => {
    expect(cellText(new Date(Date.UTC(2001, 0, 2)))).toBe('2001-01-02');
    expect(cellText(false)).toBe('否');
    expect(cellText(null)).toBe('');
  });
});

describe('splitSpecialCommittees', () => {
  it('splits at 、 and ， and reads the position in either kind of bracket', () => {
    expect(splitSpecialCommittees('经济委员会(副主任)、提案委，文史委（主任）')).toEqual([
      { name: '经济委员会', position: 'deputy_director', positionText: '副主任' },
      { name: '提案委', position: 'member', positionText: null },
      { name: '文史委', position: 'director', positionText: '主任' },
    ]);
  });

  it('marks an unknown position and skips empty parts', () => {
    expect(splitSpecialCommittees('经济委员会(秘书长)、、')).toEqual([{ name: '经济委员会', position: null, positionText: '秘书长' }]);
    expect(splitSpecialCommittees(null)).toEqual([]);
    expect(splitSpecialCommittees('无')).toEqual([]);
  });

  it('writes the list back in the same form', () => {
    expect(formatSpecialCommittees([{ name: '经济委员会', position: 'deputy_director' }, { name: '提案委员会', position: 'member' }])).toBe(
      '经济委员会(副主任)、提案委员会',
    );
  });
});

describe('termNumberOf', () => {
  it.each([
    ['第五届', 5],
    ['五届', 5],
    ['第5届', 5],
    ['5', 5],
    ['第十届', 10],
    ['十二届', 12],
    ['二十三', 23],
  ])('reads %s as %i', (text, n) => {
    expect(termNumberOf(text)).toBe(n);
  });

  it.each(['第五次', '一二', '五届三次会议', ''])('finds no number in %s', (text) => {
    expect(termNumberOf(text)).toBeNull();
  });
});
