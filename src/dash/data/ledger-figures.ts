import { type LedgerStats, ledgerStats } from '../../reports/ledger-stats';
import { ledgerSummary } from '../../reports/ledger-summary';
import type { RectificationItem } from '../../store';

// The dashboard's figures: the ledger's own (ledgerSummary / ledgerStats, as 整改 统计, the digest and the
// export's 汇总 compute them) for the whole and for each division, with the items due within 7 working days
// (yellow, warningLevel's) beside the overdue ones (red).

/** The day a page is seen on, and its last yellow deadline (dueSoonUntil, by the bot's working calendar). */
export interface SeenOn {
  day: string;
  soonUntil: string;
}

export interface Figures {
  stats: LedgerStats;
  /** Open (整改中, 待审核) and due within 7 working days, today included: the yellow ones. */
  dueSoon: number;
  /** Open: 整改中 + 待审核. */
  open: number;
}

export interface LedgerFigures {
  all: Figures;
  divisions: ({ division: string } & Figures)[];
}

/**
 * warningLevel's yellow — open, due today or within 7 working days (on or before `soonUntil`) — by comparing
 * days as text (`YYYY-MM-DD` sorts as days do): five years of items are read on every page.
 */
function dueSoonTest(today: string, soonUntil: string): (item: RectificationItem) => boolean {
  return (item) =>
    (item.status === '整改中' || item.status === '待审核') &&
    item.deadline >= today &&
    item.deadline <= soonUntil;
}

const withSoon = (stats: LedgerStats, dueSoon: number): Figures => ({
  stats,
  dueSoon,
  open: stats.byStatus.整改中 + stats.byStatus.待审核,
});

/** The figures of a selection of items (the 台账 page's). */
export function figuresOf(items: readonly RectificationItem[], today: string, soonUntil: string): Figures {
  return withSoon(ledgerStats(items, today), items.filter(dueSoonTest(today, soonUntil)).length);
}

export function ledgerFigures(
  items: readonly RectificationItem[],
  today: string,
  soonUntil: string,
  order: (a: string, b: string) => number,
): LedgerFigures {
  const summary = ledgerSummary(items, today, order);
  const soon = new Map<string, number>();
  const dueSoon = dueSoonTest(today, soonUntil);
  let all = 0;
  for (const item of items)
    if (dueSoon(item)) {
      all += 1;
      soon.set(item.division, (soon.get(item.division) ?? 0) + 1);
    }
  return {
    all: withSoon(summary.all, all),
    divisions: summary.divisions.map(({ division, stats }) => ({
      division,
      ...withSoon(stats, soon.get(division) ?? 0),
    })),
  };
}
