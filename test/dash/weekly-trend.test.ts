import { describe, expect, it } from 'vitest';
import { weeklyTrend } from '../../src/dash/data/weekly-trend';
import type { ItemEvent, ItemEventKind, RectificationItem } from '../../src/store';

// The week-by-week line, against the plain reading of each item's history week by week.

const TZ = 'Asia/Shanghai';

function item(
  id: string,
  events: [string, ItemEventKind][],
  status: RectificationItem['status'],
): RectificationItem {
  const history: ItemEvent[] = events.map(([at, kind], seq) => ({ seq, at, kind, by: 'ou_a', text: '' }));
  return {
    id,
    issue: id,
    unit: '单位',
    division: '社保处',
    deadline: '2027-01-01',
    status,
    registeredAt: events[0]![0],
    registeredBy: 'ou_a',
    history,
  };
}

/** Open at an instant by replaying the history up to it, one week at a time (the slow, plain way). */
function openBefore(i: RectificationItem, iso: string): boolean {
  let open = false;
  for (const h of i.history.filter((e) => e.at < iso))
    if (h.kind === '登记' || h.kind === '重开') open = true;
    else if (h.kind === '销号' || h.kind === '审核通过' || h.kind === '作废') open = false;
  return open;
}

describe('the weekly trend', () => {
  it('counts registrations, closes and what is open at each week’s end, a reopened item open again', () => {
    const at = (day: string) => `${day}T02:00:00.000Z`;
    const items = [
      item(
        'a',
        [
          [at('2026-11-02'), '登记'],
          [at('2026-11-10'), '销号'],
          [at('2026-11-18'), '重开'],
        ],
        '整改中',
      ),
      item(
        'b',
        [
          [at('2026-10-01'), '登记'],
          [at('2026-11-03'), '申请销号'],
          [at('2026-11-04'), '审核通过'],
        ],
        '已销号',
      ),
      item(
        'c',
        [
          [at('2026-11-09'), '登记'],
          [at('2026-11-11'), '作废'],
        ],
        '已作废',
      ),
      item('d', [[at('2026-11-24'), '登记']], '整改中'),
    ];
    const weeks = weeklyTrend(items, '2026-11-26', TZ, 4);
    expect(weeks.map((w) => w.monday)).toEqual(['2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23']);
    expect(weeks.map((w) => w.registered)).toEqual([1, 0, 0, 1]);
    expect(weeks.map((w) => w.closed)).toEqual([1, 1, 0, 0]);
    expect(weeks.map((w) => w.openAtEnd)).toEqual([1, 0, 1, 2]);
  });

  it('agrees with replaying every item week by week on a long, mixed history', () => {
    const kinds: ItemEventKind[] = ['进展', '销号', '重开', '申请销号', '驳回销号', '审核通过', '延期'];
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const items = Array.from({ length: 300 }, (_, n) => {
      let t = Date.parse('2026-06-01T00:00:00Z') + next() * 150 * 86_400_000;
      const events: [string, ItemEventKind][] = [[new Date(t).toISOString(), '登记']];
      for (let k = Math.floor(next() * 6); k > 0; k -= 1) {
        t += next() * 20 * 86_400_000;
        events.push([new Date(t).toISOString(), kinds[Math.floor(next() * kinds.length)]!]);
      }
      const voided = next() < 0.1;
      if (voided) events.push([new Date(t + 3_600_000).toISOString(), '作废']);
      // The item's status as the store keeps it: where its history leaves it.
      const built = item(`i${n}`, events, '整改中');
      built.status = voided ? '已作废' : openBefore(built, '9999') ? '整改中' : '已销号';
      return built;
    });
    const weeks = weeklyTrend(items, '2026-11-26', TZ);
    const counted = items.filter((i) => i.status !== '已作废');
    weeks.forEach((w, k) => {
      const until = new Date(Date.parse(`${w.monday}T00:00:00+08:00`) + 7 * 86_400_000).toISOString();
      const from = new Date(Date.parse(`${w.monday}T00:00:00+08:00`)).toISOString();
      expect(w.openAtEnd, `week ${k}`).toBe(counted.filter((i) => openBefore(i, until)).length);
      expect(w.registered).toBe(
        counted.filter((i) => i.registeredAt >= from && i.registeredAt < until).length,
      );
      expect(w.closed).toBe(
        counted.filter((i) =>
          i.history.some((h) => (h.kind === '销号' || h.kind === '审核通过') && h.at >= from && h.at < until),
        ).length,
      );
    });
  });
});
