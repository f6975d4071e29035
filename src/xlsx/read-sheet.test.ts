import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error';
import { plainCell, readFirstSheet } from './read-sheet';
import { writeWorkbook } from './write-workbook';

async function refusal(buffer: Buffer) {
  try {
    await readFirstSheet(buffer);
  } catch (error) {
    return error as AppError;
  }
  throw new Error('expected a refusal');
}

describe('readFirstSheet', () => {
  it('reads back what writeWorkbook wrote, with Excel row numbers and typed cells', async () => {
    const buffer = await writeWorkbook([
      {
        name: '委员名册',
        columns: [
          { header: '姓名*', width: 10 },
          { header: '出生日期', width: 12, format: 'date' },
          { header: '手机号', width: 14, format: 'text' },
        ],
        rows: [['张明远', new Date('1975-03-08T00:00:00Z'), '13712345678'], [null, null, null], ['李华', null, '13800000000']],
      },
      { name: '第二页', columns: [{ header: '别的', width: 10 }], rows: [['不读']] },
    ]);
    const sheet = await readFirstSheet(buffer);
    expect(sheet.headers).toEqual(['姓名*', '出生日期', '手机号']);
    expect(sheet.rows).toEqual([
      { row: 2, cells: ['张明远', new Date('1975-03-08T00:00:00Z'), '13712345678'] },
      { row: 4, cells: ['李华', null, '13800000000'] },
    ]);
  });

  it('refuses what is not an .xlsx workbook, on the field file', async () => {
    expect(await refusal(Buffer.from('姓名,界别\n张三,经济界'))).toMatchObject({ code: 'VALIDATION', field: 'file', message: expect.stringContaining('.xlsx') });
    expect(await refusal(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0]))).toMatchObject({ field: 'file', message: expect.stringContaining('.xls') });
    expect(await refusal(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toMatchObject({ field: 'file', message: expect.stringContaining('无法读取') });
    expect(await refusal(Buffer.alloc(0))).toMatchObject({ field: 'file', message: expect.stringContaining('空') });
  });

  it('reads rich text, hyperlinks and formula results as their text', () => {
    const rich: ExcelJS.CellValue = { richText: [{ text: '张' }, { text: '三' }] };
    expect(plainCell(rich)).toBe('张三');
    expect(plainCell({ text: '13712345678', hyperlink: 'tel:13712345678' })).toBe('13712345678');
    expect(plainCell({ formula: 'A1', result: '经济界' })).toBe('经济界');
    expect(plainCell({ error: '#N/A' } as ExcelJS.CellErrorValue)).toBeNull();
    expect(plainCell(undefined)).toBeNull();
  });
});
