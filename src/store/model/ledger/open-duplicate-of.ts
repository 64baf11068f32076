import type { RectificationItem } from '../../types';
import { isOpen } from './is-open';
import type { LedgerState } from './ledger-state';
import { sameTextKey } from './same-text-key';

/** An open item (整改中, 待审核) with the same problem and 责任单位, if any. */
export function openDuplicateOf(
  ledger: LedgerState,
  issue: string,
  unit: string,
): RectificationItem | undefined {
  const i = sameTextKey(issue);
  const u = sameTextKey(unit);
  for (const item of ledger.items.values())
    if (isOpen(item) && sameTextKey(item.issue) === i && sameTextKey(item.unit) === u) return item;
  return undefined;
}
