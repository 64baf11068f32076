import type { RectificationItem } from '../../types';

/** The ledger (台账): every item by id, and each author's latest ledger event (`撤销` must not reach past it). */
export interface LedgerState {
  readonly items: Map<string, RectificationItem>;
  readonly lastBy: Map<string, { itemId: string; seq: number }>;
}

export function emptyLedger(): LedgerState {
  return { items: new Map(), lastBy: new Map() };
}
