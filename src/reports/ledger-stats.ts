import type { ItemStatus, RectificationItem } from '../store';
import { AMOUNT_DECIMALS } from '../text/read-amount';

// The ledger's figures, as 整改 统计 shows them and the digest repeats them: counts by state, 整改率
// (closed ÷ due, where due means the deadline has come or the item is closed anyway), overdue, amounts.
// Voided items (已作废) are counted apart and in nothing else.

/** What the figures need of an item: its state as of the moment they are taken. */
export type ItemFigures = Pick<RectificationItem, 'status' | 'deadline' | 'amount' | 'rectifiedAmount'>;

export interface LedgerStats {
  /** Items that count (voided ones left out). */
  count: number;
  byStatus: Record<ItemStatus, number>;
  /** 应整改: deadline on or before `today`, or closed already. */
  due: number;
  closed: number;
  /** closed ÷ due; undefined when nothing is due yet. */
  rate: number | undefined;
  /** Open and past their deadline. */
  overdue: number;
  /** 问题金额 and 整改金额, 万元. */
  amount: number;
  rectifiedAmount: number;
}

export function ledgerStats(items: readonly ItemFigures[], today: string): LedgerStats {
  const byStatus: Record<ItemStatus, number> = { 整改中: 0, 待审核: 0, 已销号: 0, 已作废: 0 };
  let due = 0;
  let overdue = 0;
  let amount = 0;
  let rectifiedAmount = 0;
  for (const item of items) {
    byStatus[item.status] += 1;
    if (item.status === '已作废') continue;
    const closed = item.status === '已销号';
    if (closed || item.deadline <= today) due += 1;
    if (!closed && item.deadline < today) overdue += 1;
    amount += item.amount ?? 0;
    if (closed) rectifiedAmount += item.rectifiedAmount ?? 0;
  }
  const count = items.length - byStatus.已作废;
  const closed = byStatus.已销号;
  return {
    count,
    byStatus,
    due,
    closed,
    rate: due > 0 ? closed / due : undefined,
    overdue,
    amount: round(amount),
    rectifiedAmount: round(rectifiedAmount),
  };
}

/** `62.5%`, or `—` when nothing is due. */
export function rateText(rate: number | undefined): string {
  return rate === undefined ? '—(尚无到期事项)' : `${Number((rate * 100).toFixed(1))}%`;
}

const round = (n: number) => Number(n.toFixed(AMOUNT_DECIMALS));
