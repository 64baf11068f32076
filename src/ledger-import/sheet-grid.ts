// A workbook's sheets as plain cells, whatever the file was (.xlsx or .csv): what the ledger import reads.

/** A cell as the import sees it: text, a number, a date (a date cell's wall-clock day, at UTC midnight). */
export type GridCell = string | number | Date | undefined;

export interface SheetGrid {
  name: string;
  /** `rows[i]` is the row Excel shows as i + 1. */
  rows: GridCell[][];
}
