import { holidayKeys } from './holiday-key';
import { addDays } from './zoned-time';

// Where a statutory holiday of a year lies, from days that carry holiday names (the official data's, the
// bureau's own from a notice): the run of that holiday's days off, joined across days off between them.
// A run belongs to the year of its last day (元旦 2027 may start on 2026-12-31).

export interface DayRange {
  start: string;
  end: string;
}

/** The days off of holiday `name` (`春节`, `国庆`, `五一` …) in `year`, or undefined when no day names it. */
export function holidayRange(
  namedDays: Iterable<readonly [day: string, name: string]>,
  isWorkingDay: (day: string) => boolean,
  name: string,
  year: number,
): DayRange | undefined {
  const [key] = holidayKeys(name);
  if (!key) return undefined;
  const from = `${year - 1}-12-01`;
  const to = `${year + 1}-01-31`;
  const days = new Set<string>();
  for (const [day, dayName] of namedDays) {
    if (day >= from && day <= to && !isWorkingDay(day) && holidayKeys(dayName).includes(key)) days.add(day);
  }
  const runs: DayRange[] = [];
  for (const day of [...days].sort()) {
    const run = runs.at(-1);
    if (run && offBetween(run.end, day, isWorkingDay)) run.end = day;
    else runs.push({ start: day, end: day });
  }
  return runs.find((r) => r.end.startsWith(`${year}-`));
}

/** Whether every day strictly between `a` and `b` (a week at most) is a day off. */
function offBetween(a: string, b: string, isWorkingDay: (day: string) => boolean): boolean {
  for (let day = addDays(a, 1), n = 0; day < b; day = addDays(day, 1), n += 1) {
    if (n >= 7 || isWorkingDay(day)) return false;
  }
  return true;
}
