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
// or this year's, all year — one message a week says so, until someone imports and confirms the notice: to
// the secretariat's chat (DIGEST_CHAT_ID), @-mentioning its heads, and to each admin (ADMIN_OPEN_IDS) in
// their private chat with the bot, who may not be in that chat.

/** The Monday of the ISO week `day` is in. */
const weekOf = (day: string) => addDays(day, 1 - isoWeekday(day));

/** The week's messages at `now`; none when every year is confirmed or they went out this week. */
export function calendarReminder(now: Date, deps: JobDeps): AddressedReply[] {
  const today = calendarDay(now, deps.timeZone);
  const years = yearsToConfirm(today, deps.calendar);
  if (years.length === 0) return [];
  const week = weekOf(today);
  if (deps.lastCalendarReminder !== undefined && deps.lastCalendarReminder >= week) return [];
  const { store } = deps;
  let secretariat = store.headsOf(SECRETARIAT);
  if (secretariat.length === 0) secretariat = store.membersOf(SECRETARIAT);
  const pending = store.calendarSettings().pending;
  const own = Object.keys(deps.calendar.overrides());
  const lines = years.map((year) =>
    paragraph(
      unconfirmedLine(year, pending?.year === year, own.filter((d) => d.startsWith(`${year}-`)).length),
    ),
  );
  const title = `节假日安排待确认 · ${years.join('、')} 年`;
  const footer = note('每周提醒一次,确认后不再提醒。发送“日历 <年份>”可查看该年现状。');
  const key = (to: string) => shortKey('cal', week, years.join(','), to);
  const admins = [...new Set(deps.admins ?? [])];
  const group: AddressedReply = {
    chatId: deps.digestChatId ?? '',
    key: key('digest'),
    reply: {
      title,
      colour: 'orange',
      blocks: [
        ...(secretariat.length > 0
          ? [paragraph(secretariat.flatMap((m) => [mentionOf(store, m.openId), ' ']))]
          : []),
        ...lines,
        footer,
      ],
    },
  };
  const direct = admins.map(
    (openId): AddressedReply => ({
      chatId: openId,
      receiveIdType: 'open_id',
      key: key(openId),
      reply: { title, colour: 'orange', blocks: [...lines, footer] },
    }),
  );
  // Printing (no chat configured, no admin): the message still shows what would be sent.
  return deps.digestChatId || direct.length === 0 ? [group, ...direct] : direct;
}
