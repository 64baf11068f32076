import { toHalfWidth } from '../text/normalise';
import { calendarDay } from '../time/calendar-day';

// Deadlines as people type them. A date that does not exist (2026-02-30) or could be read two ways
// (12/31, 31/12/2026) is refused with the accepted forms — never guessed.

export const ACCEPTED_DATE_FORMS = [
  '2026-12-31',
  '2026/12/31',
  '2026.12.31',
  '2026年12月31日',
  '12月31日',
] as const;

export type ParsedDate = { ok: true; date: string } | { ok: false; reason: string };

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** `YYYY-MM-DD` when the day exists (Gregorian; there is no year 0), always with a four-digit year. */
function validDay(year: number, month: number, day: number): string | undefined {
  if (year < 1 || month < 1 || month > 12 || day < 1) return undefined;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const last = month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!;
  return day <= last ? `${pad(year, 4)}-${pad(month)}-${pad(day)}` : undefined;
}

/** A `YYYY-MM-DD` day from text; `12月31日` is the next such day on or after `now`'s day in `timeZone`. */
export function parseDate(text: string, now: Date, timeZone: string): ParsedDate {
  const t = toHalfWidth(text).replace(/\s+/g, '');
  const full =
    /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/.exec(t) ?? /^(\d{4})(年)(\d{1,2})月(\d{1,2})[日号]?$/.exec(t);
  if (full) {
    const date = validDay(Number(full[1]), Number(full[3]), Number(full[4]));
    return date ? { ok: true, date } : { ok: false, reason: `没有 ${text} 这一天` };
  }
  const short = /^(\d{1,2})月(\d{1,2})[日号]?$/.exec(t);
  if (short) {
    const today = calendarDay(now, timeZone);
    const month = Number(short[1]);
    const day = Number(short[2]);
    // 2月29日 waits for the next leap year; anything else is this year or next.
    for (let year = Number(today.slice(0, 4)); year <= Number(today.slice(0, 4)) + 8; year += 1) {
      const date = validDay(year, month, day);
      if (date && date >= today) return { ok: true, date };
    }
    return { ok: false, reason: `没有 ${text} 这一天` };
  }
  return { ok: false, reason: `看不懂日期“${text}”` };
}

/** The wording shown when a date is refused. */
export function dateHelp(reason: string): string {
  return `${reason}。日期可以写作:${ACCEPTED_DATE_FORMS.join('、')}(不写年份时取今天或之后最近的那一天)。`;
}
