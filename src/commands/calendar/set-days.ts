import type { IncomingMessage } from '../../message/incoming-message';
import { dayWithWeekday, kindName } from '../../reply/calendar-wording';
import { type Block, note, paragraph, type Reply, textReply } from '../../reply/reply';
import { refusal } from '../../reply/wording';
import { calendarDay } from '../../time/calendar-day';
import type { DayKind } from '../../time/working-calendar';
import { actorOf, metaOf } from '../access';
import type { CoreDeps } from '../context';
import { calendarFlags } from './calendar-flags';
import { questionedYear } from './questioned-year';

// `日历 设置 <日期>[至<日期>] 休息日|工作日 [节日名]` and `日历 删除 <日期>[至<日期>]` (admins and 秘书处): days
// set by hand, recorded one by one like any change, followed by the reminders at once. A day of a past year
// or beyond next year is asked about first (`… 确认` does it). A day set or deleted also leaves a notice
// import still waiting for confirmation: the hand's word stands.

export interface DaysChange {
  days: string[];
  /** Absent: delete. */
  value?: DayKind;
  name?: string;
  /** The user confirmed a questioned year. */
  confirmed: boolean;
  /** How a date typed otherwise than as a day was read (`“2027年1月底”按 2027-01-29 理解`). */
  understood?: string;
}

/** `2027-02-05`, or `2027-02-05 至 2027-02-13(共 9 天)`. */
export function rangeText(days: readonly string[]): string {
  return days.length === 1 ? days[0]! : `${days[0]} 至 ${days.at(-1)}(共 ${days.length} 天)`;
}

/** The command that does the same change, confirmed (for the question's button). */
function confirmedCommand(change: DaysChange): string {
  const range = change.days.length === 1 ? change.days[0] : `${change.days[0]}至${change.days.at(-1)}`;
  return change.value
    ? `日历 设置 ${range} ${kindName(change.value)}${change.name ? ` ${change.name}` : ''} 确认`
    : `日历 删除 ${range} 确认`;
}

export function changeDays(change: DaysChange, msg: IncomingMessage, deps: CoreDeps): Reply {
  if (!actorOf(msg, deps).global)
    return refusal(`只有管理员和秘书处可以${change.value ? '设置' : '删除'}工作日历。`);
  const today = calendarDay(msg.at, deps.timeZone);
  const question = change.confirmed ? undefined : questionedYear(change.days, today);
  if (question) {
    const command = confirmedCommand(change);
    return {
      colour: 'orange',
      blocks: [
        paragraph(`${question}没有改动任何日子。`),
        paragraph(
          `如确实要${change.value ? '设置' : '删除'}这${change.days.length > 1 ? '些' : '一'}天,请发送“${command}”。`,
        ),
        { type: 'actions', actions: [{ label: `确认${change.value ? '设置' : '删除'}`, command }] },
      ],
    };
  }
  const pendingDays = new Set(deps.store.calendarSettings().pending?.days.map((d) => d.day));
  const touchesPending = change.days.some((d) => pendingDays.has(d));
  const blocks: Block[] = [];
  if (change.value) {
    const { value: kind, name } = change;
    const names = deps.store.calendarSettings().names;
    const own = deps.calendar.overrides();
    const todo = change.days.filter((d) => own[d] !== kind || names[d] !== name || pendingDays.has(d));
    if (todo.length === 0)
      return textReply(
        `${rangeText(change.days)} 已经是${kindName(kind)}${name ? `(${name})` : ''},无需设置。`,
      );
    for (const day of todo) deps.store.setCalendarDay(metaOf(msg), day, kind, name);
    blocks.push(
      paragraph(
        `已将 ${rangeText(change.days)} 设为${kindName(kind)}${name ? `(${name})` : ''}${change.understood ? `(${change.understood})` : ''},整改提醒和周报从现在起按此执行。`,
      ),
    );
  } else {
    const own = deps.calendar.overrides();
    const todo = change.days.filter((d) => d in own || pendingDays.has(d));
    if (todo.length === 0)
      return textReply(`${rangeText(change.days)} 没有设定过,无需删除;没有改动任何日子。`);
    for (const day of todo) deps.store.unsetCalendarDay(metaOf(msg), day);
    blocks.push(
      paragraph(
        `已删除 ${todo.length} 天的设定,这些日子重新按官方数据或周末计算:${todo
          .map((d) => `${dayWithWeekday(d)} ${deps.calendar.isWorkingDay(d) ? '工作日' : '休息日'}`)
          .join('、')}。`,
      ),
    );
  }
  if (touchesPending)
    blocks.push(
      note(
        change.value
          ? '待确认的通知导入里的这些日子以这次设定为准,确认时不再改动。'
          : '这些日子也从待确认的通知导入里去掉了,确认时不再设定。',
      ),
    );
  blocks.push(...calendarFlags(today, deps, Number(change.days[0]!.slice(0, 4))));
  return { colour: 'green', blocks };
}
