import type { Line, Segment } from './pdf-lines';
import { taskTableColumns } from './task-table-columns';

// The lines of one table in a PDF → `| … |` rows. Columns are where no text ever crosses: the gaps in
// the union of every segment's extent (text centred in a cell moves within its column, never across
// it). A row is anchored at its number in the first column. Within a column, a cell's lines stand at
// the line spacing and cells are farther apart, so each column falls into blocks; a block goes to the
// row whose number lies within it or nearest it. Word sets cells top-aligned or vertically centred: a
// block over several rows is cut at the numbers (top-aligned) or so that each row's part is centred
// on its number (centred). A line spanning the columns (a category row) stays a line of its own.

const NUMBER = /^(\d{1,3}|[一二三四五六七八九十]{1,3}[、.．]?)$/;
const HEADER_WORD =
  /序|号|任务|内容|单位|部门|处室|科室|时限|时间|牵头|配合|责任|名称|项目|措施|举措|备注|类别|领域|目标|要求|进度|事项|工作|主体|完成/;
/** A unit name's last characters, and what cannot start one (the rest of a name wrapped after 委). */
const UNIT_END = /(局|委|办|厅|部|署|院|处|室|科|股|中心|政府|公司|集团|单位|部门|机构|小组|专班|[)）])$/;
const NOT_UNIT_START = /^(会|员|局|委|办|厅|部|署|院|处|室|中心|政府)/;

interface Column {
  from: number;
  to: number;
}

interface Frag {
  line: number;
  y: number;
  col: number;
  s: Segment;
}

function columnsOf(lines: Line[], size: number): Column[] {
  const all = lines.flatMap((l) => l.segments);
  const left = Math.min(...all.map((s) => s.x));
  const right = Math.max(...all.map((s) => s.end));
  // A segment across most of the table (a category row) says nothing about columns.
  const spans = all.filter((s) => s.end - s.x < (right - left) * 0.6).sort((a, b) => a.x - b.x);
  const blocks: Column[] = [];
  for (const s of spans) {
    const last = blocks[blocks.length - 1];
    if (last && s.x <= last.to + size * 0.3) last.to = Math.max(last.to, s.end);
    else blocks.push({ from: s.x, to: s.end });
  }
  return blocks.length > 0 ? blocks : [{ from: left, to: right }];
}

/** Split frags (top to bottom) into one contiguous group per anchor, each centred on its anchor. */
function centredGroups(frags: Frag[], anchors: number[]): number[] {
  const n = frags.length;
  const m = anchors.length;
  // Off-centre groups cost most; a little for each line's distance, so one group cannot swallow all.
  const cost = (from: number, to: number, a: number) => {
    if (to <= from) return 0;
    const at = anchors[a] as number;
    let sum = 0;
    let spread = 0;
    for (let k = from; k < to; k++) {
      sum += (frags[k] as Frag).y;
      spread += ((frags[k] as Frag).y - at) ** 2;
    }
    return (sum / (to - from) - at) ** 2 * (to - from) + spread * 0.1;
  };
  const best: number[][] = Array.from({ length: m + 1 }, () => Array(n + 1).fill(Number.POSITIVE_INFINITY));
  const cut: number[][] = Array.from({ length: m + 1 }, () => Array(n + 1).fill(0));
  (best[0] as number[])[0] = 0;
  for (let j = 1; j <= m; j++)
    for (let t = 0; t <= n; t++)
      for (let s = 0; s <= t; s++) {
        const c = ((best[j - 1] as number[])[s] as number) + cost(s, t, j - 1);
        if (c < ((best[j] as number[])[t] as number)) {
          (best[j] as number[])[t] = c;
          (cut[j] as number[])[t] = s;
        }
      }
  const group = Array(n).fill(0);
  let t = n;
  for (let j = m; j >= 1; j--) {
    const s = (cut[j] as number[])[t] as number;
    for (let k = s; k < t; k++) group[k] = j - 1;
    t = s;
  }
  return group;
}

