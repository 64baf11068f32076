import { joinCellLines } from './join-cell-lines';
import { taskTableColumns } from './task-table-columns';

// A table copied from a web page, or the text of a Word table (mammoth's raw text, a copy of the
// document), often arrives one cell a line: `序号` `任务` `牵头单位` `配合单位` `完成时限` then `1`, the
// task, its units, its deadline, `2` … Rebuild its rows as `| 1 | … | … |`. The 序号 column anchors each
// row. An empty cell leaves no line, and a cell of several paragraphs leaves several: the lines of a
// row are laid into the columns by what each line is (a unit list, a deadline, the task's text), so a
// row without 配合单位 keeps its deadline out of that column, a task written over two paragraphs is one
// task, and units one a line are one list. A stray line after the units (the name of a leader over a
// group of rows) is not a cell.

const HEADER_CELL =
  /^(序号|编号|类别|领域|项目名称|建设内容|内容与要求|进展情况|完成情况|完成时限|完成时间|时间节点|时限要求|完成期限|时限|期限|进度安排|备注|(重点|主要|具体|工作|目标|建设|项目|年度)?(任务|工作|事项|内容|举措|措施|项目|目标|要求)(名称|内容|举措|措施|要求|清单|任务)?|(主要|具体)?(责任|牵头|配合|协同|参与|主责|协办)(单位|部门|处室|科室)|(责任|牵头|分管)领导)$/;
const UNIT_LIKE =
  /(局|委|办|厅|部|署|院|处|室|中心|政府|单位|部门|区|县|市|街道|镇|乡|集团|公司|专班|小组|管委会|公署|总队|支队)[)）]?$/;
const MARKER_LINE = /^([一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）]|附件|附表)/;
/** A deadline as a cell writes it: `2026年底`, `2026年12月`, `长期坚持`, `持续推进`, `每年`. */
const DEADLINE =
  /^((19|20)\d{2}\s*(年|[.．/-])|\d{1,2}\s*月|年底|年内|年中|上半年|下半年|[一二三四]季度|长期|持续|常态|每年|每季|每月|逐年|分年度|20\d{2}$)/;

type Kind = 'task' | 'unit' | 'time' | 'other';

function row(cells: string[]): string {
  return `| ${cells.map((c) => c.replace(/\|/g, '｜')).join(' | ')} |`;
}

const isDeadline = (l: string) => DEADLINE.test(l) && [...l].length <= 30 && !/[。；;]./.test(l);
/** A line naming units only: `市发改委`, `市财政局、市审计局`, `各区、县（市）政府`. */
const isUnits = (l: string) =>
  [...l].length <= 120 &&
  !/[。：:]/.test(l) &&
  l
    .replace(/[(（][^()（）]*[)）]$/, '')
    .split(/[、，,；;]/)
    .filter((p) => p.trim().length > 0)
    .every((p) => UNIT_LIKE.test(p.trim()) && [...p.trim()].length <= 24);

/** How well a line sits in a column of a kind: a unit list in a unit column, a deadline in a time column. */
function cellFit(line: string, kind: Kind): number {
  const unit = isUnits(line);
  const time = !unit && isDeadline(line);
  if (kind === 'unit') return unit ? 2 : -4;
  if (kind === 'time') return time ? 2 : -4;
  if (kind === 'task') return unit || time ? -2 : 1;
  return unit || time ? -1 : 0;
}

/**
 * The lines of one row (after its number) laid into the columns in order, each column taking a run of
 * them (an empty cell none): the best fit by kind. Returns the cells and how well the last line fits.
 */
