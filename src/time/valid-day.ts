// Whether a day exists (Gregorian; there is no year 0), as the `YYYY-MM-DD` the store keeps.

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The month's number of days (0 for a month that does not exist). */
export function monthLength(year: number, month: number): number {
  if (month < 1 || month > 12) return 0;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!;
}

/** `YYYY-MM-DD` with a four-digit year when the day exists, else undefined. */
export function validDay(year: number, month: number, day: number): string | undefined {
  if (year < 1 || year > 9999 || day < 1 || day > monthLength(year, month)) return undefined;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}