/** The rows, or undefined when the lines are no table (no gap runs down them, or spaced-out letters). */
export function pdfTableRows(lines: Line[]): string[] | undefined {
  if (lines.length === 0) return undefined;
  const size = lines.map((l) => l.size).sort((a, b) => a - b)[Math.floor(lines.length / 2)] as number;
  const columns = columnsOf(lines, size);
  const segments = lines.flatMap((l) => l.segments);
  if (columns.length < 2 || segments.filter((x) => [...x.text].length === 1).length > segments.length * 0.6)
    return undefined;
  const bounds = columns.slice(1).map((c, i) => ((columns[i] as Column).to + c.from) / 2);
  const colOf = (s: Segment) => bounds.filter((b) => b <= s.x + size * 0.25).length;
  const spans = (l: Line) =>
    l.segments.length === 1 &&
    bounds.some((b) => b > (l.segments[0] as Segment).x + size && b < (l.segments[0] as Segment).end - size);
  const numberAt = (l: Line) => l.segments.some((s) => colOf(s) === 0 && NUMBER.test(s.text));
  let anchors = lines.map((l, i) => (numberAt(l) && !spans(l) ? i : -1)).filter((i) => i >= 0);
  if (anchors.length === 0)
    // No 序号 column: a row starts wherever the first column has text.
    anchors = lines
      .map((l, i) => (l.segments.some((s) => colOf(s) === 0) && !spans(l) ? i : -1))
      .filter((i) => i >= 0);
  const first = anchors[0] ?? lines.length;
  const headerLike = (l: Line) =>
    l.segments.every((s) => [...s.text].length <= 8 && HEADER_WORD.test(s.text));
  const headerLines = new Set(
    lines.map((l, i) => (i < first && !spans(l) && headerLike(l) ? i : -1)).filter((i) => i >= 0),
  );
  // Text of the first row standing above its number: the cells are centred.
  const centred = lines.some((l, i) => i < first && !spans(l) && !headerLines.has(i));
  const y = (i: number) => (lines[i] as Line).y;
  const headerY =
    headerLines.size > 0 ? [...headerLines].reduce((sum, i) => sum + y(i), 0) / headerLines.size : 0;

  const frags: Frag[] = [];
  lines.forEach((l, i) => {
    if (!spans(l)) for (const s of l.segments) frags.push({ line: i, y: l.y, col: colOf(s), s });
  });
  const gaps = columns.flatMap((_c, col) => {
    const ys = frags.filter((f) => f.col === col).map((f) => f.y);
    return ys
      .slice(1)
      .map((v, k) => (ys[k] as number) - v)
      .filter((d) => d > 0 && d < size * 3);
  });
  const spacing = gaps.sort((a, b) => a - b)[Math.floor(gaps.length / 4)] ?? size * 1.3;

  /** Row of each frag: -1 the header, else the index of the anchor line. */
  const rowOf = new Map<Frag, number>();
  for (let col = 0; col < columns.length; col++) {
    const mine = frags.filter((f) => f.col === col && !headerLines.has(f.line));
    for (const f of frags) if (f.col === col && headerLines.has(f.line)) rowOf.set(f, -1);
    const blocks: Frag[][] = [];
    for (const f of mine) {
      const block = blocks[blocks.length - 1];
      const last = block?.[block.length - 1];
      if (block && last && last.y - f.y <= spacing * 1.35) block.push(f);
      else blocks.push([f]);
    }
    for (const block of blocks) {
      const top = (block[0] as Frag).y + spacing / 2;
      const bottom = (block[block.length - 1] as Frag).y - spacing / 2;
      const inside = anchors.filter((a) => y(a) <= top && y(a) >= bottom);
      if (inside.length <= 1) {
        const center = (top + bottom) / 2;
        const row =
          inside[0] ??
          anchors.reduce(
            (b, a) => (Math.abs(y(a) - center) < Math.abs(y(b) - center) ? a : b),
            anchors[0] as number,
          );
        for (const f of block) rowOf.set(f, row);
      } else if (centred) {
        const group = centredGroups(block, inside.map(y));
        block.forEach((f, k) => {
          rowOf.set(f, inside[group[k] as number] as number);
        });
      } else {
        for (const f of block)
          rowOf.set(f, [...inside].reverse().find((a) => y(a) >= f.y - 0.5) ?? (inside[0] as number));
      }
    }
  }

  const unitColumns = new Set<number>();
  const cellText = (row: number, col: number) => {
    const parts = frags.filter((f) => rowOf.get(f) === row && f.col === col).map((f) => f.s.text);
    let out = '';
    for (const p of parts) {
      // In a unit column a line that ends a unit name and is followed by another is a list entry.
      const listed = unitColumns.has(col) && UNIT_END.test(out) && !NOT_UNIT_START.test(p);
      out = out ? `${out}${listed ? '、' : ''}${p}` : p;
    }
    return out.replace(/\|/g, '｜');
  };
  const header = columns.map((_c, col) => cellText(-1, col));
  const named = taskTableColumns(header);
  // Without a header here (a table going on from the page before), any column may list units.
  for (const u of named?.units ?? columns.map((_c, at) => ({ at }))) unitColumns.add(u.at);
  const rows: { y: number; text: string }[] = [];
  if (headerLines.size > 0) rows.push({ y: headerY, text: `| ${header.join(' | ')} |` });
  for (const a of anchors)
    rows.push({ y: y(a), text: `| ${columns.map((_c, col) => cellText(a, col)).join(' | ')} |` });
  lines.forEach((l) => {
    if (spans(l)) rows.push({ y: l.y, text: (l.segments[0] as Segment).text });
  });
  return rows.sort((a, b) => b.y - a.y).map((r) => r.text);
}
