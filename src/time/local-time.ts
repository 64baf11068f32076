import { wallClock } from './calendar-day';

/** `2026-11-26 14:38:47` in TZ_NAME: how a reader of the 台账 expects an instant, rather than UTC. */
export function localTime(iso: string, timeZone: string): string {
  const w = wallClock(new Date(iso), timeZone);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${w.year}-${two(w.month)}-${two(w.day)} ${two(w.hour)}:${two(w.minute)}:${two(w.second)}`;
}
