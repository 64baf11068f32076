import { calendarDay, daysBetween } from '../store';

// Calendar arithmetic in the bureau's time zone (TZ_NAME), never the machine's: a day is `YYYY-MM-DD`.

export { calendarDay, daysBetween };

const clockFormatters = new Map<string, Intl.DateTimeFormat>();

/** Minutes since local midnight of an instant in a time zone (09:30 → 570). */
export function minutesOfDay(at: Date, timeZone: string): number {
  let format = clockFormatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    clockFormatters.set(timeZone, format);
  }
  const parts = format.formatToParts(at);
  const hour = Number(parts.find((p) => p.type === 'hour')?.value ?? 0);
  const minute = Number(parts.find((p) => p.type === 'minute')?.value ?? 0);
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
