import { statSync } from 'node:fs';
import { CalendarFileError, calendarFilePath, loadCalendarOverrides } from './calendar-overrides';
import { createWorkingCalendar, type WorkingCalendar } from './working-calendar';

// The working-day calendar backed by DATA_DIR/calendar.json, re-read whenever the file changes, so a day
// set by `日历 设置` (or an edit by hand) applies to the running scheduler without a restart.

export function fileCalendar(dataDir: string, onError?: (error: CalendarFileError) => void): WorkingCalendar {
  const path = calendarFilePath(dataDir);
  const stamp = () => {
    try {
      const s = statSync(path);
      return `${s.mtimeMs}:${s.size}`;
    } catch {
      return 'absent';
    }
  };
  // The first read throws on a malformed file (the start must say so); later reads keep the last good one.
  let seen = stamp();
  let current = createWorkingCalendar(loadCalendarOverrides(dataDir));
  const now = (): WorkingCalendar => {
    const next = stamp();
    if (next !== seen) {
      seen = next;
      try {
        current = createWorkingCalendar(loadCalendarOverrides(dataDir));
      } catch (error) {
        if (error instanceof CalendarFileError) onError?.(error);
        else throw error;
      }
    }
    return current;
  };
  return {
    isWorkingDay: (day) => now().isWorkingDay(day),
    describe: (day) => now().describe(day),
    knowsYear: (year) => now().knowsYear(year),
    get officialYears() {
      return current.officialYears;
    },
    firstWorkingDayOfWeek: (day) => now().firstWorkingDayOfWeek(day),
  };
}
