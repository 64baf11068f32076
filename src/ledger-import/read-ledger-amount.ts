import { ROW_WORDS } from '../reply/ledger-import-wording';
import { readAmount } from '../text/read-amount';
import { cellText, isBlank } from './cell-text';
import type { MoneyUnit } from './normalise-header';
import type { GridCell } from './sheet-grid';

// An amount a ledger recorded, in 万元, through the one amount reader: a unit in the cell wins (`3000元`,
// `12.5万元`, `0.3亿`); else the header's (`问题金额（万元）`, `涉及金额(元)`); else the reader's rule (a bare
// number is 万元), said as a guess. Blank is no amount.

export type LedgerAmount =
  | { ok: true; value: number; doubt?: string }
  | { ok: false; problem: string }
  | undefined;

export function readLedgerAmount(cell: GridCell, label: string, unit: MoneyUnit | undefined): LedgerAmount {
  if (isBlank(cell)) return undefined;
  const typed = cellText(cell);
  const hasUnit = /[元万亿角分]/.test(typed);
  const text = hasUnit || !unit ? typed : `${typed}${unit}`;
  const read = readAmount(text, { whole: true });
  if (!read.ok) return { ok: false, problem: ROW_WORDS.unreadableAmount(label, typed) };
  return hasUnit || unit
    ? { ok: true, value: read.value }
    : { ok: true, value: read.value, doubt: ROW_WORDS.unitGuessed(label, typed) };
}
