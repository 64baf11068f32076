import { splitCells } from './parse-indicators';
import { parseNoteContent } from './parse-note';

// A task table (任务分工表, 重点任务清单): a header naming a task column (重点任务, 工作任务, 具体举措 …) and
// unit columns (责任单位, 牵头单位, 配合单位 …); each row after it is one task. A unit cell is read as the
// note its header labels (`牵头单位：<cell>`), so `市发改委（牵头）、市财政局` and the plan's first-leads
// convention read as they do in a note. A row whose cells all say one thing is a category row.

export interface TableTask {
  /** Index of the row in `rows`. */
  row: number;
  title: string;
  lead: string[];
  support: string[];
  note: string;
}

export interface TaskTable {
  header: string[];
  tasks: TableTask[];
}

const UNIT_HEADER =
  /(牵头|责任|主责|主办|承办|实施|负责|配合|协同|协办|协作|参与|协助)(单位|部门|处室|科室|股室|机构|主体)|^(牵头|配合|责任单位)$/;
const NOT_UNIT_HEADER = /领导|责任人|联系人|人员/;
const TASK_HEADER = /任务|工作|事项|内容|举措|措施|项目|行动|名称|要求|目标/;
const NOT_TASK_HEADER = /序号|编号|时限|时间|进度|期限|备注|完成|节点/;
const EMPTY_CELL = /^[\s/／—\-–无]*$/;

interface Columns {
  task: number[];
  units: { at: number; label: string }[];
}

function findColumns(header: string[]): Columns | undefined {
  const units = header
    .map((h, at) => ({ h: h.replace(/\s/g, ''), at }))
    .filter(({ h }) => UNIT_HEADER.test(h) && !NOT_UNIT_HEADER.test(h))
    .map(({ h, at }) => ({
      at,
      // The label a note would carry: 牵头 leads, 配合/协同/参与 support, 责任 leads unless a 牵头 column exists.
      label: /牵头|主责|主办/.test(h)
        ? '牵头单位'
        : /配合|协同|协办|协作|参与|协助/.test(h)
          ? '配合单位'
          : '责任单位',
    }));
  const task = header
    .map((h, at) => ({ h, at }))
    .filter(({ h, at }) => TASK_HEADER.test(h) && !NOT_TASK_HEADER.test(h) && !units.some((u) => u.at === at))
    .map(({ at }) => at);
  if (units.length === 0 || task.length === 0) return undefined;
  return { task, units };
}

/** Whether a row is the header of a task table. */
export function isTaskTableHeader(row: string): boolean {
  return findColumns(splitCells(row)) !== undefined;
}

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
  const { task, units } = cols;
  const width = header.length;
  const tasks: TableTask[] = [];
  for (let r = start; r < rows.length; r++) {
    const raw = splitCells(rows[r] as string);
    if (raw.length === 0) continue;
    // A short row fills the rightmost columns (its first cells were merged above).
    const cells = raw.length < width ? [...Array(width - raw.length).fill(''), ...raw] : raw;
    const filled = cells.filter((c) => !EMPTY_CELL.test(c));
    if (filled.length === 0 || new Set(filled).size === 1) continue;
    const parts = units
      .map(({ at, label }) => ({ cell: (cells[at] ?? '').trim(), label }))
      .filter(({ cell }) => !EMPTY_CELL.test(cell))
      .map(({ cell, label }) => (/^[^：:]{2,6}[：:]/.test(cell) ? cell : `${label}：${cell}`));
    const note = parts.join('；');
    const parsed = note ? parseNoteContent(note, firstLeads) : undefined;
    const text = task.map((at) => (cells[at] ?? '').trim()).filter((c) => !EMPTY_CELL.test(c));
    if (text.length === 0 && !parsed) continue;
    tasks.push({
      row: r,
      title: text[0] ?? '',
      lead: parsed?.lead ?? [],
      support: parsed?.support ?? [],
      note,
    });
  }
  return { header, tasks };
}
