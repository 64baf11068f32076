import { createRequire } from 'node:module';
import { z } from 'zod';
import { type DayRange, holidayRange } from './holiday-range';
import { addDays, isoWeekday } from './zoned-time';

// China's official working-day calendar: statutory holidays are quiet, make-up working days (调休) count as
// working days, other weekends are quiet. Data from `chinese-days`, plus the bureau's own overrides for
// years the package does not know yet (DATA_DIR/calendar.json or `日历 设置`); an override always wins.

export type DayKind = 'holiday' | 'workday';

/** Days the bureau set itself, read afresh at every question (they can change while the server runs). */
export type Overrides = Readonly<Record<string, DayKind>> | (() => Readonly<Record<string, DayKind>>);

/** What else the bureau's calendar says, read afresh too. */
export interface BureauCalendar {
  /**
   * Holiday names of the bureau's days (`2027-02-08` → `春节`), as a year's notice gives them: what lets
   * `春节后` be read in a year the official data does not cover.
   */
  names?(): Readonly<Record<string, string>>;
}

export interface WorkingCalendar {
  isWorkingDay(day: string): boolean;
  /** Why a day is (not) a working day, in Chinese: `国庆节`, `调休上班`, `周末`, `工作日`, `管理员设定的休息日`. */
  describe(day: string): string;
  /** Whether the official data (or an override) covers this year's holidays. */
  knowsYear(year: number): boolean;
  /** Years the package's official data covers, ascending. */
  officialYears: readonly number[];
  /** The first working day of the ISO week (Monday–Sunday) that contains `day`, if the week has one. */
  firstWorkingDayOfWeek(day: string): string | undefined;
  /** The bureau's own days, as they stand now. */
  overrides(): Readonly<Record<string, DayKind>>;
  /**
   * The days off of a statutory holiday (`春节`, `国庆`, `五一` …) in a year, from the official data and the
   * bureau's named days; undefined when neither names it for that year.
   */
  holidayRange(name: string, year: number): DayRange | undefined;
}

// The package's JSON: `{ holidays: {day: "English,中文,n"}, workdays: {…}, inLieuDays: {…} }`.
const officialSchema = z.object({
  holidays: z.record(z.string(), z.string()),
  workdays: z.record(z.string(), z.string()),
});
type Official = z.infer<typeof officialSchema>;

let official: Official | undefined;

function loadOfficial(): Official {
  if (!official) {
    const require = createRequire(import.meta.url);
    official = officialSchema.parse(require('chinese-days/dist/chinese-days.json'));
  }
  return official;
}

const chineseName = (entry: string | undefined) => entry?.split(',')[1] ?? '';

export function createWorkingCalendar(
  overrides: Overrides = {},
  bureau: BureauCalendar = {},
): WorkingCalendar {
  const data = loadOfficial();
  const officialYears = [...new Set(Object.keys(data.holidays).map((d) => Number(d.slice(0, 4))))].sort(
    (a, b) => a - b,
  );
  const own = typeof overrides === 'function' ? overrides : () => overrides;
  const names = () => bureau.names?.() ?? {};
  const isWorkingDay = (day: string): boolean => {
    const override = own()[day];
    if (override) return override === 'workday';
    if (day in data.holidays) return false;
    if (day in data.workdays) return true;
    return isoWeekday(day) <= 5;
  };
  return {
    isWorkingDay,
    describe(day) {
      const override = own()[day];
      if (override === 'holiday' && names()[day]) return names()[day]!;
      if (override) return override === 'workday' ? '管理员设定的工作日' : '管理员设定的休息日';
      if (day in data.holidays) return chineseName(data.holidays[day]) || '法定节假日';
      if (day in data.workdays) return `${chineseName(data.workdays[day])}调休上班`;
      return isoWeekday(day) <= 5 ? '工作日' : '周末';
    },
    knowsYear: (year) =>
      officialYears.includes(year) || Object.keys(own()).some((d) => d.startsWith(`${year}-`)),
    overrides: () => own(),
    holidayRange(name, year) {
      const official = Object.entries(data.holidays).map(
        ([day, entry]) => [day, chineseName(entry)] as const,
      );
      return holidayRange([...official, ...Object.entries(names())], isWorkingDay, name, year);
    },
    officialYears,
    firstWorkingDayOfWeek(day) {
      const monday = addDays(day, 1 - isoWeekday(day));
      for (let i = 0; i < 7; i += 1) {
        const d = addDays(monday, i);
        if (isWorkingDay(d)) return d;
      }
      return undefined;
    },
  };
}
