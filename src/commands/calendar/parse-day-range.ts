import { toHalfWidth } from '../../text/normalise';
import { addDays, daysBetween } from '../../time/zoned-time';
import { parseDate } from '../parse-date';

// `日历 设置/删除` take a day or a range of days: `2027-02-05`, `2027-02-05至2027-02-13`, `2027年2月5日至13日`,
// `2月5日至2月13日` (a day without its year is the next such day, as everywhere). The end may leave out what
// it shares with the start. A range runs both days included, at most MAX_RANGE_DAYS.

export const MAX_RANGE_DAYS = 62;

export type ParsedDays = { ok: true; days: string[] } | { ok: false; reason: string };

const pad = (n: string) => n.padStart(2, '0');

export function parseDayRange(text: string, now: Date, timeZone: string): ParsedDays {
  const parts = toHalfWidth(text)
    .replace(/\s+/g, '')
    .split(/至|到|~|～|—|–/);
  if (parts.length > 2 || parts.some((p) => p === '')) return { ok: false, reason: `看不懂日期“${text}”` };
  const start = parseDate(parts[0]!, now, timeZone);
  if (!start.ok) return start;
  if (parts.length === 1) return { ok: true, days: [start.date] };
  const endText = parts[1]!;
  const [year, month] = start.date.split('-');
  const monthDay = /^(\d{1,2})(?:月|-|\/)(\d{1,2})[日号]?$/.exec(endText);
  const dayOnly = /^(\d{1,2})[日号]$/.exec(endText);
  const end = /^\d{4}/.test(endText)
    ? parseDate(endText, now, timeZone)
    : monthDay
      ? parseDate(`${year}-${pad(monthDay[1]!)}-${pad(monthDay[2]!)}`, now, timeZone)
      : dayOnly
        ? parseDate(`${year}-${month}-${pad(dayOnly[1]!)}`, now, timeZone)
        : parseDate(endText, now, timeZone);
  if (!end.ok) return end;
  // `12月30日至1月2日`: an end written without its year before the start is in the next year.
  const endDay =
    !/^\d{4}/.test(endText) && monthDay && end.date < start.date
      ? `${Number(year) + 1}${end.date.slice(4)}`
      : end.date;
  const span = daysBetween(start.date, endDay);
  if (span < 0) return { ok: false, reason: `${endDay} 早于 ${start.date}` };
  if (span >= MAX_RANGE_DAYS)
    return { ok: false, reason: `${start.date}至${endDay} 有 ${span + 1} 天,一次最多 ${MAX_RANGE_DAYS} 天` };
  return { ok: true, days: Array.from({ length: span + 1 }, (_, i) => addDays(start.date, i)) };
}
