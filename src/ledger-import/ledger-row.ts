import type { ItemKind } from '../store/types';

// What one row of a 台账 becomes: an item (with what is doubtful about it), a row skipped and why, or a row
// that cannot be read (it stops the whole import). Row numbers are Excel's.

export interface LedgerItem {
  issue: string;
  unit: string;
  responsible?: string;
  /** Undefined when neither the row, the sheet nor the import names one (the import asks). */
  division?: string;
  deadline: string;
  kind?: ItemKind;
  amount?: number;
  original?: string;
  taskId?: string;
  /** 整改情况, with the sheet's other columns the bot has no field for. */
  note?: string;
  /** 已销号: the day, and the amount rectified when the sheet gives it. */
  closed?: { day: string; amount?: number };
}

export type LedgerRow =
  | {
      row: number;
      kind: 'item';
      item: LedgerItem;
      doubts: string[];
      content: string;
      /** The row's 处室 as written, when the roster has no such division (the item has none yet). */
      unknownDivision?: string;
    }
  | { row: number; kind: 'skip'; reason: string }
  | { row: number; kind: 'broken'; problems: string[] };
