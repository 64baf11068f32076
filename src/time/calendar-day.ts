// Calendar days are Asia/Shanghai days: a deadline `2026-12-31` is over when that day ends in Shaoxing.

export const BUREAU_TIME_ZONE = 'Asia/Shanghai';

/** What a clock on the wall of a time zone shows at an instant. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

// Formatters are built once per zone (building one costs far more than using it): `day` for calendarDay,
// the fast path, and `wall` (every field, through formatToParts) for wallClock.
const OPTIONS = {
  day: { year: 'numeric', month: '2-digit', day: '2-digit' },
  wall: {
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(kind: keyof typeof OPTIONS, timeZone: string): Intl.DateTimeFormat {
  const key = `${kind} ${timeZone}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(kind === 'day' ? 'en-CA' : 'en-US', { timeZone, ...OPTIONS[kind] });
    formatters.set(key, format);
  }
  return format;
}

export function wallClock(at: Date | number, timeZone = BUREAU_TIME_ZONE): WallClock {
  const p: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const part of formatter('wall', timeZone).formatToParts(at)) p[part.type] = part.value;
  return {
    year: +p.year!,
    month: +p.month!,
    day: +p.day!,
    hour: +p.hour!,
    minute: +p.minute!,
    second: +p.second!,
  };
}

// One message asks the day of its own instant several times (the plan in use, the period note …): the last
// answer is kept, formatting costs more than everything else here.
let lastDay: { ms: number; timeZone: string; day: string } | undefined;

/** The calendar day (`YYYY-MM-DD`) an instant falls on in the bureau's time zone. */
export function calendarDay(at: Date, timeZone = BUREAU_TIME_ZONE): string {
  const ms = at.getTime();
  if (lastDay && lastDay.ms === ms && lastDay.timeZone === timeZone) return lastDay.day;
  const day = formatter('day', timeZone).format(at);
  lastDay = { ms, timeZone, day };
  return day;
}

/** Whole days from `from` to `to`, both `YYYY-MM-DD` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
