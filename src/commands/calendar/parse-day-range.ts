import { dateNote, dateRefusal } from '../../reply/date-wording';
import { toHalfWidth } from '../../text/normalise';
import { type DateContext, readDate } from '../../time/read-date';
import { addDays, daysBetween } from '../../time/zoned-time';

// `日历 设置/删除` take a day or a range of days at the start of their text, read by the one date reader:
// `2027-02-05`, `2027年1月底`, `2027-02-05至2027-02-13`, `2027年2月5日至13日`, `12月30日至1月2日`. The end may
// leave out what it shares with the start (an end before the start without its year is in the next year).
// A range runs both days included, at most MAX_RANGE_DAYS. What follows the days is handed back.

export const MAX_RANGE_DAYS = 62;

export type ParsedDays =
  | { ok: true; days: string[]; rest: string; understood?: string }
  | { ok: false; reason: string };

const CONNECTOR = /^(?:至|到|~|～|—|–)\s*/;
const pad = (n: string) => n.padStart(2, '0');

export function parseDayRange(text: string, context: DateContext): ParsedDays {
  const start = readDate(text, context);
  if (!start.ok) return { ok: false, reason: dateRefusal(start) };
  const notes = [dateNote('日期', { ...start, past: false })];
  const connector = CONNECTOR.exec(start.rest);
  let days = [start.date];
  let rest = start.rest;
  if (connector) {
    const [year, month] = start.date.split('-');
    const endText = toHalfWidth(start.rest.slice(connector[0].length));
    const monthDay = /^(\d{1,2})(?:月|-|\/)(\d{1,2})[日号]?/.exec(endText);
    const dayOnly = /^(\d{1,2})[日号]/.exec(endText);
    let written = endText;
    if (monthDay && !/^\d{4}/.test(endText)) {
      const sameYear = `${year}-${pad(monthDay[1]!)}-${pad(monthDay[2]!)}`;
      written = `${sameYear < start.date ? Number(year) + 1 : year}-${pad(monthDay[1]!)}-${pad(monthDay[2]!)}${endText.slice(monthDay[0].length)}`;
    } else if (dayOnly) written = `${year}-${month}-${pad(dayOnly[1]!)}${endText.slice(dayOnly[0].length)}`;
    const end = readDate(written, context);
    if (!end.ok) return { ok: false, reason: dateRefusal(end) };
    if (written === endText) notes.push(dateNote('日期', { ...end, past: false }));
    const span = daysBetween(start.date, end.date);
    if (span < 0) return { ok: false, reason: `${end.date} 早于 ${start.date}。` };
    if (span >= MAX_RANGE_DAYS)
      return {
        ok: false,
        reason: `${start.date}至${end.date} 有 ${span + 1} 天,一次最多 ${MAX_RANGE_DAYS} 天。`,
      };
    days = Array.from({ length: span + 1 }, (_, i) => addDays(start.date, i));
    rest = end.rest;
  }
  const understood = notes.filter(Boolean).join(',');
  return { ok: true, days, rest, ...(understood ? { understood } : {}) };
}
