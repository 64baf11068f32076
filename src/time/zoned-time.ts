import { calendarDay, daysBetween, wallClock } from './calendar-day';

// Calendar arithmetic in the bureau's time zone (TZ_NAME), never the machine's: a day is `YYYY-MM-DD`.

export { calendarDay, daysBetween };

/** Minutes since local midnight of an instant in a time zone (09:30 → 570). */
export function minutesOfDay(at: Date, timeZone: string): number {
  const { hour, minute } = wallClock(at, timeZone);
  return hour * 60 + minute;
}

/** The day `n` calendar days after `day` (n may be negative). */
export function addDays(day: string, n: number): string {
  const t = Date.parse(`${day}T00:00:00Z`) + n * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** Day of the week, Monday = 1 … Sunday = 7 (ISO). */
export function isoWeekday(day: string): number {
  const d = new Date(`${day}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

/** The zone's offset from UTC at an instant, in milliseconds (Shanghai: +8 h). */
function zoneOffsetMs(at: number, timeZone: string): number {
  const w = wallClock(at, timeZone);
  const wall = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return wall - Math.floor(at / 1000) * 1000;
}

/**
 * An ISO-8601 instant (`--now`). With an offset or `Z` it is exact; without one (`2026-11-26T09:30`,
 * `2026-11-26`) it is wall-clock time in `timeZone`, not the machine's zone. Undefined when unreadable.
 */
export function parseInstant(text: string, timeZone: string): Date | undefined {
  const local = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?)?$/.exec(
    text.trim(),
  );
  if (!local) {
    const at = new Date(text);
    return Number.isNaN(at.getTime()) ? undefined : at;
  }
  const [, y, mo, d, h = '0', mi = '0', s = '0', ms = '0'] = local;
  const wall = Date.UTC(+y!, +mo! - 1, +d!, +h, +mi, +s, +ms.padEnd(3, '0'));
  const check = new Date(wall);
  if (check.getUTCMonth() !== +mo! - 1 || check.getUTCDate() !== +d! || +h > 23 || +mi > 59 || +s > 59)
    return undefined;
  // Two passes settle the offset even next to a daylight-saving change.
  let at = wall - zoneOffsetMs(wall, timeZone);
  at = wall - zoneOffsetMs(at, timeZone);
  return new Date(at);
}
