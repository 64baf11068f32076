import { extname } from 'node:path';
import { decodeText } from './decode-text';
import { LedgerFileError } from './ledger-file-error';
import { parseCsv } from './parse-csv';
import type { GridCell, SheetGrid } from './sheet-grid';

// A 台账 file's sheets as cells: .xlsx through exceljs (loaded only when a workbook is read), .csv through the
// CSV reader as one sheet named after the file. Formula cells give their result, rich text its text, merged
// cells their first cell's value (a merged title reads the same in every column it spans).

const MAX_BYTES = 50 * 1024 * 1024;

export async function readWorkbook(bytes: Uint8Array, file: string): Promise<SheetGrid[]> {
  if (bytes.byteLength > MAX_BYTES) throw new LedgerFileError(`${file} 超过 50MB,读不了`);
  const ext = extname(file).toLowerCase();
  if (ext === '.csv') {
    const { text } = decodeText(bytes, file);
    const rows = parseCsv(text.replace(/^\uFEFF/, ''));
    return [{ name: file.replace(/^.*[/\\]/, '').replace(/\.csv$/i, ''), rows }];
  }
  if (ext === '.xls' || ext === '.et')
    throw new LedgerFileError(`${file} 是旧版 Excel 格式(.xls),读不了;请在 Excel 中另存为 .xlsx 再导入`);
  if (ext !== '.xlsx' && ext !== '.xlsm') throw new LedgerFileError(`${file} 不是 .xlsx 或 .csv 文件,读不了`);
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch (error) {
    throw new LedgerFileError(`${file} 不是能读的 .xlsx 工作簿(${(error as Error).message})`);
  }
  return book.worksheets.map((sheet) => {
    const rows: GridCell[][] = [];
    // Both counts walk the whole sheet when asked: asked once.
    const rowCount = sheet.rowCount;
    const columnCount = sheet.columnCount;
    for (let r = 1; r <= rowCount; r += 1) {
      const row = sheet.getRow(r);
      const cells: GridCell[] = [];
      for (let c = 1; c <= columnCount; c += 1) cells.push(cellValue(row.getCell(c).value));
      rows.push(cells);
    }
    return { name: sheet.name, rows };
  });
}

/** A cell's value as text, number or date, whatever exceljs holds it as. */
function cellValue(value: unknown): GridCell {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText))
      return (v.richText as { text?: unknown }[])
        .map((t) => (typeof t.text === 'string' ? t.text : ''))
        .join('');
    if ('result' in v) return cellValue(v.result);
    if ('formula' in v || 'sharedFormula' in v) return undefined;
    if (typeof v.text === 'string') return v.text;
    if (typeof v.error === 'string') return v.error;
  }
  return String(value);
}
