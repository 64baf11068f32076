import { StoreError } from '../../store-errors';
import type { RectificationItem } from '../../types';
import type { ProposedOf, Proposer } from '../proposed';
import { rejectedOwnRequest } from './rejected-own-request';

/** 销号 and 申请销号: not while a close waits for review; a requester refused once does not close directly. */
export function checkClose(
  item: RectificationItem,
  change: ProposedOf<'zg.close'>,
  proposer: Proposer,
): void {
  const id = item.id;
  if (item.pending?.kind === 'close')
    throw new StoreError('item-pending', {
      id,
      pending: item.pending,
      change: 'close',
      division: item.division,
    });
  if (!change.data.pending && rejectedOwnRequest(item, proposer.by, 'close'))
    throw new StoreError('own-request', { id, change: 'close', division: item.division });
}
