import { StoreError } from '../../store-errors';
import type { RectificationItem } from '../../types';
import type { ProposedOf, Proposer } from '../proposed';

/** 撤回: a request of that kind waits, and only its requester takes it back. */
export function checkWithdraw(
  item: RectificationItem,
  change: ProposedOf<'zg.withdraw'>,
  proposer: Proposer,
): void {
  const id = item.id;
  const pending = item.pending;
  if (pending?.kind !== change.data.request)
    throw new StoreError('item-not-pending', {
      id,
      request: change.data.request,
      change: 'withdraw',
      status: item.status,
    });
  if (pending.by !== proposer.by) throw new StoreError('not-own-request', { id, pending });
}
