import { daysBetween } from '../time/calendar-day';
import type { Warning } from './types';

/** Days before the deadline from which an item shows yellow. */
export const DUE_SOON_DAYS = 7;

/**
 * The graded warning of a deadline seen from `today` (a calendar day in the bureau's zone): red (逾期) once
 * the deadline day has passed, yellow (临期) when it is due within 7 days (today included), green otherwise.
 */
export function warningLevel(deadline: string, today: string): Warning {
  const daysLeft = daysBetween(today, deadline);
  if (daysLeft < 0) return { colour: 'red', label: '逾期', daysLeft };
  if (daysLeft <= DUE_SOON_DAYS) return { colour: 'yellow', label: '临期', daysLeft };
  return { colour: 'green', label: '正常', daysLeft };
}
