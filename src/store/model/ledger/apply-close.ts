import type { ItemEvent, RectificationItem } from '../../types';
import { entryBase } from './entry-base';
import type { ItemChangeRecord } from './item-record';

/**
 * 销号 closes at once, 申请销号 waits for review (either settles a pending extension: it is no longer
 * needed); 审核通过 closes. Older records approve whatever was pending (the command then checked it): they
 * still close.
 */
export function applyClose(
  item: RectificationItem,
  event: Extract<ItemChangeRecord, { type: 'zg.close' | 'zg.approve' }>,
): ItemEvent {
  const base = entryBase(event);
  const pending = item.pending;
  if (event.type === 'zg.approve') {
    const entry: ItemEvent = {
      ...base,
      kind: '审核通过',
      text: event.data.text ?? '',
      ...(pending?.kind === 'close' ? { requestedBy: pending.by } : {}),
      ...(pending?.kind === 'close' && pending.amount !== undefined ? { amount: pending.amount } : {}),
    };
    if (pending?.kind === 'close' && pending.amount !== undefined) item.rectifiedAmount = pending.amount;
    item.status = '已销号';
    item.closedAt = event.at;
    delete item.pending;
    return entry;
  }
  const { text, amount } = event.data;
  const money = amount !== undefined ? { amount } : {};
  if (pending?.kind === 'extension') delete item.pending;
  if (event.data.pending) {
    item.status = '待审核';
    item.pending = { kind: 'close', seq: event.seq, at: event.at, by: event.by, text, ...money };
    return { ...base, kind: '申请销号', text, ...money };
  }
  item.status = '已销号';
  item.closedAt = event.at;
  delete item.pending;
  if (amount !== undefined) item.rectifiedAmount = amount;
  return { ...base, kind: '销号', text, ...money };
}
