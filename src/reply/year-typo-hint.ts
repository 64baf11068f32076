import { validDay } from '../time/valid-day';

// A past date whose month and day are still ahead this year is most likely last year's number typed out of
// habit in January (`2026-02-09` for 2027-02-09): the refusal names the year meant.

/** ` 是否想写 2027-02-09?` for such a date, else ''. */
export function yearTypoHint(date: string, today: string): string {
  if (date >= today) return '';
  const meant = validDay(Number(today.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
  return meant && meant >= today ? `(是否想写 ${meant}?年份应为 ${today.slice(0, 4)})` : '';
}
