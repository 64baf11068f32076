import type { Indicator } from './model';

// The indicator table: pipe-separated rows under a header naming 序号 | 类别 | 指标 | 目标 (| 属性). Columns are
// found by header name; a row with fewer cells fills the last columns and inherits 序号/类别 from above.

export function splitCells(row: string): string[] {
  const cells = row.split('|').map((c) => c.trim());
  if (cells[0] === '') cells.shift();
  if (cells[cells.length - 1] === '') cells.pop();
  return cells;
}

interface Columns {
  number: number;
  category: number;
  name: number;
  target: number;
  attribute: number;
}

function findColumns(header: string[]): Columns | undefined {
  const taken = new Set<number>();
  const pick = (re: RegExp): number => {
    const i = header.findIndex((h, k) => !taken.has(k) && re.test(h));
    if (i >= 0) taken.add(i);
    return i;
  };
  const number = pick(/序号|编号|^序$/);
  const category = pick(/类别|类型|领域|方面|维度|一级指标/);
  // `指标属性` names the 属性 column, not the indicator's: taken before the name is looked for.
  const attribute = pick(/属性|性质/);
  const name = pick(/指标/);
  const target = pick(/目标|目标值|预期|任务|要求|值/);
  if (name < 0) return undefined;
  return { number, category, name, target, attribute };
}

export function isIndicatorHeader(row: string): boolean {
  const cells = splitCells(row);
  return cells.some((c) => /指标/.test(c)) && cells.some((c) => /序号|类别|目标/.test(c));
}

/** Indicators from consecutive table rows (header first). `startIndex` continues a running number. */
export function parseIndicatorRows(rows: string[], clause: string, startIndex: number): Indicator[] {
  const header = splitCells(rows[0] ?? '');
  const cols = findColumns(header);
  if (!cols) return [];
  const width = header.length;
  // `2030年目标值`: the year every target of the column is for.
  const year = /((?:19|20)\d{2})\s*年/.exec(header[cols.target] ?? '')?.[1];
  const out: Indicator[] = [];
  let number = '';
  let category = '';
  for (const row of rows.slice(1)) {
    const raw = splitCells(row);
    if (raw.length === 0) continue;
    // A short row fills the rightmost columns: its 序号/类别 are the ones above.
    const cells: (string | undefined)[] =
      raw.length < width ? [...Array(width - raw.length).fill(undefined), ...raw] : raw;
    const at = (i: number) => (i >= 0 ? cells[i] : undefined);
    const n = at(cols.number);
    const c = at(cols.category);
    if (n) number = n;
    if (c) category = c;
    const name = at(cols.name) ?? '';
    if (!name) continue;
    const attribute = at(cols.attribute);
    out.push({
      index: startIndex + out.length,
      number,
      ref: number,
      category,
      name,
      target: at(cols.target) ?? '',
      ...(attribute ? { attribute } : {}),
      ...(year ? { year: Number(year) } : {}),
      clause,
    });
  }
  // A 序号 with several rows: each is addressable as `N-1`, `N-2` …
  for (const indicator of out) {
    const same = out.filter((i) => i.number === indicator.number);
    if (same.length > 1) indicator.ref = `${indicator.number}-${same.indexOf(indicator) + 1}`;
  }
  return out;
}
