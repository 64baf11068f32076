import type { ItemEvent, RectificationItem } from '../../types';
import type { LedgerState } from './ledger-state';

/** The author's latest ledger event, with its item. */
export function lastItemEventBy(
  ledger: LedgerState,
  by: string,
): { item: RectificationItem; event: ItemEvent } | undefined {
  const last = ledger.lastBy.get(by);
  const item = last && ledger.items.get(last.itemId);
  const event = item?.history.find((h) => h.seq === last!.seq);
  return item && event ? { item, event } : undefined;
}
