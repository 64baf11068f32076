import { ITEM_MARKER } from './join-lines';
import type { TaskCell, TaskLeader, TaskProgress } from './model';
import { splitCells } from './parse-indicators';
import { parseNoteContent } from './parse-note';
import { taskTableColumns as findColumns } from './task-table-columns';

// A task table (任务分工表, 重点任务清单): a header naming a task column (重点任务, 工作任务, 具体举措 …) and
// unit columns (责任单位, 牵头单位, 配合单位 …); each row after it is one task. A unit cell is read as the
// note its header labels (`牵头单位：<cell>`), so `市发改委（牵头）、市财政局` and the plan's first-leads
// convention read as they do in a note. A row whose cells all say one thing is a category row. In a numbered
// table, a full row with an empty 序号 carries on the numbered row above (`| 5 | 开工建设县老年养护楼。 | 县民政局 |`
// then `|  | 开工建设老年大学。 |  | 12月底前 |`): its text is that task's, an empty unit cell keeps the task's
// units, and a cell of its own (its 完成时限) says which part of the task it is for.

export interface TableTask {
  /** Index of the row in `rows`. */
  row: number;
  /** Index of the task's last row, where rows with an empty 序号 carry it on. */
  through?: number;
  title: string;
  lead: string[];
  support: string[];
  note: string;
  /** The row's 序号 as written, when the table has such a column. */
  number?: string;
  /** The row's leader cell (责任领导, 牵头领导), with the column's header as its label. */
  leader?: TaskLeader;
  /** The row's progress cell (上半年推进情况, 完成情况), with the column's header as its label. */
  progress?: TaskProgress;
  /** The row's other columns (完成时限, 备注 …), labelled by their headers; empty cells left out. */
  cells: TaskCell[];
}

export interface TaskTable {
  header: string[];
  tasks: TableTask[];
}

const EMPTY_CELL = /^[\s/／—\-–无]*$/;
/** A header of how each row is going: `上半年推进情况`, `完成情况`, `进展情况`, `工作进展`, `进度`. */
const PROGRESS_HEADER =
  /^[^时限期]{0,8}(?:推进|完成|进展|落实|执行|实施)情况$|^(?:工作|目前|当前|最新)?(?:进展|进度)$/;

/**
 * Tasks from consecutive table rows. The header is the first row, or `inherited` (the header of the
 * table this one continues after a page break) when the first row is none.
 */
