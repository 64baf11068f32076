import { joinCellLines } from './join-cell-lines';
import { TABLE_ROW } from './join-lines';
import { splitCells } from './parse-indicators';
import { taskTableColumns } from './task-table-columns';

// A table row whose cells wrap onto the next line, as a table laid out in text gives it
// (`| 1 | 推进一网通办，完善 | 市数据局、市 |` / `|  | 政务服务平台 | 财政局 |`): in a task table whose rows
// are numbered, a row without a number that goes on from a numbered row is the rest of that row, each
// cell continuing the one above (a unit cell as a unit list). A category row (`|  | 二、民生保障 |  |`,
// or one text across every cell) is no continuation, nor is a row after a task that visibly ended.

const CATEGORY = /^([一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）])/;
const ENDED = /[。；;！!？?]$/;

export function joinWrappedRows(lines: string[]): string[] {
  const out: string[] = [];
  let header: string[] | undefined;
  let numberAt = -1;
  let units: Set<number> = new Set();
  let task = -1;
  /** Index in `out` of the numbered row the next unnumbered one may continue. */
  let last: number | undefined;
  for (const line of lines) {
    if (!TABLE_ROW.test(line)) {
      out.push(line);
      // A category line between rows keeps the table; prose ends the row a wrap could continue.
      last = undefined;
      continue;
    }
    const cells = splitCells(line);
    const columns = taskTableColumns(cells);
    if (columns) {
      header = cells.map((c) => c.replace(/\s/g, ''));
      numberAt = header.findIndex((h) => /^(序号|编号|序)$/.test(h));
      units = new Set(columns.units.map((u) => u.at));
      task = columns.task[0] ?? -1;
      out.push(line);
      last = undefined;
      continue;
    }
    if (!header || numberAt < 0 || cells.length !== header.length) {
      out.push(line);
      last = undefined;
      continue;
    }
    const filled = cells.filter((c) => c.length > 0);
    const previous = last === undefined ? undefined : splitCells(out[last] as string);
    const continues =
      previous !== undefined &&
      (cells[numberAt] ?? '') === '' &&
      filled.length > 0 &&
      new Set(filled).size > (filled.length > 1 ? 1 : 0) &&
      !CATEGORY.test(filled[0] as string) &&
      (task < 0 || (cells[task] ?? '') === '' || !ENDED.test(previous[task] ?? ''));
    if (!continues || !previous || last === undefined) {
      out.push(line);
      last = (cells[numberAt] ?? '') !== '' ? out.length - 1 : undefined;
      continue;
    }
    const merged = previous.map((before, i) => {
      const more = cells[i] ?? '';
      if (!more) return before;
      return units.has(i) ? joinCellLines([before, more]) : before + more;
    });
    out[last] = `| ${merged.join(' | ')} |`;
  }
  return out;
}
