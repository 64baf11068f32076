import { StoreError } from '../../store-errors';
import type { RectificationItem } from '../../types';
import type { ProposedOf, Proposer } from '../proposed';
import { rejectedOwnRequest } from './rejected-own-request';

/**
 * 延期 and 申请延期: only later; one request at a time; and a requester refused once does not then extend
 * directly (that would be reviewing their own request).
 */
export function checkExtension(
  item: RectificationItem,
  change: ProposedOf<'zg.extend' | 'zg.extend.request'>,
  proposer: Proposer,
): void {
  const id = item.id;
  if (change.data.deadline <= item.deadline)
    throw new StoreError('deadline-not-later', {
      id,
      deadline: change.data.deadline,
      current: item.deadline,
    });
  if (change.type === 'zg.extend.request' && item.pending)
    throw new StoreError('item-pending', {
      id,
      pending: item.pending,
      change: 'extend',
      division: item.division,
    });
  if (change.type === 'zg.extend' && rejectedOwnRequest(item, proposer.by, 'extension'))
    throw new StoreError('own-request', { id, change: 'extend', division: item.division });
}
