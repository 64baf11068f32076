import { StoreError } from '../../store-errors';
import type { ProposedOf } from '../proposed';
import type { LedgerState } from './ledger-state';
import { openDuplicateOf } from './open-duplicate-of';

/** A new item: its id is free, and no open item has the same problem and 责任单位. */
export function checkRegister(ledger: LedgerState, change: ProposedOf<'zg.register'>): void {
  if (ledger.items.has(change.data.id)) throw new StoreError('item-exists', { id: change.data.id });
  const same = openDuplicateOf(ledger, change.data.issue, change.data.unit);
  if (same) {
    const { id, status, issue, unit, division } = same;
    throw new StoreError('item-duplicate', { id, status, issue, unit, division });
  }
}
