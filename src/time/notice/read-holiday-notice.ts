import type { HolidayNotice } from './holiday-notice';
import { normaliseNotice } from './normalise-notice';
import { noticeClauses } from './notice-clauses';
import { NoticeError } from './notice-error';
import { noticeYear } from './notice-year';
import { readClause } from './read-clause';

/**
 * The days off and make-up working days of a State Council holiday notice, read from its text as pasted
 * or extracted (any line breaks, full-width or half-width, simplified or traditional). Throws NoticeError
 * when the text is not a notice, names no year, gives no day, or contradicts itself; never guesses.
 */
export function readHolidayNotice(text: string): HolidayNotice {
  const normal = normaliseNotice(text);
  const clauses = noticeClauses(normal);
  const year = noticeYear(normal);
  if (clauses.length === 0) throw new NoticeError(year === undefined ? 'not-a-notice' : 'nothing-read');
  if (year === undefined) throw new NoticeError('no-year');
  const holidays = clauses.map((clause) => readClause(clause, year));
  const seen = new Map<string, string>();
  for (const h of holidays)
    for (const day of [...h.off, ...h.work]) {
      const other = seen.get(day);
      if (other !== undefined && other !== h.name)
        throw new NoticeError('inconsistent', `${day} 同时出现在${other}和${h.name}里`);
      seen.set(day, h.name);
    }
  const off = holidays.flatMap((h) => h.off).sort();
  const work = holidays.flatMap((h) => h.work).sort();
  if (off.length === 0 && work.length === 0) throw new NoticeError('nothing-read');
  return { year, holidays, off, work };
}
