import { taskTableColumns } from './task-table-columns';

// A table copied from a web page often arrives one cell a line: `序号` `工作内容` `牵头单位` then `1`,
// the task, its units, `2` … Rebuild its rows as `| 1 | … | … |`. The 序号 column anchors each row; a
// cell of several paragraphs is one cell, joined into the last task column; a stray line after the
// units (the name of a leader over a group of rows) is not a cell.

const HEADER_CELL =
  /^(序号|编号|类别|领域|项目名称|建设内容|工作内容|内容与要求|工作任务|重点任务|主要任务|具体任务|任务内容|任务举措|工作举措|具体举措|工作措施|主要内容|目标任务|工作目标|目标要求|进展情况|完成时限|完成时间|时间节点|时限要求|备注|(责任|牵头|配合|协同|参与|主责)(单位|部门|处室|科室)|(责任|牵头|分管)领导)$/;
const UNIT_LIKE =
  /(局|委|办|厅|部|署|院|处|室|中心|政府|单位|部门|区|县|市|街道|镇|乡|集团|公司|专班|小组)[)）]?$/;
const MARKER_LINE = /^([一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）]|附件|附表)/;

function row(cells: string[]): string {
  return `| ${cells.map((c) => c.replace(/\|/g, '｜')).join(' | ')} |`;
}

/** The chunk of lines after a row's number, laid into the header's other columns. */
function cellsOf(chunk: string[], header: string[]): string[] {
  const width = header.length - 1;
  const cols = taskTableColumns(header);
  const lastTask = Math.max(...(cols?.task ?? [1])) - 1;
  const lines = [...chunk];
  // Trailing lines that are no unit list, after a unit column that should end the row: strays.
  const lastIsUnit = cols?.units.some((u) => u.at === header.length - 1);
  while (lastIsUnit && lines.length > width && !UNIT_LIKE.test(lines[lines.length - 1] as string))
    lines.pop();
  const out: string[] = Array(width).fill('');
  if (lines.length >= width) {
    const right = width - 1 - lastTask;
    for (let i = 0; i < right; i++) out[width - 1 - i] = lines[lines.length - 1 - i] as string;
    for (let i = 0; i < lastTask; i++) out[i] = lines[i] as string;
    out[lastTask] = lines.slice(lastTask, lines.length - right).join('');
  } else if (lines.length > 0) {
    out[0] = lines[0] as string;
    const rest = lines.slice(1);
    rest.forEach((l, i) => {
      out[width - rest.length + i] = l;
    });
  }
  return out;
}

export function unstackTables(lines: string[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const at = (k: number) => (lines[k] ?? '').trim();
    let end = i;
    while (end < lines.length && HEADER_CELL.test(at(end).replace(/\s/g, ''))) end++;
    const header = lines.slice(i, end).map((l) => l.trim().replace(/\s/g, ''));
    if (header.length < 3 || header[0] !== '序号' || !taskTableColumns(header)) {
      out.push(lines[i] as string);
      i++;
      continue;
    }
    out.push(row(header));
    let n = 1;
    let k = end;
    for (;;) {
      // A category line between rows (`二、民生保障`) stays a line; the rows go on after it.
      if (MARKER_LINE.test(at(k)) && at(k + 1) === String(n) && n > 1) {
        out.push(at(k));
        k++;
      }
      if (k >= lines.length || at(k) !== String(n)) break;
      let next = k + 1;
      // The row runs to the next number, or for the last row to a heading or its width in lines.
      while (next < lines.length && at(next) !== String(n + 1) && !MARKER_LINE.test(at(next))) {
        if (next - k > header.length - 1 && !lines.slice(next).some((l) => l.trim() === String(n + 1))) break;
        next++;
      }
      out.push(
        row([
          String(n),
          ...cellsOf(
            lines.slice(k + 1, next).map((l) => l.trim()),
            header,
          ),
        ]),
      );
      k = next;
      n++;
    }
    i = k;
  }
  return out;
}
