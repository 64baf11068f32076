import type { WorkingCalendar } from '../../time/working-calendar';
import { addDays } from '../../time/zoned-time';

/** How far ahead the next working day is looked for (the longest run of days off is a week or so). */
const LOOK_AHEAD_DAYS = 31;

/**
 * The note a deadline on a day off carries (it is accepted as typed — a unit may well work that day — but
 * the sender should know): `期限 2027-02-13 是春节,不是工作日;下一个工作日是 2027-02-18`.
 */
export function nonWorkingDeadlineNote(
  label: string,
  day: string,
  calendar: WorkingCalendar,
): string | undefined {
  if (calendar.isWorkingDay(day)) return undefined;
  let next = day;
  for (let i = 0; i < LOOK_AHEAD_DAYS; i += 1) {
    next = addDays(next, 1);
    if (calendar.isWorkingDay(next))
      return `${label} ${day} 是${calendar.describe(day)},不是工作日;期限照此记录,下一个工作日是 ${next}`;
  }
  return `${label} ${day} 是${calendar.describe(day)},不是工作日`;
}
