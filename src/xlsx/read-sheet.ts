import ExcelJS from 'exceljs';
import type { RosterCell, RosterSheet } from '../domain/members/roster-columns';
import { validationError } from '../errors/app-error';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (buffer: Buffer, magic: number[]) => magic.every((byte, i) => buffer[i] === byte);

/** Excel keeps a rich-text, hyperlink or formula cell as an object; the rules want the value it shows. */
export function plainCell(value: ExcelJS.CellValue): RosterCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : plainCell(value.text);
  if ('result' in value) return plainCell(value.result as ExcelJS.CellValue);
  if ('formula' in value || 'sharedFormula' in value) return null;
  return null; // an error cell (#N/A …)
}

/**
 * The first worksheet of an uploaded .xlsx: row 1 as the header, then every row with its Excel row number.
 * A file that is not an .xlsx workbook is refused as a 400 on the field `file`.
 */
export async function readFirstSheet(buffer: Buffer): Promise<RosterSheet> {
  if (buffer.length === 0) throw validationError('file', '上传的文件是空的');
  if (startsWith(buffer, OLE_MAGIC)) throw validationError('file', '不支持旧版Excel（.xls）文件，请在Excel中另存为.xlsx后再上传');
  if (!startsWith(buffer, ZIP_MAGIC)) throw validationError('file', '文件不是Excel（.xlsx）格式，请使用导入模板');
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its own Buffer type (an ArrayBuffer); it reads Node's Buffer as well.
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch {
    throw validationError('file', '无法读取该Excel文件，文件可能已损坏，请另存为.xlsx后重试');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw validationError('file', '文件中没有工作表');
  const cellsOf = (row: ExcelJS.Row) => {
    const cells: RosterCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      cells[col - 1] = plainCell(cell.value);
    });
    return Array.from(cells, (c) => c ?? null);
  };
  const result: RosterSheet = { headers: [], rows: [] };
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) result.headers = cellsOf(row);
    else result.rows.push({ row: rowNumber, cells: cellsOf(row) });
  });
  return result;
}
