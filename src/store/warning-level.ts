import { daysBetween } from '../time/calendar-day';
import type { Warning } from './types';

/** Working days before the deadline within which an item shows yellow (临期). */
export const DUE_SOON_WORKING_DAYS = 7;

/**
 * The graded warning of a deadline seen from `today` (a calendar day in the bureau's zone): red (逾期) once
 * the deadline day has passed, yellow (临期) when it is due within 7 working days — on or before `soonUntil`,
 * which dueSoonUntil(today, calendar) gives from the bot's working calendar — green otherwise. Every yellow
 * the bot shows (整改 列表, the item card, reminders, the digest, the export, the dashboard) is this one.
 */
export function warningLevel(deadline: string, today: string, soonUntil: string): Warning {
  const daysLeft = daysBetween(today, deadline);
  if (daysLeft < 0) return { colour: 'red', label: '逾期', daysLeft };
  if (deadline <= soonUntil) return { colour: 'yellow', label: '临期', daysLeft };
  return { colour: 'green', label: '正常', daysLeft };
}
