import { addDays } from '../time/zoned-time';
import { DUE_SOON_WORKING_DAYS } from './warning-level';

/** What the rule needs of the bot's working calendar (a WorkingCalendar satisfies it). */
export interface WorkingDays {
  isWorkingDay(day: string): boolean;
}

/**
 * The last deadline that is still yellow (临期) seen from `today`: due within 7 working days means at most 7
 * working days lie after today up to the deadline. So the limit is the day before the 8th working day after
 * today — a deadline on the weekend or holiday right after the 7th working day is yellow too. Computed once
 * per question (a page, a list, a reminder run), then compared as text (`YYYY-MM-DD` sorts as days do).
 */
export function dueSoonUntil(today: string, calendar: WorkingDays): string {
  let day = today;
  // A calendar with no working day for a year (every day set off by hand) must not loop for ever.
  for (let found = 0, steps = 0; found <= DUE_SOON_WORKING_DAYS && steps < 366; steps += 1) {
    day = addDays(day, 1);
    if (calendar.isWorkingDay(day)) found += 1;
  }
  return addDays(day, -1);
}
