import { displayName, type Store } from '../../store';

// The export's tables as data: typed columns, so the CSV writes each cell as a reader expects it and the
// XLSX writes real dates and numbers. A cell is a string, a number, or empty.

/** How a column's cells are kept and shown: a calendar day `YYYY-MM-DD`, an ISO instant, a fraction (50%). */
export type CellKind = 'text' | 'number' | 'day' | 'instant' | 'percent';

export interface Column {
  header: string;
  kind: CellKind;
  /** Width in characters in the workbook (Chinese characters count about two). */
  width: number;
}

export type Cell = string | number | undefined;

export type TableName = 'items' | 'progress' | 'history' | 'summary';

export const TABLE_NAMES: readonly TableName[] = ['items', 'progress', 'history', 'summary'];

export interface Table {
  name: TableName;
  /** Its sheet's name, and its heading in a one-file CSV. */
  title: string;
  columns: Column[];
  rows: Cell[][];
}

/** A column list from `[header, kind, width]` triples (width defaults by kind). */
export function columns(spec: readonly (readonly [string, CellKind, number?])[]): Column[] {
  const widths: Record<CellKind, number> = { text: 16, number: 12, day: 12, instant: 20, percent: 10 };
  return spec.map(([header, kind, width]) => ({ header, kind, width: width ?? widths[kind] }));
}

/** `张三(ou_x)` when the person's name is known, else the id alone. */
export function person(store: Pick<Store, 'personName'>, id: string): string {
  const name = displayName(store, id);
  return name === id ? id : `${name}(${id})`;
}
