import { describe, expect, it } from 'vitest';
import { isOverdue, ledgerStats } from '../../src/reports/ledger-stats';
import { ledgerSummary } from '../../src/reports/ledger-summary';
import { sumAmounts } from '../../src/reports/sum-amounts';

describe('sumAmounts', () => {
  it('adds decimal amounts exactly, as they were written, however fine their last place', () => {
    expect(sumAmounts([0.1, 0.2])).toBe(0.3);
    expect(sumAmounts([1200.5, 35, 0.012345])).toBe(1235.512345);
    expect(sumAmounts([0.1, 0.7, 0.2, 5000])).toBe(5001);
    expect(sumAmounts([1e-7, 1e-7])).toBe(2e-7);
    expect(sumAmounts([150_000_000, 0.5])).toBe(150_000_000.5);
    expect(sumAmounts([])).toBe(0);
  });
});

describe('ledgerStats', () => {
  const item = (status: '整改中' | '待审核' | '已销号' | '已作废', deadline: string, more = {}) => ({
    status,
    deadline,
    ...more,
  });

  it('counts a reopened item’s problem amount but no 整改金额 (no close stands), a voided one in nothing', () => {
    const s = ledgerStats(
      [
        item('已销号', '2026-10-01', { amount: 300, rectifiedAmount: 120.5 }),
        item('整改中', '2026-10-01', { amount: 200 }), // reopened: its close is history only
        item('已作废', '2026-10-01', { amount: 999, rectifiedAmount: 999 }),
        item('待审核', '2026-12-31', { amount: 0.1 }),
      ],
      '2026-11-26',
    );
    expect(s).toMatchObject({
      count: 3,
      due: 2,
      closed: 1,
      overdue: 1,
      amount: 500.1,
      rectifiedAmount: 120.5,
    });
    expect(s.byStatus.已作废).toBe(1);
  });

  it('holds an item due today as due but not overdue, and overdue from the day after', () => {
    const due = item('整改中', '2026-11-26');
    expect(isOverdue(due, '2026-11-26')).toBe(false);
    expect(isOverdue(due, '2026-11-27')).toBe(true);
    expect(isOverdue(item('已销号', '2026-11-01'), '2026-11-27')).toBe(false);
    expect(ledgerStats([due], '2026-11-26')).toMatchObject({ due: 1, overdue: 0 });
  });

  it('sums each division’s figures to the whole, divisions in the order given', () => {
    const items = [
      { ...item('已销号', '2026-10-01', { rectifiedAmount: 0.1 }), division: '社保处' },
      { ...item('已销号', '2026-10-01', { rectifiedAmount: 0.2 }), division: '投资处' },
      { ...item('整改中', '2026-10-01'), division: '投资处' },
    ];
    const rank = ['社保处', '投资处'];
    const { all, divisions } = ledgerSummary(
      items,
      '2026-11-26',
      (a, b) => rank.indexOf(a) - rank.indexOf(b),
    );
    expect(divisions.map((d) => d.division)).toEqual(['社保处', '投资处']);
    expect(all.rectifiedAmount).toBe(0.3);
    expect(sumAmounts(divisions.map((d) => d.stats.rectifiedAmount))).toBe(all.rectifiedAmount);
    expect(divisions.reduce((n, d) => n + d.stats.overdue, 0)).toBe(all.overdue);
  });
});
