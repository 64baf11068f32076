import { taskTableColumns } from './task-table-columns';

// A Word table copied as text comes tab-separated, one row a line — until a cell holds several
// paragraphs (a task in two paragraphs, units one a line): its paragraph breaks break the row, and the
// row's other cells go on in the next line (`1\t推进…\t市数据局` / `市财政局\t2024年底`). Rows are put back
// together by the header's width: a row with fewer cells than the header runs on into the next lines,
// the first cell of each continuing the cell it broke, until the row is whole. A quoted cell (as Excel
// and WPS copy a cell with line breaks: `"市数据局` … `市财政局"`) is the same break.

const UNIT_END = /(局|委|办|厅|部|署|院|处|室|中心|政府|单位|部门|街道|集团|公司|专班|小组|[)）])$/;
const ROW_NUMBER = /^\s*"?\s*(\d{1,3}|[一二三四五六七八九十]+[、.．]?)\s*"?\s*$/;

const cellsOf = (line: string) => line.split('\t').map((c) => c.trim().replace(/^"|"$/g, ''));

function joinCell(before: string, after: string): string {
  if (!before) return after;
  if (!after) return before;
  // Units one a line are a list; wrapped text runs on.
  return UNIT_END.test(before) &&
    !/[、，,；;。]$/.test(before) &&
    [...after].length <= 30 &&
    UNIT_END.test(after)
    ? `${before}、${after}`
    : before + after;
}

export function joinTabRows(lines: string[]): string[] {
  const out: string[] = [];
  let width = 0;
  /** The row being rebuilt, while it has fewer cells than the header, and the lines it came from. */
  let open: { cells: string[]; raw: string[] } | undefined;
  /** The last row was whole: a unit name alone on the next line is one more unit of its last cell. */
  let lastRow: number | undefined;
  const flush = () => {
    // A row that never came whole was no broken row: its lines stand as written.
    if (open) {
      if (open.cells.length === width) {
        out.push(open.cells.join('\t'));
        lastRow = out.length - 1;
      } else out.push(...open.raw);
    }
    open = undefined;
  };
  for (const line of lines) {
    const tabbed = line.includes('\t');
    const cells = cellsOf(line);
    const blank = line.trim().length === 0;
    if (tabbed && taskTableColumns(cells.map((c) => c.replace(/\s/g, '')))) {
      flush();
      width = cells.length;
      out.push(line);
      lastRow = undefined;
      continue;
    }
    if (width === 0 || blank) {
      if (!open) out.push(line);
      continue;
    }
    if (open) {
      // A new numbered row, or a line that would overflow the header, starts afresh.
      const starts = tabbed && ROW_NUMBER.test(cells[0] as string) && open.cells.length >= 2;
      if (!starts && open.cells.length + cells.length - 1 <= width) {
        const row = open.cells;
        row[row.length - 1] = joinCell(row[row.length - 1] as string, cells[0] as string);
        row.push(...cells.slice(1));
        open.raw.push(line);
        if (row.length === width) flush();
        continue;
      }
      flush();
    }
    if (!tabbed) {
      const previous = lastRow === undefined ? undefined : out[lastRow];
      const unit = line.trim();
      if (
        previous !== undefined &&
        lastRow === out.length - 1 &&
        UNIT_END.test(unit) &&
        !/[\s。，,；;：:]/.test(unit) &&
        [...unit].length <= 30
      ) {
        const row = cellsOf(previous);
        if (UNIT_END.test(row[row.length - 1] as string)) {
          row[row.length - 1] = joinCell(row[row.length - 1] as string, unit);
          out[lastRow] = row.join('\t');
          continue;
        }
      }
      // Prose after the table ends it.
      width = 0;
      lastRow = undefined;
      out.push(line);
      continue;
    }
    if (cells.length < width && ROW_NUMBER.test(cells[0] as string)) open = { cells, raw: [line] };
    else {
      out.push(line);
      lastRow = cells.length === width ? out.length - 1 : undefined;
    }
  }
  flush();
  return out;
}
