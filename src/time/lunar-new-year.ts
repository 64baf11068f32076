import chineseDays from 'chinese-days';

// The Spring Festival's day is astronomical — the first day of the first lunar month (正月初一) — so it is
// known years before the State Council's notice gives the days off around it. chinese-days converts lunar
// dates for 1901—2099 (its tables' range).

const FIRST_YEAR = 1901;
const LAST_YEAR = 2099;

/** `2027-02-06`: 正月初一 of the lunar year that starts in `year`, or undefined outside the tables' range. */
export function lunarNewYear(year: number): string | undefined {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) return undefined;
  const { date } = chineseDays.getSolarDateFromLunar(`${year}-01-01`);
  return /^\d{4}-\d{2}-\d{2}$/.test(date) && date.startsWith(`${year}-`) ? date : undefined;
}