export function readTaskTable(
  rows: string[],
  firstLeads: boolean,
  inherited?: string[],
): TaskTable | undefined {
  const own = splitCells(rows[0] ?? '');
  let header = own;
  let cols = findColumns(own);
  let start = 1;
  if (!cols && inherited) {
    header = inherited;
    cols = findColumns(inherited);
    start = 0;
  }
  if (!cols) return undefined;
  // A two-row header (`责任单位` over `牵头单位 | 配合单位`): the lower row names the columns.
  const lower = start === 1 ? splitCells(rows[1] ?? '') : [];
  const lowerCols = lower.length === header.length ? findColumns(lower) : undefined;
  if (lowerCols) {
    header = lower;
    cols = lowerCols;
    start = 2;
  }
  const { task, units } = cols;
  const width = header.length;
  const numberAt = header.findIndex((h) => /^(序号|编号|序)$/.test(h.replace(/\s/g, '')));
  // A column of people (责任领导, 牵头负责领导): each row's leader, never a unit.
  const leaderAt = header.findIndex((h) => /领导$/.test(h.replace(/\s/g, '')));
  // A column of how each row is going (上半年推进情况, 完成情况): the plan's word on the row's progress.
  const progressAt = header.findIndex((h) => PROGRESS_HEADER.test(h.replace(/\s/g, '')));
  // Every other column (完成时限, 工作目标, 备注 …) is the row's too, under its header.
  const otherAt = header
    .map((_h, at) => at)
    .filter(
      (at) =>
        at !== numberAt &&
        at !== leaderAt &&
        at !== progressAt &&
        !task.includes(at) &&
        !units.some((u) => u.at === at),
    );
  const tasks: TableTask[] = [];
  /** Each task's cells of the task columns, in the columns' order. */
  const rowTexts: string[][] = [];
  const marked = new WeakSet<TaskCell>();
  const labelOf = (at: number) => (header[at] ?? '').replace(/\s/g, '');
  /** The row `r` with no 序号 joins `task`: its text, its own units, its cells marked with its part. */
  const carryOn = (
    task: TableTask,
    text: string[],
    r: number,
    more: string[],
    parsed: { lead: string[]; support: string[] } | undefined,
    cells: string[],
  ) => {
    const partOf = (t: string[]) =>
      (t.find((c) => !EMPTY_CELL.test(c)) ?? '')
        .replace(ITEM_MARKER, '')
        .replace(/[。；;，,]$/, '')
        .trim();
    const before = partOf(text);
    const part = partOf(more);
    more.forEach((c, i) => {
      if (!EMPTY_CELL.test(c)) text[i] = text[i] ? `${text[i]}${c}` : c;
    });
    for (const u of parsed?.lead ?? []) if (!task.lead.includes(u)) task.lead.push(u);
    for (const u of parsed?.support ?? []) if (!task.support.includes(u)) task.support.push(u);
    for (const at of otherAt) {
      const value = (cells[at] ?? '').trim();
      const label = labelOf(at);
      if (!label || EMPTY_CELL.test(value)) continue;
      const own = task.cells.filter((c) => c.label === label);
      if (own.some((c) => c.value === value)) continue;
      // Each value says the part it is for, once a column holds two.
      for (const c of own)
        if (before && !marked.has(c)) {
          c.value = `${c.value}（${before}）`;
          marked.add(c);
        }
      const cell = { label, value: part ? `${value}（${part}）` : value };
      marked.add(cell);
      task.cells.push(cell);
    }
    task.through = r;
  };
  for (let r = start; r < rows.length; r++) {
    const raw = splitCells(rows[r] as string);
    if (raw.length === 0) continue;
    // A short row fills the rightmost columns (its first cells were merged above); a long one carries
    // a category cell before them (`一、发展新产业 | 1. 编制… | … | 市经贸委牵头`).
    const cells =
      raw.length < width ? [...Array(width - raw.length).fill(''), ...raw] : raw.slice(raw.length - width);
    const filled = cells.filter((c) => !EMPTY_CELL.test(c));
    if (filled.length === 0 || new Set(filled).size === 1) continue;
    const parts = units
      .map(({ at, label }) => ({ cell: (cells[at] ?? '').trim(), label }))
      .filter(({ cell }) => !EMPTY_CELL.test(cell))
      .map(({ cell, label }) => (/^[^：:]{2,6}[：:]/.test(cell) ? cell : `${label}：${cell}`));
    const note = parts.join('；');
    const parsed = note ? parseNoteContent(note, firstLeads) : undefined;
    const text = task.map((at) => (cells[at] ?? '').trim());
    if (text.every((c) => EMPTY_CELL.test(c)) && !parsed) continue;
    const number = numberAt >= 0 ? (cells[numberAt] ?? '').trim() : '';
    const above = tasks[tasks.length - 1];
    if (numberAt >= 0 && number === '' && raw.length === width && above?.number) {
      carryOn(above, rowTexts[rowTexts.length - 1] as string[], r, text, parsed, cells);
      continue;
    }
    const leader = leaderAt >= 0 ? (cells[leaderAt] ?? '').trim() : '';
    const progress = progressAt >= 0 ? (cells[progressAt] ?? '').trim() : undefined;
    rowTexts.push(text);
    const cellsOf = otherAt
      .map((at) => ({ label: (header[at] ?? '').replace(/\s/g, ''), value: (cells[at] ?? '').trim() }))
      .filter((c) => c.label && !EMPTY_CELL.test(c.value));
    tasks.push({
      row: r,
      title: '',
      lead: parsed?.lead ?? [],
      support: parsed?.support ?? [],
      note,
      ...(/^\d{1,3}$/.test(number) ? { number } : {}),
      ...(leader && !EMPTY_CELL.test(leader)
        ? { leader: { label: (header[leaderAt] as string).replace(/\s/g, ''), name: leader } }
        : {}),
      ...(progress !== undefined
        ? {
            progress: {
              label: (header[progressAt] as string).replace(/\s/g, ''),
              text: EMPTY_CELL.test(progress) ? '' : progress,
            },
          }
        : {}),
      cells: cellsOf,
    });
  }
  // Of several task columns, the one filled row by row names the task: a cell merged over many rows
  // (项目 `主要预期目标` over items 1.–11.) groups them, and is no title of the first.
  const filledIn = task.map((_at, i) => rowTexts.filter((t) => !EMPTY_CELL.test(t[i] ?? '')).length);
  const best = Math.max(0, ...filledIn);
  const order = task
    .map((_at, i) => i)
    .sort((a, b) => {
      const grouping = (i: number) => (filledIn[i] as number) * 2 <= best && (filledIn[i] as number) < best;
      return Number(grouping(a)) - Number(grouping(b)) || a - b;
    });
  tasks.forEach((t, k) => {
    const text = rowTexts[k] ?? [];
    const first = order.map((i) => text[i] ?? '').find((c) => !EMPTY_CELL.test(c)) ?? '';
    // The cell's own item marker (`2.一般公共预算收入…`) is no part of the title.
    t.title = first.replace(ITEM_MARKER, '').trim() || first;
  });
  return { header, tasks };
}
