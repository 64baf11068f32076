import { addMonths } from './add-months';
import type { DateForm, Period, YearRef } from './date-form';
import { holidayKeys } from './holiday-key';
import type { DayRange } from './holiday-range';
import { lunarNewYear } from './lunar-new-year';
import { monthLength, validDay } from './valid-day';
import { addDays, isoWeekday } from './zoned-time';

// A date form placed on the calendar as of today: a date without a year is the next such day on or after
// today; a period's end (`月底`, `一季度末`, `年底`) is its last day, as a notice's `1月底前` means it (a
// deadline that falls on a day off is noted by the command, with the next working day); `春节后` is the first
// working day after the year's Spring Festival days off, `春节前` the last one before them (before 除夕, by the lunar
// date, while the year's notice is not in the calendar). `how` keeps what the reply should say about the reading.

/** The part of the working calendar the reader needs (tests pass a small one). */
export interface DateCalendar {
  isWorkingDay(day: string): boolean;
  holidayRange(name: string, year: number): DayRange | undefined;
}

export type DateHow =
  /** A calendar day as written (a date without a year that falls this year included). */
  | { kind: 'as-typed' }
  /** A date without a year whose day this year is past: next year's. */
  | { kind: 'next-year' }
  /** Counted from today: `明天`, `下周五`, `下个月15号`, `明年6月30日`. */
  | { kind: 'relative' }
  /** A period's last day; `nextYear` when the period this year is over (`一季度末` typed in May). */
  | { kind: 'period-end'; period: Period; nextYear: boolean }
  /** A date or period end written without a year, read in today's year (a ledger's dates: never next year's). */
  | { kind: 'this-year' }
  | {
      kind: 'holiday';
      name: string;
      year: number;
      side: 'before' | 'after';
      /**
       * The calendar lacks the year's days off (no notice yet): `春节前` reckoned from the lunar date — the last
       * working day before 除夕 (`eve`), the eve being off in every year's arrangement so far.
       */
      lunarEve?: string;
    };

export type DateProblem =
  | { kind: 'no-such-day' }
  | { kind: 'ambiguous' }
  /** The calendar does not hold that holiday's days off for that year yet. */
  | { kind: 'holiday-unknown'; name: string; year: number };

export type ResolvedDate = { ok: true; date: string; how: DateHow } | { ok: false; problem: DateProblem };

const noSuchDay: ResolvedDate = { ok: false, problem: { kind: 'no-such-day' } };

/**
 * What a date without a year means: `next` — the next such day on or after today (a deadline being set);
 * `this` — that day in today's year, past or not (a date a ledger recorded; `today` is then the ledger's day).
 */
export type Yearless = 'next' | 'this';

export function resolveDateForm(
  form: DateForm,
  today: string,
  calendar: DateCalendar,
  yearless: Yearless = 'next',
): ResolvedDate {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const yearOf = (ref: YearRef) => ('abs' in ref ? ref.abs : year + ref.rel);
  const relative = (date: string | undefined): ResolvedDate =>
    date ? { ok: true, date, how: { kind: 'relative' } } : noSuchDay;
  switch (form.kind) {
    case 'ambiguous':
      return { ok: false, problem: { kind: 'ambiguous' } };
    case 'day': {
      if (form.year) {
        const date = validDay(yearOf(form.year), form.month, form.day);
        return 'abs' in form.year && date ? { ok: true, date, how: { kind: 'as-typed' } } : relative(date);
      }
      if (yearless === 'this') {
        const date = validDay(year, form.month, form.day);
        return date ? { ok: true, date, how: { kind: 'this-year' } } : noSuchDay;
      }
      // 2月29日 waits for the next leap year; anything else is this year or next.
      for (let y = year; y <= year + 8; y += 1) {
        const date = validDay(y, form.month, form.day);
        if (date && date >= today)
          return { ok: true, date, how: { kind: y > year ? 'next-year' : 'as-typed' } };
      }
      return noSuchDay;
    }
    case 'month-day': {
      const m = addMonths(year, month, form.months);
      return relative(validDay(m.year, m.month, form.day));
    }
    case 'day-of-month':
      for (let k = 0; k <= 12 && form.day <= 31; k += 1) {
        const m = addMonths(year, month, k);
        const date = validDay(m.year, m.month, form.day);
        if (date && date >= today) return relative(date);
      }
      return noSuchDay;
    case 'offset':
      return relative(addDays(today, form.days));
    case 'weekday': {
      const weekday = isoWeekday(today);
      if (form.weeks === undefined) return relative(addDays(today, (form.weekday - weekday + 7) % 7));
      return relative(addDays(today, 7 * form.weeks + form.weekday - weekday));
    }
    case 'period-end': {
      const end = periodEnd(form, today, yearless);
      const assumed =
        yearless === 'this' && !form.year && form.months === undefined && form.quarters === undefined;
      return end.ok && assumed ? { ...end, how: { kind: 'this-year' } } : end;
    }
    case 'holiday':
      return holidayDay(form, today, calendar);
  }
}

