import { type LedgerStats, rateText } from './ledger-stats';

/** One line of figures: `事项 12 项(整改中 5、待审核 2、已销号 5),整改率 62.5%,逾期 3 项`. */
export function statsLine(s: LedgerStats): string {
  return `事项 ${s.count} 项(整改中 ${s.byStatus.整改中}、待审核 ${s.byStatus.待审核}、已销号 ${s.byStatus.已销号}),整改率 ${rateText(s.rate)},逾期 ${s.overdue} 项`;
}
