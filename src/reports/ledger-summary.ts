import { type ItemFigures, type LedgerStats, ledgerStats } from './ledger-stats';

/** The figures of every item and of each division's (in `order`): what 统计 and the export's 汇总 show. */
export function ledgerSummary<T extends ItemFigures & { division: string }>(
  items: readonly T[],
  today: string,
  order: (a: string, b: string) => number,
): { all: LedgerStats; divisions: { division: string; stats: LedgerStats }[] } {
  const byDivision = new Map<string, T[]>();
  for (const item of items) {
    const list = byDivision.get(item.division);
    if (list) list.push(item);
    else byDivision.set(item.division, [item]);
  }
  return {
    all: ledgerStats(items, today),
    divisions: [...byDivision.keys()]
      .sort(order)
      .map((division) => ({ division, stats: ledgerStats(byDivision.get(division)!, today) })),
  };
}