function layRow(lines: string[], kinds: Kind[]): { cells: string[]; lastFit: number } {
  const n = lines.length;
  const m = kinds.length;
  const NONE = Number.NEGATIVE_INFINITY;
  // best[j][i]: the score of the first i lines laid into the first j columns; from[j][i]: column j's start.
  const best: number[][] = Array.from({ length: m + 1 }, () => Array(n + 1).fill(NONE));
  const from: number[][] = Array.from({ length: m + 1 }, () => Array(n + 1).fill(0));
  (best[0] as number[])[0] = 0;
  for (let j = 1; j <= m; j++) {
    const kind = kinds[j - 1] as Kind;
    for (let i = 0; i <= n; i++) {
      for (let s = 0; s <= i; s++) {
        const before = (best[j - 1] as number[])[s] as number;
        if (before === NONE) continue;
        let score = before;
        // An empty cell is likelier to the right (配合单位, 备注) than to the left (牵头单位).
        if (s === i) score += kind === 'task' ? -3 : -0.5 - 0.1 * (m - j);
        for (let k = s; k < i; k++) {
          score += cellFit(lines[k] as string, kind);
          // One deadline, one remark a cell; a task or a unit list may run over several lines.
          if (k > s && (kind === 'time' || kind === 'other')) score -= 2;
        }
        if (score > ((best[j] as number[])[i] as number)) {
          (best[j] as number[])[i] = score;
          (from[j] as number[])[i] = s;
        }
      }
    }
  }
  const cells: string[] = Array(m).fill('');
  let lastFit = 0;
  let i = n;
  for (let j = m; j >= 1; j--) {
    const s = (from[j] as number[])[i] as number;
    const run = lines.slice(s, i);
    const kind = kinds[j - 1] as Kind;
    if (i === n && run.length > 0) lastFit = cellFit(run[run.length - 1] as string, kind);
    cells[j - 1] = kind === 'unit' ? joinCellLines(run) : run.join('');
    i = s;
  }
  return { cells, lastFit };
}

/** A line that ends open (`市发改委、`, `推进…，`) goes on in the next: one paragraph wrapped. */
function joinOpen(lines: string[]): { lines: string[]; spans: number[] } {
  const out: string[] = [];
  const spans: number[] = [];
  for (const l of lines) {
    const last = out[out.length - 1];
    if (last !== undefined && /[、，,（(]$/.test(last)) {
      out[out.length - 1] = last + l;
      spans[spans.length - 1] = (spans[spans.length - 1] as number) + 1;
    } else {
      out.push(l);
      spans.push(1);
    }
  }
  return { lines: out, spans };
}

function kindsOf(header: string[]): Kind[] {
  const cols = taskTableColumns(header);
  return header.slice(1).map((h, i) => {
    const at = i + 1;
    if (cols?.units.some((u) => u.at === at)) return 'unit';
    if (cols?.task.includes(at)) return 'task';
    if (/时限|时间|期限|节点|进度安排/.test(h)) return 'time';
    return 'other';
  });
}

export function unstackTables(lines: string[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const at = (k: number) => (lines[k] ?? '').trim();
    let end = i;
    while (end < lines.length && HEADER_CELL.test(at(end).replace(/\s|[(（][^()（）]*[)）]$/g, ''))) end++;
    const header = lines.slice(i, end).map((l) => l.trim().replace(/\s/g, ''));
    // The first row may come under a category line (`（一）…重点工作`).
    const first = MARKER_LINE.test(at(end)) ? end + 1 : end;
    if (header.length < 3 || header[0] !== '序号' || !taskTableColumns(header) || at(first) !== '1') {
      out.push(lines[i] as string);
      i++;
      continue;
    }
    const kinds = kindsOf(header);
    const lastIsUnit = kinds[kinds.length - 1] === 'unit';
    out.push(row(header));
    let n = 1;
    let k = end;
    for (;;) {
      // A category line between rows (`二、民生保障`) stays a line; the rows go on after it.
      if (MARKER_LINE.test(at(k)) && at(k + 1) === String(n)) {
        out.push(at(k));
        k++;
      }
      if (k >= lines.length || at(k) !== String(n)) break;
      let next = k + 1;
      const more = lines.slice(k + 1).some((l) => l.trim() === String(n + 1));
      // The row runs to the next number, or for the last row to a heading or its width in lines.
      while (next < lines.length && at(next) !== String(n + 1) && !MARKER_LINE.test(at(next))) {
        if (next - k > header.length - 1 && !more) break;
        next++;
      }
      const joined = joinOpen(lines.slice(k + 1, next).map((l) => l.trim()));
      let chunk = joined.lines;
      // Trailing lines that are no unit list, after a unit column that ends the row: strays.
      while (lastIsUnit && chunk.length > kinds.length && !isUnits(chunk[chunk.length - 1] as string))
        chunk = chunk.slice(0, -1);
      let laid = layRow(chunk, kinds);
      // The last row ends where its lines stop fitting: the paragraph after the table is no cell.
      if (!more) {
        let take = chunk.length;
        while (take > 1 && laid.lastFit < 0) {
          take--;
          laid = layRow(chunk.slice(0, take), kinds);
        }
        if (take < chunk.length) next = k + 1 + joined.spans.slice(0, take).reduce((a, b) => a + b, 0);
      }
      out.push(row([String(n), ...laid.cells]));
      k = next;
      n++;
    }
    i = k;
  }
  return out;
}
