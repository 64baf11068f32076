import { rateText } from '../../reports/ledger-stats';
import { localTime } from '../../time/local-time';
import type { Cell, Column, Table } from './table';

// CSV as Excel opens it for Chinese readers: UTF-8 with a BOM (without one Excel guesses GBK), CRLF lines,
// instants in TZ_NAME's wall-clock time, a field that starts like a formula defused.

/** One CSV field; a leading = + - @ is defused so spreadsheets never run it as a formula. */
function csvField(value: Cell, column: Column, timeZone: string): string {
  if (value === undefined) return '';
  let text =
    column.kind === 'instant' && typeof value === 'string'
      ? localTime(value, timeZone)
      : column.kind === 'percent' && typeof value === 'number'
        ? rateText(value)
        : String(value);
  if (/^[=+\-@]/.test(text) && typeof value === 'string') text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function lines(table: Table, timeZone: string): string[] {
  return [
    table.columns.map((c) => csvField(c.header, { ...c, kind: 'text' }, timeZone)).join(','),
    ...table.rows.map((row) => table.columns.map((c, i) => csvField(row[i], c, timeZone)).join(',')),
  ];
}

/** One table as a CSV file of its own: its header, then its rows. */
export function tableCsv(table: Table, timeZone: string): string {
  return `\uFEFF${lines(table, timeZone).join('\r\n')}\r\n`;
}

/** Several tables in one CSV file, each under a `# title` line, a blank line between them. */
export function tablesCsv(tables: readonly Table[], timeZone: string): string {
  return `\uFEFF${tables.map((t) => [`# ${t.title}`, ...lines(t, timeZone)].join('\r\n')).join('\r\n\r\n')}\r\n`;
}
