import type { ItemQuery, RectificationItem } from '../../types';
import { isOpen } from './is-open';
import type { LedgerState } from './ledger-state';

/** Ledger items in id order (year, then number); voided ones only when asked for. */
export function itemList(ledger: LedgerState, query: ItemQuery = {}): RectificationItem[] {
  const statuses =
    query.status === undefined ? undefined : Array.isArray(query.status) ? query.status : [query.status];
  const voided = query.includeVoided === true || statuses?.includes('已作废') === true;
  const out: RectificationItem[] = [];
  for (const item of ledger.items.values()) {
    if (item.status === '已作废' && !voided) continue;
    if (query.division && item.division !== query.division) continue;
    if (statuses && !statuses.includes(item.status)) continue;
    if (query.open && !isOpen(item)) continue;
    out.push(item);
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
