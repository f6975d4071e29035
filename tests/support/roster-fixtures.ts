import ExcelJS from 'exceljs';

/** The roster template's headers, for a fixture that gives no rows. */
const DEFAULT_HEADERS = ['姓名*', '性别', '出生日期', '民族', '界别*', '党派', '专委会', '工作单位及职务', '手机号', '常委', '联络组', '届次', '备注'];

/**
 * A roster .xlsx as a user would upload it, for API and browser tests. Each row maps a header to the text of
 * its cell ({'姓名*': '张明远', '界别*': '经济界', 手机号: '13512345678'}); the header row is every key in the
 * order first seen, so a test can leave out, reorder or misname columns. Written with exceljs directly, not
 * with the application's own writer, so that the importer is tested against an independent file.
 */
export async function buildRosterXlsx(rows: Record<string, string>[]): Promise<Buffer> {
  const headers = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const columns = headers.length > 0 ? headers : DEFAULT_HEADERS;
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('委员名册');
  sheet.addRow(columns);
  for (const row of rows) sheet.addRow(columns.map((h) => row[h] ?? null));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Reads an .xlsx download back into header-keyed rows of text (dates as YYYY-MM-DD), sheet by sheet name. */
export async function readXlsx(content: Buffer, sheetName?: string): Promise<Record<string, string>[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content as unknown as ExcelJS.Buffer);
  const sheet = sheetName ? workbook.getWorksheet(sheetName) : workbook.worksheets[0];
  if (!sheet) throw new Error(`no sheet ${sheetName ?? ''}`);
  const text = (v: ExcelJS.CellValue) => (v instanceof Date ? v.toISOString().slice(0, 10) : v === null || v === undefined ? '' : String(v));
  const headers = (sheet.getRow(1).values as ExcelJS.CellValue[]).map(text);
  const result: Record<string, string>[] = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const values = row.values as ExcelJS.CellValue[];
    result.push(Object.fromEntries(headers.flatMap((h, i) => (h ? [[h, text(values[i])]] : []))));
  });
  return result;
}
