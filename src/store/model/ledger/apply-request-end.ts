import type { ItemEvent, RectificationItem } from '../../types';
import { ReplayError } from '../replay-error';
import { entryBase } from './entry-base';
import type { ItemChangeRecord } from './item-record';

/**
 * 驳回 (by a reviewer) and 撤回 (by the requester) end a pending request unmet: a close goes back to 整改中,
 * an extension is dropped and the deadline stays.
 */
export function applyRequestEnd(
  item: RectificationItem,
  event: Extract<ItemChangeRecord, { type: 'zg.reject' | 'zg.withdraw' }>,
): ItemEvent {
  const pending = item.pending;
  const withdraw = event.type === 'zg.withdraw';
  if (pending?.kind !== event.data.request || (withdraw && pending.by !== event.by))
    throw new ReplayError(event.seq, event.type, `${item.id} has no matching pending request`);
  const close = pending.kind === 'close';
  const entry: ItemEvent = {
    ...entryBase(event),
    kind: withdraw ? (close ? '撤回销号' : '撤回延期') : close ? '驳回销号' : '驳回延期',
    text: event.data.reason ?? '',
    ...(withdraw ? {} : { requestedBy: pending.by }),
    ...(pending.kind === 'extension' ? { oldDeadline: item.deadline, newDeadline: pending.deadline } : {}),
  };
  if (close) item.status = '整改中';
  delete item.pending;
  return entry;
}
