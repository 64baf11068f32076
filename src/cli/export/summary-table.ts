import type { LedgerStats } from '../../reports/ledger-stats';
import { ledgerSummary } from '../../reports/ledger-summary';
import type { Store } from '../../store';
import { calendarDay } from '../../time/calendar-day';
import { type Cell, columns, type Table } from './table';

// 汇总: the ledger's figures as 整改 统计 gives them at the export's instant — the same function, so the
// 台账's 整改金额 column, this table and the chat's figures never disagree: 合计 first, then each division.

const COLUMNS = columns([
  ['处室', 'text', 12],
  ['事项', 'number', 8],
  ['整改中', 'number', 8],
  ['待审核', 'number', 8],
  ['已销号', 'number', 8],
  ['应整改', 'number', 8],
  ['整改率', 'percent'],
  ['逾期', 'number', 8],
  ['问题金额(万元)', 'number', 16],
  ['整改金额(万元)', 'number', 16],
  ['已作废(不计入)', 'number', 14],
]);

export function summaryTable(
  store: Store,
  now: Date,
  timeZone: string,
  order: (a: string, b: string) => number,
): Table {
  const { all, divisions } = ledgerSummary(
    store.items({ includeVoided: true }),
    calendarDay(now, timeZone),
    order,
  );
  const row = (name: string, s: LedgerStats): Cell[] => [
    name,
    s.count,
    s.byStatus.整改中,
    s.byStatus.待审核,
    s.byStatus.已销号,
    s.due,
    s.rate,
    s.overdue,
    s.amount,
    s.rectifiedAmount,
    s.byStatus.已作废,
  ];
  return {
    name: 'summary',
    title: '汇总',
    columns: COLUMNS,
    rows: [row('合计', all), ...divisions.map((d) => row(d.division, d.stats))],
  };
}
