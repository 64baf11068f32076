import { createRequire } from 'node:module';
import { z } from 'zod';
import { type DayRange, holidayRange } from './holiday-range';
import { addDays, isoWeekday } from './zoned-time';

// China's official working-day calendar: statutory holidays are quiet, make-up working days (调休) count as
// working days, other weekends are quiet. Data from `chinese-days`, plus the bureau's own days for years the
// package does not know yet (DATA_DIR/calendar.json, `日历 设置`, a confirmed `日历 导入`); an override
// always wins. A year counts as known only by the official data or a confirmed notice: a few days set by
// hand do not make a year's holidays known.

export type DayKind = 'holiday' | 'workday';

/** Days the bureau set itself, read afresh at every question (they can change while the server runs). */
export type Overrides = Readonly<Record<string, DayKind>> | (() => Readonly<Record<string, DayKind>>);

/** What else the bureau's calendar says, read afresh too: the holidays its days belong to, confirmed years. */
export interface BureauCalendar {
  /** Holiday names of days set or imported (`2027-02-08` → `春节`). */
  names?(): Readonly<Record<string, string>>;
  /** Years whose State Council notice was imported and confirmed, by whom and when. */
  confirmed?(): Readonly<Record<string, { by: string; at: string }>>;
}

/** Where a year's holidays come from. */
export type YearState =
  | { source: 'official' }
  | { source: 'notice'; by: string; at: string }
  | { source: 'unconfirmed' };

/** A day that does not count as its weekday says (a day off on a weekday, work on a weekend, any named day). */
export interface SpecialDay {
  day: string;
  /** The holiday it belongs to, when known. */
  name?: string;
  /** Set by the bureau (by hand or from a notice) rather than the official data. */
  own: boolean;
}

export interface WorkingCalendar {
  isWorkingDay(day: string): boolean;
  /** Why a day is (not) a working day, in Chinese: `国庆节`, `调休上班`, `周末`, `工作日`, `管理员设定的休息日`. */
  describe(day: string): string;
  /** The holiday a day belongs to (a day off, or a make-up working day), from the bureau's days or the data. */
  holidayName(day: string): string | undefined;
  /** Whether the year's holidays are known: official data, or a confirmed notice. */
  knowsYear(year: number): boolean;
  /** Where the year's holidays come from. */
  yearState(year: number): YearState;
  /** The year's days off and make-up working days, ascending (overrides applied). */
  yearDays(year: number): { off: SpecialDay[]; work: SpecialDay[] };
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

const chineseName = (entry: string | undefined) => entry?.split(',')[1] || undefined;

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
  const confirmed = () => bureau.confirmed?.() ?? {};
  let officialNames: (readonly [day: string, name: string])[] | undefined;
  const isWorkingDay = (day: string): boolean => {
    const override = own()[day];
    if (override) return override === 'workday';
    if (day in data.holidays) return false;
    if (day in data.workdays) return true;
    return isoWeekday(day) <= 5;
  };
  const holidayName = (day: string): string | undefined =>
    day in own() ? names()[day] : chineseName(data.holidays[day] ?? data.workdays[day]);
  const yearState = (year: number): YearState => {
    if (officialYears.includes(year)) return { source: 'official' };
    const notice = confirmed()[String(year)];
    return notice ? { source: 'notice', ...notice } : { source: 'unconfirmed' };
  };
  return {
    isWorkingDay,
    describe(day) {
      const override = own()[day];
      const name = holidayName(day);
      if (override) {
        if (!name) return override === 'workday' ? '管理员设定的工作日' : '管理员设定的休息日';
        return override === 'workday' ? `${name}调休上班` : name;
      }
      if (day in data.holidays) return name ?? '法定节假日';
      if (day in data.workdays) return `${name ?? ''}调休上班`;
      return isoWeekday(day) <= 5 ? '工作日' : '周末';
    },
    holidayName,
    knowsYear: (year) => yearState(year).source !== 'unconfirmed',
    yearState,
    yearDays(year) {
      const off: SpecialDay[] = [];
      const work: SpecialDay[] = [];
      const first = `${year}-01-01`;
      for (let d = first; d.startsWith(`${year}-`); d = addDays(d, 1)) {
        const working = isWorkingDay(d);
        const name = holidayName(d);
        const weekend = isoWeekday(d) > 5;
        const entry = { day: d, ...(name ? { name } : {}), own: d in own() };
        if (!working && (!weekend || name || entry.own)) off.push(entry);
        else if (working && (weekend || (entry.own && name))) work.push(entry);
      }
      return { off, work };
    },
    overrides: () => own(),
    holidayRange(name, year) {
      // Only the days around the year: the data holds two decades of holidays.
      const [from, to] = [`${year - 1}-12`, `${year + 1}-02`];
      officialNames ??= Object.entries(data.holidays).map(
        ([day, entry]) => [day, chineseName(entry) ?? ''] as const,
      );
      const official = officialNames.filter(([day]) => day >= from && day < to);
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
