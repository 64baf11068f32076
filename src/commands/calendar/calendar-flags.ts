import { unconfirmedLine } from '../../reply/calendar-wording';
import { type Block, paragraph } from '../../reply/reply';
import { yearsToConfirm } from '../../time/years-to-confirm';
import type { CoreDeps } from '../context';

/** Every 日历 reply ends flagging the years not confirmed: this year, next year from 1 November, `asked`. */
export function calendarFlags(
  today: string,
  deps: Pick<CoreDeps, 'calendar' | 'store'>,
  asked?: number,
): Block[] {
  const pending = deps.store.calendarSettings().pending;
  const own = Object.keys(deps.calendar.overrides());
  return yearsToConfirm(today, deps.calendar, asked).map((year) =>
    paragraph(
      unconfirmedLine(year, pending?.year === year, own.filter((d) => d.startsWith(`${year}-`)).length),
    ),
  );
}
