import type { ItemStatus, RectificationItem } from '../store';
import { sumAmounts } from './sum-amounts';

// The ledger's figures — counts by state, 整改率 (closed ÷ due, where due means the deadline has come or the
// item is closed anyway), overdue, amounts — computed here and nowhere else: 整改 统计, the digest, the
// export's 汇总 and the dashboard all call ledgerStats (or ledgerSummary), so one ledger never shows two
// totals. Voided items (已作废) are counted apart and in nothing else. 整改金额 is each item's standing
// close's: a reopened item's earlier closes stay in its history and count in no total.

/** What the figures need of an item. */
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
  /** 问题金额 and 整改金额, 万元, summed exactly. */
  amount: number;
  rectifiedAmount: number;
}

/** Open (整改中, 待审核) and past its deadline as of `today`: the one test of 逾期 every count uses. */
export function isOverdue(item: Pick<ItemFigures, 'status' | 'deadline'>, today: string): boolean {
  return (item.status === '整改中' || item.status === '待审核') && item.deadline < today;
}

export function ledgerStats(items: readonly ItemFigures[], today: string): LedgerStats {
  const byStatus: Record<ItemStatus, number> = { 整改中: 0, 待审核: 0, 已销号: 0, 已作废: 0 };
  let due = 0;
  let overdue = 0;
  const amounts: number[] = [];
  const rectified: number[] = [];
  for (const item of items) {
    byStatus[item.status] += 1;
    if (item.status === '已作废') continue;
    const closed = item.status === '已销号';
    if (closed || item.deadline <= today) due += 1;
    if (isOverdue(item, today)) overdue += 1;
    if (item.amount !== undefined) amounts.push(item.amount);
    if (closed && item.rectifiedAmount !== undefined) rectified.push(item.rectifiedAmount);
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
    amount: sumAmounts(amounts),
    rectifiedAmount: sumAmounts(rectified),
  };
}

/** `62.5%`, or `—` when nothing is due. */
export function rateText(rate: number | undefined): string {
  return rate === undefined ? '—(尚无到期事项)' : `${Number((rate * 100).toFixed(1))}%`;
}
