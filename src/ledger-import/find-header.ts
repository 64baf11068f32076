import type { LedgerField } from './ledger-fields';
import { type HeaderMatch, matchHeader } from './match-header';
import type { MoneyUnit } from './normalise-header';
import type { GridCell } from './sheet-grid';

// A sheet's header row: among its first rows (merged title rows, a unit line, a date line above it), the one
// whose cells name the most fields; it must name the problem and two more fields. Each field is read from
// one column; another column naming the same field is shown as not used.

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
  /** 0-based index of the header row. */
  index: number;
  columns: ColumnUse[];
  /** Columns whose header names no field, or a field another column gives (their cells go to the note). */
  unused: { col: number; header: string }[];
}

const text = (cell: GridCell) => (typeof cell === 'string' ? cell.trim() : '');

export function findHeader(rows: readonly GridCell[][]): HeaderRow | undefined {
  let best: HeaderRow | undefined;
  let bestCount = 0;
  for (let index = 0; index < Math.min(rows.length, LOOK_AT); index += 1) {
    const read = headerOf(rows[index]!, index);
    const count = read.columns.length;
    if (count > bestCount && count >= MIN_FIELDS && read.columns.some((c) => c.field === 'issue')) {
      best = read;
      bestCount = count;
    }
  }
  return best;
}

/** A row read as a header: the columns it maps (one per field) and the rest. */
export function headerOf(row: readonly GridCell[], index: number): HeaderRow {
  const chosen = new Map<LedgerField, { col: number; match: HeaderMatch; header: string }>();
  const unused: { col: number; header: string }[] = [];
  const seen = new Set<string>();
  row.forEach((cell, col) => {
    const header = text(cell);
    if (!header) return;
    // A merged cell repeats its value in every column it spans: only its first column counts.
    if (seen.has(header)) return;
    seen.add(header);
    const match = matchHeader(header);
    if (!match) {
      unused.push({ col, header });
      return;
    }
    const before = chosen.get(match.field);
    if (before && before.match.rank <= match.rank) {
      unused.push({ col, header });
      return;
    }
    if (before) unused.push({ col: before.col, header: before.header });
    chosen.set(match.field, { col, match, header });
  });
  const columns = [...chosen.entries()]
    .map(([field, c]) => ({
      field,
      col: c.col,
      header: c.header,
      ...(c.match.unit ? { unit: c.match.unit } : {}),
    }))
    .sort((a, b) => a.col - b.col);
  return { index, columns, unused: unused.sort((a, b) => a.col - b.col) };
}
