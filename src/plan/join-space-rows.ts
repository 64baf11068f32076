import { joinCellLines } from './join-cell-lines';
import { taskTableColumns } from './task-table-columns';

// A table copied from a web page as text, its cells apart by spaces (`序号 重点工作任务 主要责任单位 协同配合单位`,
// then `1 地区生产总值增长6.5%左右。 区发改委 区政府各部门…`). A cell of several lines (two units one a line)
// breaks the row, and the cell after it starts a line of its own too: the row goes on in the lines after its
// numbered line, up to the next row, heading or prose. Rows are rebuilt by the header's width: each line
// break is a cell boundary, and where that makes more cells than the header has, the cell at the row's first
// break ran on (a unit cell as a list, text as text). A unit cell of one unit a line is all those lines, and a
// column after the units (上半年推进情况, 备注) is the line after them, never a unit. Rows come out
// tab-separated, as a Word copy reads.

const GAP = /[ \u3000]+/;
const ROW_START = /^\s*(\d{1,3})[ \u3000]+\S/;
/** A category or part heading between rows (`一、2025年…主要预期目标`), kept as a line. */
const HEADING = /^\s*([一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）])/;
const UNIT_END =
  /(局|委|办|厅|部|署|院|处|室|中心|政府|单位|部门|街道|办事处|集团|公司|专班|小组|海关|会|社|站|所|队|馆|[)）])$/;
const ENDED = /[。；;！!？?]$/;
/** A column after the units that holds a date (完成时限), not sentences. */
const TIME_HEADER = /时限|时间|期限|节点|日期/;
/** What a date cell holds: `2025年底`, `长期坚持`, `6月30日前`. */
const TIME_CELL = /^[^。；;，,]{0,20}$/;
const TIME_WORD = /\d|[年月季底前]|长期|持续/;

/** `区政府有关部门,各乡镇人民政府、街道办事处。`: every piece a unit's name. */
function isUnitList(text: string): boolean {
  const pieces = text
    .replace(/[。；;]$/, '')
    .split(/[、，,；;]/)
    .map((p) => p.trim());
  return pieces.every(
    (p) => p.length >= 2 && [...p].length <= 24 && UNIT_END.test(p) && !/[。：:\s]/.test(p),
  );
}

const cellsOf = (line: string) =>
  line
    .trim()
    .split(GAP)
    .filter((c) => c.length > 0);

/** The header's cells when `line` heads a task table laid out with spaces. */
function headerCells(line: string): string[] | undefined {
  if (line.includes('\t') || line.includes('|')) return undefined;
  const cells = cellsOf(line);
  if (cells.length < 3 || cells.some((c) => [...c].length > 12 || /[。，,；;：:、]/.test(c)))
    return undefined;
  return taskTableColumns(cells) ? cells : undefined;
}

/** A row's pieces (each line's cells, in order) put into `width` cells. */
function rebuild(lines: string[][], width: number, taskAt: number): string[] {
  const [first, ...more] = lines;
  const cells = [...(first ?? [])];
  if (more.length === 0 && cells.length > width) {
    // Spaces inside the task's text: its words run on up to the cells the header leaves after it.
    const tail = width - 1 - taskAt;
    const words = cells.splice(taskAt, cells.length - taskAt - tail);
    cells.splice(taskAt, 0, words.join(' '));
    return cells;
  }
  const pieces = more.flat();
  let surplus = cells.length + pieces.length - width;
  while (surplus > 0 && pieces.length > 0) {
    const at = cells.length - 1;
    cells[at] = joinCellLines([cells[at] as string, pieces.shift() as string]);
    surplus--;
  }
  return [...cells, ...pieces];
}

/** What the row's last line was: its numbered line, a run-on of the task, unit lines, the cell after the units. */
type LastKind = 'first' | 'task' | 'units' | 'tail';

export function joinSpaceRows(lines: string[]): string[] {
  const out: string[] = [];
  let width = 0;
  let taskAt = 1;
  let unitColumns: number[] | undefined;
  /** Whether the column after the units holds a date rather than text. */
  let timeAfter = false;
  let row: string[][] | undefined;
  let lastKind: LastKind = 'first';
  const flush = () => {
    // A row with empty cells at its end is whole all the same (the tab reading waits for the header's width).
    if (row) {
      const cells = rebuild(row, width, taskAt);
      while (cells.length < width) cells.push('');
      out.push(cells.join('\t'));
    }
    row = undefined;
  };
  for (const line of lines) {
    const header = headerCells(line);
    if (header) {
      flush();
      width = header.length;
      const columns = taskTableColumns(header);
      taskAt = columns?.task[0] ?? 1;
      unitColumns = columns?.units.map((u) => u.at);
      timeAfter = TIME_HEADER.test(header[Math.max(...(unitColumns ?? [0])) + 1] ?? '');
      out.push(header.join('\t'));
      continue;
    }
    if (width === 0) {
      out.push(line);
      continue;
    }
    const text = line.trim();
    if (ROW_START.test(line) && !line.includes('\t') && !line.includes('|')) {
      flush();
      row = [cellsOf(line)];
      lastKind = 'first';
      continue;
    }
    if (text.length === 0 || HEADING.test(text)) {
      flush();
      out.push(line);
      continue;
    }
    // A line after a numbered row continues it: the task's text wrapped before any unit cell, or a list of
    // units (a unit cell's next line, or the cell after it) while the row's last cell has not ended a
    // sentence, or — in a table with columns after its units (上半年推进情况, 完成时限, 备注) — the text of
    // those columns after the unit lines; anything else is the prose after the table.
    if (row) {
      const pieces = row.flat();
      const lastPiece = pieces[pieces.length - 1] ?? '';
      const firstUnit = Math.min(...(unitColumns ?? [width]));
      const lastUnit = Math.max(...(unitColumns ?? [width]));
      const firstLine = row[0] ?? [];
      const endsInUnits =
        lastKind === 'units' ||
        (lastKind === 'first' && firstLine.length - 1 >= firstUnit && firstLine.length - 1 <= lastUnit);
      const wrapsTask = pieces.length <= firstUnit && !ENDED.test(lastPiece);
      const lists =
        isUnitList(text) &&
        (pieces.length < width ||
          (!ENDED.test(lastPiece) && (pieces.length === width || lastKind === 'units')));
      if (wrapsTask || lists) {
        row.push(cellsOf(line));
        lastKind = wrapsTask ? 'task' : 'units';
        continue;
      }
      // The one column after the units takes the whole line (its text may hold spaces); a cell of it
      // wrapped over lines runs on until it ends a sentence.
      const after = width - 1 - lastUnit;
      const fits = !timeAfter || (TIME_CELL.test(text) && TIME_WORD.test(text));
      if (after > 0 && endsInUnits && fits) {
        row.push(after === 1 ? [text] : cellsOf(line));
        lastKind = 'tail';
        continue;
      }
      const inTail = lastKind === 'tail' || (lastKind === 'first' && firstLine.length - 1 > lastUnit);
      if (inTail && !timeAfter && !ENDED.test(lastPiece)) {
        const last = row[row.length - 1] as string[];
        last[last.length - 1] = `${lastPiece}${text}`;
        continue;
      }
    }
    flush();
    width = 0;
    out.push(line);
  }
  flush();
  return out;
}
