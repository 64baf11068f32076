import type { LedgerStats } from '../../reports/ledger-stats';
import { amountRateText, money, rateText } from './figures-text';
import { Tile } from './tile';

/** 整改率 by count and by amount, each with the figures it is made of. */
export function RateTiles(props: { stats: LedgerStats }) {
  const s = props.stats;
  return (
    <>
      <Tile
        figure="rate"
        n={rateText(s.rate)}
        label="整改率(按数量)"
        foot={`已销号 ${s.closed} ÷ 应整改 ${s.due}`}
        tone="grey"
      />
      <Tile
        figure="amountRate"
        n={amountRateText(s.rectifiedAmount, s.amount)}
        label="整改率(按金额)"
        foot={`整改金额 ${money(s.rectifiedAmount)} ÷ 问题金额 ${money(s.amount)}`}
        tone="grey"
      />
    </>
  );
}
