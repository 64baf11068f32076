import { wallClock } from '../../time/calendar-day';
import type { Cell, Column, Table } from './table';

// The workbook as a reader of the 台账 wants to open it: a sheet per table, dates as dates (sortable,
// filterable by month) and amounts as numbers (summable), the header row bold, frozen and filtered, and
// columns wide enough to read. Excel has no time zones: an instant is written as TZ_NAME's wall-clock time.

const FORMATS: Partial<Record<Column['kind'], string>> = {
  day: 'yyyy-mm-dd',
  instant: 'yyyy-mm-dd hh:mm:ss',
  percent: '0.0%',
};

function xlsxValue(value: Cell, column: Column, timeZone: string): string | number | Date | null {
  if (value === undefined || value === '') return null;
  if (column.kind === 'day' && typeof value === 'string') return new Date(`${value}T00:00:00Z`);
  if (column.kind === 'instant' && typeof value === 'string') {
    const w = wallClock(new Date(value), timeZone);
    return new Date(Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second));
  }
  return value;
}

export async function tablesXlsx(tables: readonly Table[], timeZone: string): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  for (const table of tables) {
    const sheet = book.addWorksheet(table.title, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = table.columns.map((c) => ({
      header: c.header,
      width: c.width,
      ...(FORMATS[c.kind] ? { style: { numFmt: FORMATS[c.kind] } } : {}),
    }));
    sheet.getRow(1).font = { bold: true };
    for (const row of table.rows) sheet.addRow(table.columns.map((c, i) => xlsxValue(row[i], c, timeZone)));
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
