import type { IncomingMessage } from '../../message/incoming-message';
import { dayWithWeekday, holidayLines, kindName } from '../../reply/calendar-wording';
import { type Block, list, note, paragraph, type Reply, textReply } from '../../reply/reply';
import { refusal } from '../../reply/wording';
import { calendarDay } from '../../time/calendar-day';
import { type HolidayNotice, NoticeError, readHolidayNotice } from '../../time/notice';
import { actorOf, metaOf } from '../access';
import type { CoreDeps } from '../context';

// `日历 导入` + the State Council notice pasted in the same message, or the notice's file sent by an admin:
// the notice is read (src/time/notice) and kept waiting for `日历 导入 确认` — nothing changes before that.
// The reply lists every day off by holiday and every make-up working day, each with its weekday, says what
// confirming would change among the days already set, and carries the confirming button.

export const CONFIRM_IMPORT = '日历 导入 确认';

export function importNotice(text: string, msg: IncomingMessage, deps: CoreDeps, file?: string): Reply {
  if (!actorOf(msg, deps).global) return refusal('只有管理员和秘书处可以导入节假日安排。');
  let notice: HolidayNotice;
  try {
    notice = readHolidayNotice(text);
  } catch (error) {
    if (error instanceof NoticeError)
      return textReply(
        `读不了${file ? `文件 ${file} 里的` : '这份'}通知:${error.message}。没有导入任何内容。`,
        'orange',
      );
    throw error;
  }
  const { year } = notice;
  const thisYear = Number(calendarDay(msg.at, deps.timeZone).slice(0, 4));
  if (year < thisYear)
    return refusal(`这是 ${year} 年的通知,${year} 年已经过去,不必导入。请核对标题里的年份。`);
  if (year > thisYear + 1)
    return refusal(`这是 ${year} 年的通知,比明年(${thisYear + 1} 年)还远。请核对标题里的年份。`);
  if (deps.calendar.yearState(year).source === 'official')
    return textReply(
      `官方数据已包含 ${year} 年的节假日和调休,无需导入;没有导入任何内容。发送“日历 ${year}”可查看。`,
    );

  const days = notice.holidays.flatMap((h) => [
    ...h.off.map((day) => ({ day, kind: 'holiday' as const, name: h.name })),
    ...h.work.map((day) => ({ day, kind: 'workday' as const, name: h.name })),
  ]);
  const before = deps.store.calendarSettings();
  deps.store.importCalendar(metaOf(msg), { year, days, ...(file ? { file } : {}) });

  const blocks: Block[] = [
    paragraph(
      `从${file ? `文件 ${file} 里的` : ''}通知读到 ${year} 年放假 ${notice.off.length} 天、调休上班 ${notice.work.length} 天(确认前不生效):`,
    ),
    list(holidayLines(notice.holidays)),
  ];
  const inNotice = new Map(days.map((d) => [d.day, d.kind]));
  const own = Object.entries(deps.calendar.overrides()).filter(([d]) => d.startsWith(`${year}-`));
  const changed = own.filter(([d, kind]) => inNotice.has(d) && inNotice.get(d) !== kind);
  const kept = own.filter(([d]) => !inNotice.has(d));
  if (changed.length > 0)
    blocks.push(
      note(
        `确认后改按通知:${changed.map(([d, k]) => `${dayWithWeekday(d)} 现为${kindName(k)}`).join('、')}。`,
      ),
    );
  if (kept.length > 0)
    blocks.push(
      note(
        `通知里没有、确认后仍按已设定的:${kept.map(([d, k]) => `${dayWithWeekday(d)} ${kindName(k)}`).join('、')}。`,
      ),
    );
  if (before.pending) blocks.push(note(`这次导入替换了之前待确认的 ${before.pending.year} 年通知。`));
  if (deps.calendar.yearState(year).source === 'notice')
    blocks.push(note(`${year} 年已据通知确认过;确认这次导入后,通知里的日子以这次为准。`));
  blocks.push(
    paragraph(
      `核对无误请发送“${CONFIRM_IMPORT}”(或点下面的按钮)。如有读错,先用“日历 设置 <日期>[至<日期>] 休息日|工作日”或“日历 删除 <日期>”更正,再确认。`,
    ),
    { type: 'actions', actions: [{ label: '确认导入', style: 'primary', command: CONFIRM_IMPORT }] },
  );
  return { title: `${year} 年节假日安排 · 待确认`, colour: 'yellow', blocks };
}
