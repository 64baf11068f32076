import { unconfirmedLine } from '../reply/calendar-wording';
import type { AddressedReply } from '../reply/reply';
import { note, paragraph } from '../reply/reply';
import { calendarDay } from '../time/calendar-day';
import { yearsToConfirm } from '../time/years-to-confirm';
import { addDays, isoWeekday } from '../time/zoned-time';
import { mentionOf } from './mention-of';
import { SECRETARIAT } from './reminder-mentions';
import type { JobDeps } from './report-deps';
import { shortKey } from './short-key';

// From 1 November, while next year's holidays are not confirmed (no official data, no confirmed notice) —
// or this year's, all year — the secretariat's chat (DIGEST_CHAT_ID) gets one message a week saying so,
// @-mentioning the admins and the secretariat's heads, until someone imports and confirms the notice.

/** The Monday of the ISO week `day` is in. */
const weekOf = (day: string) => addDays(day, 1 - isoWeekday(day));

/** The week's message at `now`, or undefined when every year is confirmed or it went out this week. */
export function calendarReminder(now: Date, deps: JobDeps): AddressedReply | undefined {
  const today = calendarDay(now, deps.timeZone);
  const years = yearsToConfirm(today, deps.calendar);
  if (years.length === 0) return undefined;
  const week = weekOf(today);
  if (deps.lastCalendarReminder !== undefined && deps.lastCalendarReminder >= week) return undefined;
  const { store } = deps;
  let secretariat = store.headsOf(SECRETARIAT);
  if (secretariat.length === 0) secretariat = store.membersOf(SECRETARIAT);
  const whom = [...new Set([...(deps.admins ?? []), ...secretariat.map((m) => m.openId)])];
  const pending = store.calendarSettings().pending;
  const own = Object.keys(deps.calendar.overrides());
  return {
    chatId: deps.digestChatId ?? '',
    key: shortKey('cal', `${week}:${years.join(',')}`),
    reply: {
      title: `节假日安排待确认 · ${years.join('、')} 年`,
      colour: 'orange',
      blocks: [
        ...(whom.length > 0 ? [paragraph(whom.flatMap((id) => [mentionOf(store, id), ' ']))] : []),
        ...years.map((year) =>
          paragraph(
            unconfirmedLine(year, pending?.year === year, own.filter((d) => d.startsWith(`${year}-`)).length),
          ),
        ),
        note('每周提醒一次,确认后不再提醒。发送“日历 <年份>”可查看该年现状。'),
      ],
    },
  };
}
