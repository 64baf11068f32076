import type { LedgerField } from './ledger-fields';
import { type HeaderMatch, matchHeader } from './match-header';
import type { MoneyUnit } from './normalise-header';
import type { GridCell } from './sheet-grid';
import { type HeaderName, headerNames, stateWordOf } from './two-level-header';

// A sheet's header row: among its first rows (merged title rows, a unit line, a date line above it), the one
// whose cells name the most fields; it must name the problem and two more fields. A row of sub-headers under
// it (整改情况 spanning 已整改/未整改, 问题金额（万元） over 合计/已整改) makes a two-level header, each column
// named by its group and its own cell. Each field is read from one column; another column naming the same field
// is shown as not used. Columns headed by a state word (已整改, 未整改, 持续整改) are marks: a row's state is the
// one it ticks.

const LOOK_AT = 30;
const MIN_FIELDS = 3;

export interface ColumnUse {
  field: LedgerField;
  /** 0-based column index. */
  col: number;
  header: string;
  unit?: MoneyUnit;
}

export interface HeaderRow {
  /** 0-based index of the (first) header row. */
  index: number;
  /** How many rows the header takes: 2 when a row of sub-headers lies under it. */
  depth: number;
  columns: ColumnUse[];
  /** Columns whose header names no field, or a field another column gives (their cells go to the note). */
  unused: { col: number; header: string }[];
  /** Columns headed by a state word: the row's state is the one whose cell is ticked. */
  marks: { col: number; header: string; state: string }[];
}

export function findHeader(rows: readonly GridCell[][]): HeaderRow | undefined {
  let best: HeaderRow | undefined;
  let bestCount = 0;
  for (let index = 0; index < Math.min(rows.length, LOOK_AT); index += 1) {
    const read = headerOf(rows[index]!, index, rows[index + 1]);
    const count = read.columns.length;
    if (count > bestCount && count >= MIN_FIELDS && read.columns.some((c) => c.field === 'issue')) {
      best = read;
      bestCount = count;
    }
  }
  return best;
}

/** A row read as a header (with the row below it when that is a row of sub-headers). */
export function headerOf(row: readonly GridCell[], index: number, below?: readonly GridCell[]): HeaderRow {
  const names = headerNames(row, below);
  const chosen = new Map<LedgerField, { col: number; match: HeaderMatch; header: string }>();
  const unused: { col: number; header: string }[] = [];
  const marks: HeaderRow['marks'] = [];
  for (const name of names.columns) {
    const match = name.twoLevel ? name.match : matchHeader(name.header);
    if (!match) {
      const state = name.twoLevel ? name.state : stateWordOf(name.header);
      if (state) marks.push({ col: name.col, header: name.header, state });
      else unused.push({ col: name.col, header: name.header });
      continue;
    }
    pick(chosen, unused, name, match);
  }
  const columns = [...chosen.entries()]
    .map(([field, c]) => ({
      field,
      col: c.col,
      header: c.header,
      ...(c.match.unit ? { unit: c.match.unit } : {}),
    }))
    .sort((a, b) => a.col - b.col);
  // One ticked column is no state: a single 已整改 column is a field the bot has none for.
  const keptMarks = marks.length >= 2 ? marks : [];
  for (const m of marks.length >= 2 ? [] : marks) unused.push({ col: m.col, header: m.header });
  return {
    index,
    depth: names.depth,
    columns,
    unused: unused.sort((a, b) => a.col - b.col),
    marks: keptMarks,
  };
}

function pick(
  chosen: Map<LedgerField, { col: number; match: HeaderMatch; header: string }>,
  unused: { col: number; header: string }[],
  name: HeaderName,
  match: HeaderMatch,
): void {
  const before = chosen.get(match.field);
  if (before && before.match.rank <= match.rank) {
    unused.push({ col: name.col, header: name.header });
    return;
  }
  if (before) unused.push({ col: before.col, header: before.header });
  chosen.set(match.field, { col: name.col, match, header: name.header });
}
