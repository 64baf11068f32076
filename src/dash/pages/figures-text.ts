import { rateText } from '../../reports/ledger-stats';

// How the pages write the ledger's figures: as 整改 统计 writes them (the same rate text, amounts in 万元).

/** `6488.6 万元`: an amount as it is kept, never rounded on the way to the reader. */
export { amountText as money } from '../../reply/amount-text';
export { rateText };

/** 整改率 by amount: 整改金额 of closed items ÷ 问题金额 of all counted items. */
export function amountRateText(rectified: number, amount: number): string {
  return amount > 0 ? rateText(rectified / amount) : '—(尚无问题金额)';
}
