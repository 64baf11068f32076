import { daysBetween } from '../time/calendar-day';

/** Days without a progress update after which a task counts as silent (the digest's ⚠️, the dashboard's red). */
export const SILENT_DAYS = 14;

/**
 * Whether a task has gone silent by `today`: silence counts from its last update, or — when it has none, or
 * none since — from the day its plan became current (`since`), never from before. `from` is that day.
 */
export function taskSilence(
  lastDay: string | undefined,
  since: string | undefined,
  today: string,
): { silent: boolean; from?: string; days?: number } {
  const from = lastDay && (!since || lastDay >= since) ? lastDay : since;
  if (!from) return { silent: true };
  const days = daysBetween(from, today);
  return { silent: days >= SILENT_DAYS, from, days };
}
