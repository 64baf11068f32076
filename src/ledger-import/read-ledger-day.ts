import { ROW_WORDS } from '../reply/ledger-import-wording';
import { readDate } from '../time/read-date';
import type { DateCalendar } from '../time/resolve-date-form';
import { validDay } from '../time/valid-day';
import { cellText, isBlank } from './cell-text';
import type { GridCell } from './sheet-grid';

// A date a ledger recorded (整改时限, 销号时间): a date cell, an Excel serial (a number, or its text), `20260630`,
// or text through the one date reader — `2026.6.30`, `2026/6/30`, `2026年6月底`. Dates are read as of the
// ledger's year: a date without a year is that year's (never next year's), and says so.

export interface LedgerDayContext {
  /** A day in the ledger's year (the sheet's or title's year, else the import's day). */
  now: Date;
  timeZone: string;
  calendar: DateCalendar;
}

export type LedgerDay =
  | { ok: true; day: string; doubt?: string }
  | { ok: false; problem: string }
  /** Nothing written. */
  | undefined;

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
/** Serials of 1950–2100: a number outside them is no date a ledger holds. */
const SERIAL_MIN = 18_264;
const SERIAL_MAX = 73_051;

const utcDay = (at: Date) => at.toISOString().slice(0, 10);

function serialDay(serial: number): string | undefined {
  if (serial < SERIAL_MIN || serial > SERIAL_MAX) return undefined;
  return utcDay(new Date(EXCEL_EPOCH + Math.floor(serial) * DAY_MS));
}

function compactDay(text: string): string | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  return m ? validDay(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

export function readLedgerDay(cell: GridCell, label: string, context: LedgerDayContext): LedgerDay {
  if (isBlank(cell)) return undefined;
  // A date cell holds the wall-clock day at UTC midnight.
  if (cell instanceof Date) return { ok: true, day: utcDay(cell) };
  const typed = cellText(cell);
  if (typeof cell === 'number') {
    const day = compactDay(typed) ?? serialDay(cell);
    return day ? { ok: true, day } : { ok: false, problem: ROW_WORDS.unreadableDate(label, typed) };
  }
  // A date written with its time (`2026-06-30 00:00:00`): the day is what counts.
  const text = typed.replace(/[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/, '');
  if (/^\d{5}(?:\.\d+)?$/.test(text)) {
    const day = serialDay(Number(text));
    if (day) return { ok: true, day, doubt: ROW_WORDS.serialDate(label, typed, day) };
  }
  const compact = compactDay(text);
  if (compact) return { ok: true, day: compact };
  // `2026年6月`, `2026.6`: a month alone is read as its end, and said.
  const month = /^(\d{4})\s*(?:年\s*(\d{1,2})\s*月份?|[./-](\d{1,2}))$/.exec(text);
  const asRead = month ? `${month[1]}年${month[2] ?? month[3]}月底` : text;
  const read = readDate(asRead, context, { whole: true, yearless: 'this' });
  if (!read.ok) {
    const problem = read.problem.kind;
    const words =
      problem === 'no-such-day'
        ? ROW_WORDS.noSuchDay
        : problem === 'ambiguous'
          ? ROW_WORDS.ambiguousDate
          : problem === 'holiday-unknown'
            ? ROW_WORDS.holidayUnknown
            : ROW_WORDS.unreadableDate;
    return { ok: false, problem: words(label, typed) };
  }
  const day = read.date;
  if (month) return { ok: true, day, doubt: ROW_WORDS.monthOnly(label, typed, day) };
  if (read.how.kind === 'this-year')
    return { ok: true, day, doubt: ROW_WORDS.yearAssumed(label, typed, day) };
  if (read.how.kind === 'relative')
    return { ok: true, day, doubt: ROW_WORDS.relativeDate(label, typed, day) };
  return { ok: true, day };
}
