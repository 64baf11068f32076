import type { WorkingCalendar } from './working-calendar';

// The years whose holidays someone must confirm (no official data, no confirmed notice), seen on `today`:
// this year, and from 1 November the next one; `asked` too when a question is about it. A few days set by
// hand never count as confirming a year.

export const NEXT_YEAR_FROM = '11-01';

export function yearsToConfirm(
  today: string,
  calendar: Pick<WorkingCalendar, 'knowsYear'>,
  asked?: number,
): number[] {
  const year = Number(today.slice(0, 4));
  const years = new Set([year, ...(asked === undefined ? [] : [asked])]);
  if (today.slice(5) >= NEXT_YEAR_FROM) years.add(year + 1);
  return [...years].sort((a, b) => a - b).filter((y) => !calendar.knowsYear(y));
}
