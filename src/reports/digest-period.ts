import type { DigestWindow } from '../store';
import { addDays, calendarDay, parseInstant } from '../time/zoned-time';

// Which days a digest covers. A scheduled digest covers whole calendar days in TZ_NAME: from the day after
// the window of the last digest that went out to the day before its own send day (the first one: the 7 days
// before), so across holidays, 调休 and missed runs no day is in two digests or in none. `周报` on demand
// covers from there to the instant it is asked.

export interface DigestPeriod {
  /** First day covered. */
  from: string;
  /** Last day covered (on demand: today, up to `until`). */
  to: string;
  /** Start of `from` in TZ_NAME. */
  start: Date;
  /** End, exclusive: the start of the day after `to`, or (on demand) the instant asked. */
  until: Date;
  onDemand: boolean;
  /** The window of the last digest that went out, when there was one. */
  previous?: DigestWindow;
}

/** Days before the send day the first digest covers. */
export const FIRST_DIGEST_DAYS = 7;

const startOf = (day: string, timeZone: string) => parseInstant(day, timeZone)!;

/** The period of a digest sent on `sendDay`; undefined when every day before it was covered already. */
export function scheduledPeriod(
  sendDay: string,
  previous: DigestWindow | undefined,
  timeZone: string,
): DigestPeriod | undefined {
  const from = previous ? addDays(previous.to, 1) : addDays(sendDay, -FIRST_DIGEST_DAYS);
  const to = addDays(sendDay, -1);
  if (from > to) return undefined;
  return {
    from,
    to,
    start: startOf(from, timeZone),
    until: startOf(sendDay, timeZone),
    onDemand: false,
    ...(previous ? { previous } : {}),
  };
}

/** The period `周报` shows at `now`: what the next scheduled digest will cover, so far. */
export function onDemandPeriod(
  now: Date,
  previous: DigestWindow | undefined,
  timeZone: string,
): DigestPeriod {
  const today = calendarDay(now, timeZone);
  const next = previous ? addDays(previous.to, 1) : addDays(today, -FIRST_DIGEST_DAYS);
  // A last window reaching today (a digest replayed with a later --now) leaves only today to show.
  const [from] = [next, today].sort() as [string, string];
  return {
    from,
    to: today,
    start: startOf(from, timeZone),
    // Up to and including now: a record made at this very instant (the same scripted moment) counts.
    until: new Date(now.getTime() + 1),
    onDemand: true,
    ...(previous ? { previous } : {}),
  };
}
