import { StoreError } from '../../store-errors';
import type { RectificationItem } from '../../types';
import type { ProposedOf, Proposer } from '../proposed';

/**
 * 审核通过, 批准延期 and 驳回: a request of that kind waits (an extension approved as it was asked), and the
 * reviewer is not its requester.
 */
export function checkReview(
  item: RectificationItem,
  change: ProposedOf<'zg.approve' | 'zg.extend.approve' | 'zg.reject'>,
  proposer: Proposer,
): void {
  const id = item.id;
  const pending = item.pending;
  const wanted =
    change.type === 'zg.reject' ? change.data.request : change.type === 'zg.approve' ? 'close' : 'extension';
  const review = change.type === 'zg.reject' ? 'reject' : 'approve';
  if (pending?.kind !== wanted)
    throw new StoreError('item-not-pending', { id, request: wanted, change: review, status: item.status });
  if (pending.by === proposer.by)
    throw new StoreError('own-request', { id, change: review, pending, division: item.division });
  if (change.type === 'zg.extend.approve' && pending.kind === 'extension')
    if (change.data.deadline !== pending.deadline)
      throw new StoreError('item-not-pending', {
        id,
        request: 'extension',
        change: review,
        status: item.status,
        deadline: pending.deadline,
      });
}
