import type { ItemEvent, RectificationItem } from '../../types';
import { ReplayError } from '../replay-error';
import { applyClose } from './apply-close';
import { applyExtension } from './apply-extension';
import { applyRequestEnd } from './apply-request-end';
import { applyTransfer } from './apply-transfer';
import { entryBase } from './entry-base';
import type { ItemChangeRecord } from './item-record';

/**
 * Changes the item as the record says and returns its history entry. Records of earlier versions mean what
 * they meant then (`zg.extend` applies at once, `zg.approve` closes); a record of a newer kind that cannot
 * follow the state is refused.
 */
export function applyItemChange(
  item: RectificationItem,
  event: ItemChangeRecord,
  division: (name: string) => string,
): ItemEvent {
  const base = entryBase(event);
  switch (event.type) {
    case 'zg.note':
      return { ...base, kind: '进展', text: event.data.text };
    case 'zg.extend':
    case 'zg.extend.request':
    case 'zg.extend.approve':
      return applyExtension(item, event);
    case 'zg.close':
    case 'zg.approve':
      return applyClose(item, event);
    case 'zg.reject':
    case 'zg.withdraw':
      return applyRequestEnd(item, event);
    case 'zg.reopen':
      if (item.status !== '已销号') throw new ReplayError(event.seq, event.type, `${item.id} is not closed`);
      item.status = '整改中';
      delete item.closedAt;
      // 整改金额 is the standing close's: the one reopened stays in the history with its amount.
      delete item.rectifiedAmount;
      return { ...base, kind: '重开', text: event.data.reason };
    case 'zg.void':
      if (item.status === '已作废')
        throw new ReplayError(event.seq, event.type, `${item.id} is voided already`);
      item.status = '已作废';
      item.voidedAt = event.at;
      delete item.pending;
      return { ...base, kind: '作废', text: event.data.reason };
    case 'zg.transfer':
      return applyTransfer(item, event, division);
  }
}
