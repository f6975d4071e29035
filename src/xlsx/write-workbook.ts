import ExcelJS from 'exceljs';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type SheetColumn = {
  header: string;
  width: number;
  /** Text columns keep leading zeros and long digit strings (phone numbers) as typed. */
  format?: 'text' | 'date';
};
export type SheetSpec = { name: string; columns: SheetColumn[]; rows: (string | number | boolean | Date | null)[][] };

/** A plain workbook: bold frozen header row, column widths, text and date formats where asked. */
export async function writeWorkbook(sheets: SheetSpec[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '协商';
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = spec.columns.map((c) => ({
      header: c.header,
      width: c.width,
      style: c.format === 'text' ? { numFmt: '@' } : c.format === 'date' ? { numFmt: 'yyyy-mm-dd' } : {},
    }));
    sheet.getRow(1).font = { bold: true };
    for (const row of spec.rows) sheet.addRow(row);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
