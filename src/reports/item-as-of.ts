import type { RectificationItem } from '../store';
import type { ItemFigures } from './ledger-stats';

/**
 * An item's state just before an instant, from its history: what a digest reports for the end of its window
 * even when it is sent later. Undefined when the item was registered at or after the instant.
 */
export function itemAsOf(item: RectificationItem, beforeIso: string): ItemFigures | undefined {
  let state: ItemFigures | undefined;
  for (const h of item.history) {
    if (h.at >= beforeIso) break;
    if (h.kind === '登记') {
      state = {
        status: '整改中',
        deadline: h.newDeadline ?? item.deadline,
        ...(item.amount !== undefined ? { amount: item.amount } : {}),
      };
      continue;
    }
    if (!state) continue;
    switch (h.kind) {
      case '延期':
      case '批准延期':
        if (h.newDeadline) state.deadline = h.newDeadline;
        break;
      case '申请销号':
        state.status = '待审核';
        break;
      case '销号':
      case '审核通过':
        state.status = '已销号';
        if (h.amount !== undefined) state.rectifiedAmount = h.amount;
        break;
      case '驳回销号':
      case '重开':
        state.status = '整改中';
        break;
      case '作废':
        state.status = '已作废';
        break;
      default:
        break;
    }
  }
  return state;
}