/** The months a period covers in its year, `[first, last]`, or undefined when it does not exist. */
function periodMonths(form: Extract<DateForm, { kind: 'period-end' }>, today: string) {
  const month = Number(today.slice(5, 7));
  switch (form.period) {
    case 'month':
    case 'decade': {
      const m =
        form.months !== undefined ? addMonths(0, month, form.months) : { year: 0, month: form.month! };
      return m.month >= 1 && m.month <= 12 ? { years: m.year, first: m.month, last: m.month } : undefined;
    }
    case 'quarter': {
      const q =
        form.quarters !== undefined
          ? addMonths(0, Math.ceil(month / 3) * 3, 3 * form.quarters)
          : { year: 0, month: 3 * form.quarter! };
      return q.month >= 3 && q.month <= 12 ? { years: q.year, first: q.month - 2, last: q.month } : undefined;
    }
    case 'half':
      return { years: 0, first: form.half === 1 ? 1 : 7, last: form.half === 1 ? 6 : 12 };
    case 'year':
      return { years: 0, first: 1, last: 12 };
  }
}

function periodEnd(
  form: Extract<DateForm, { kind: 'period-end' }>,
  today: string,
  yearless: Yearless,
): ResolvedDate {
  const span = periodMonths(form, today);
  if (!span) return noSuchDay;
  const thisYear = Number(today.slice(0, 4));
  const decade = form.period === 'decade' ? form.decade! : 0;
  const endOf = (year: number) =>
    validDay(year, span.last, decade && decade < 3 ? 10 * decade : monthLength(year, span.last))!;
  let year = form.year
    ? 'abs' in form.year
      ? form.year.abs
      : thisYear + form.year.rel
    : thisYear + span.years;
  if (year < 1 || year > 9999) return noSuchDay;
  // Without a year, a period whose end this year is past is next year's (`一季度末` typed in May).
  const nextYear =
    yearless === 'next' &&
    !form.year &&
    form.months === undefined &&
    form.quarters === undefined &&
    endOf(year) < today;
  if (nextYear) year += 1;
  return { ok: true, date: endOf(year), how: { kind: 'period-end', period: form.period, nextYear } };
}

/**
 * 除夕 of `year`'s Spring Festival, for `春节前` only: where the days off begin is the notice's to say, but the
 * eve is always among them, so the working day before it is a day before the holiday. `春节后` waits for the
 * notice — how long the days off last is not known before it.
 */
function springFestivalEve(form: Extract<DateForm, { kind: 'holiday' }>, year: number): string | undefined {
  if (form.side !== 'before' || !holidayKeys(form.name).includes('春节')) return undefined;
  const first = lunarNewYear(year);
  return first ? addDays(first, -1) : undefined;
}

function holidayDay(
  form: Extract<DateForm, { kind: 'holiday' }>,
  today: string,
  calendar: DateCalendar,
): ResolvedDate {
  const thisYear = Number(today.slice(0, 4));
  const years = form.year
    ? ['abs' in form.year ? form.year.abs : thisYear + form.year.rel]
    : [thisYear, thisYear + 1];
  let found: ResolvedDate = noSuchDay;
  for (const year of years) {
    const range = calendar.holidayRange(form.name, year);
    const eve = range ? undefined : springFestivalEve(form, year);
    if (eve) {
      let date = addDays(eve, -1);
      for (let n = 0; n < 30 && !calendar.isWorkingDay(date); n += 1) date = addDays(date, -1);
      found = {
        ok: true,
        date,
        how: { kind: 'holiday', name: form.name, year, side: 'before', lunarEve: eve },
      };
      if (date >= today) break;
      continue;
    }
    if (!range) return { ok: false, problem: { kind: 'holiday-unknown', name: form.name, year } };
    const step = form.side === 'before' ? -1 : 1;
    let date = addDays(form.side === 'before' ? range.start : range.end, step);
    for (let n = 0; n < 30 && !calendar.isWorkingDay(date); n += 1) date = addDays(date, step);
    found = { ok: true, date, how: { kind: 'holiday', name: form.name, year, side: form.side } };
    if (date >= today) break;
  }
  return found;
}
