import { StoreError } from '../../store-errors';
import type { ProposedOf, Proposer } from '../proposed';
import { checkClose } from './check-close';
import { checkExtension } from './check-extension';
import { checkReview } from './check-review';
import { checkTransfer } from './check-transfer';
import { checkWithdraw } from './check-withdraw';
import type { ItemChangeRecord } from './item-record';
import type { LedgerState } from './ledger-state';

/**
 * A change to an item: the item exists and is not voided; only a closed item reopens, and a closed item
 * changes in no other way (a void and an evidence file excepted); then the rule of the change itself.
 */
export function checkItemChange(
  ledger: LedgerState,
  change: ProposedOf<ItemChangeRecord['type']>,
  proposer: Proposer,
  division: (name: string) => string,
): void {
  const id = change.data.id;
  const item = ledger.items.get(id);
  if (!item) throw new StoreError('item-not-found', { id });
  if (item.status === '已作废') {
    const reason = item.history.findLast((h) => h.kind === '作废')?.text;
    const at = item.voidedAt ?? item.registeredAt;
    throw new StoreError('item-voided', { id, at, ...(reason ? { reason } : {}) });
  }
  // A void ends any item; a file may follow a close (the slip that came a day later).
  if (change.type === 'zg.void' || change.type === 'zg.evidence') return;
  if (change.type === 'zg.reopen') {
    if (item.status !== '已销号') throw new StoreError('item-not-closed', { id, status: item.status });
    return;
  }
  if (item.status === '已销号')
    throw new StoreError('item-closed', { id, at: item.closedAt ?? item.registeredAt });
  switch (change.type) {
    case 'zg.extend':
    case 'zg.extend.request':
      checkExtension(item, change, proposer);
      break;
    case 'zg.close':
      checkClose(item, change, proposer);
      break;
    case 'zg.approve':
    case 'zg.extend.approve':
    case 'zg.reject':
      checkReview(item, change, proposer);
      break;
    case 'zg.withdraw':
      checkWithdraw(item, change, proposer);
      break;
    case 'zg.transfer':
      checkTransfer(item, change, division);
      break;
    default:
      return;
  }
}
