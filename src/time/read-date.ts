import { calendarDay } from './calendar-day';
import {
  type DateCalendar,
  type DateHow,
  type DateProblem,
  resolveDateForm,
  type Yearless,
} from './resolve-date-form';
import { scanDate } from './scan-date';

// One date reader for every command (deadlines of 整改 登记 / 延期, 日历 设置 and 日历 <日期>): the date a text
// starts with, as a bureau writes it, placed on the calendar as of the message's day in TZ_NAME, and the text
// after it. A date that does not exist or could be read two ways is refused, never guessed; whether a past
// date is refused is the command's to decide (`past`).

export interface DateContext {
  /** When the message arrived (the injected clock, never `new Date()`). */
  now: Date;
  timeZone: string;
  calendar: DateCalendar;
}

export type DateReading =
  | { ok: true; date: string; typed: string; rest: string; how: DateHow; past: boolean; today: string }
  | { ok: false; problem: DateProblem | { kind: 'unreadable' }; typed: string; rest: string };

/**
 * The date `text` starts with and the text after it; with `whole`, text after the date is refused. `yearless`
 * says what a date written without a year means (default: the next such day; `this`: in `now`'s year).
 */
export function readDate(
  text: string,
  context: DateContext,
  { whole = false, yearless = 'next' as Yearless } = {},
): DateReading {
  const scan = scanDate(text);
  if (!scan.ok || (whole && scan.rest)) {
    const unreadable = { kind: 'unreadable' } as const;
    return whole
      ? { ok: false, problem: unreadable, typed: text.trim(), rest: '' }
      : { ok: false, problem: unreadable, typed: scan.typed, rest: scan.rest };
  }
  const today = calendarDay(context.now, context.timeZone);
  const resolved = resolveDateForm(scan.form, today, context.calendar, yearless);
  const { typed, rest } = scan;
  if (!resolved.ok) return { ok: false, problem: resolved.problem, typed, rest };
  return {
    ok: true,
    date: resolved.date,
    typed,
    rest,
    how: resolved.how,
    past: resolved.date < today,
    today,
  };
}
