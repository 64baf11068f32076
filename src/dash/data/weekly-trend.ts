import type { RectificationItem } from '../../store';
import { addDays, isoWeekday, parseInstant } from '../../time/zoned-time';

// The ledger week by week (Monday to Sunday in TZ_NAME), as the digest counts a period: items registered,
// items closed (销号 or 审核通过 in the week), and items still open at the week's end (each item as it stood
// then, from its history: open from 登记 or 重开 until 销号, 审核通过 or 作废). Voided items count in none of
// them. One walk through each item's history serves every week, so five years of items cost one pass.

export interface WeekPoint {
  /** The week's Monday. */
  monday: string;
  registered: number;
  closed: number;
  /** 整改中 or 待审核 at the end of the week (for the current week: now). */
  openAtEnd: number;
}

const OPENS = new Set(['登记', '重开']);
const CLOSES = new Set(['销号', '审核通过', '作废']);

export function weeklyTrend(
  items: readonly RectificationItem[],
  today: string,
  timeZone: string,
  weeks = 12,
): WeekPoint[] {
  const thisMonday = addDays(today, 1 - isoWeekday(today));
  const mondays = Array.from({ length: weeks }, (_, i) => addDays(thisMonday, -7 * (weeks - 1 - i)));
  const starts = mondays.map((m) => parseInstant(m, timeZone)!.toISOString());
  const ends = mondays.map((m) => parseInstant(addDays(m, 7), timeZone)!.toISOString());
  const first = starts[0]!;
  const last = ends[weeks - 1]!;
  const points = mondays.map((monday) => ({ monday, registered: 0, closed: 0, openAtEnd: 0 }));
  const weekOf = (iso: string) => {
    if (iso < first || iso >= last) return -1;
    let w = 0;
    while (iso >= ends[w]!) w += 1;
    return w;
  };
  for (const item of items) {
    if (item.status === '已作废' || item.registeredAt >= last) continue;
    // Nothing happened to it in these weeks: it stood at every week's end as it stands now.
    if (item.history[item.history.length - 1]!.at < first) {
      if (item.status === '整改中' || item.status === '待审核') for (const p of points) p.openAtEnd += 1;
      continue;
    }
    const registered = weekOf(item.registeredAt);
    if (registered >= 0) points[registered]!.registered += 1;
    let open = false;
    let boundary = 0;
    let closedIn = -1;
    for (const h of item.history) {
      // Each week's end passed before this event: the item stood as it was.
      while (boundary < weeks && h.at >= ends[boundary]!) {
        if (open) points[boundary]!.openAtEnd += 1;
        boundary += 1;
      }
      if (boundary >= weeks) break;
      if (OPENS.has(h.kind)) open = true;
      else if (CLOSES.has(h.kind)) {
        open = false;
        const w = h.kind === '作废' ? -1 : weekOf(h.at);
        // An item closed twice in one week counts once there.
        if (w >= 0 && w !== closedIn) {
          points[w]!.closed += 1;
          closedIn = w;
        }
      }
    }
    for (; boundary < weeks; boundary += 1) if (open) points[boundary]!.openAtEnd += 1;
  }
  return points;
}
