import { isoWeekday } from '../time/zoned-time';
import type { Inline } from './reply';

// How the calendar's days read, in one place: `2027-02-06(周六)`, a holiday's days off and make-up days.

const WEEKDAY = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'];

/** `2027-02-06(周六)`. */
export function dayWithWeekday(day: string): string {
  return `${day}(${WEEKDAY[isoWeekday(day)]})`;
}

/** `休息日` / `工作日`. */
export function kindName(kind: 'holiday' | 'workday'): string {
  return kind === 'holiday' ? '休息日' : '工作日';
}

/** One line per holiday: `春节:放假 9 天 2027-02-05(周五)、…;调休上班 2027-02-14(周日)、2027-02-20(周六)`. */
export function holidayLines(holidays: readonly { name: string; off: string[]; work: string[] }[]): string[] {
  return holidays.map((h) => {
    const parts = [];
    if (h.off.length > 0) parts.push(`放假 ${h.off.length} 天 ${h.off.map(dayWithWeekday).join('、')}`);
    if (h.work.length > 0) parts.push(`调休上班 ${h.work.map(dayWithWeekday).join('、')}`);
    return `${h.name}:${parts.join(';')}`;
  });
}

/**
 * `⚠ 2027 年的节假日安排未确认:…` with what to send: the notice, or its confirmation when it waits.
 * `ownDays`: the days set by hand in that year, which are all the reminders know of it.
 */
export function unconfirmedLine(year: number, waiting: boolean, ownDays: number): Inline[] {
  const head = { strong: `⚠ ${year} 年的节假日安排未确认` };
  if (waiting)
    return [head, ':通知已导入,尚待确认。管理员或秘书处发送“日历 导入 确认”后,整改提醒和周报按通知执行。'];
  return [
    head,
    `:整改提醒和周报只按周末${ownDays > 0 ? `和已设定的 ${ownDays} 天` : ''}判断,不知道法定节假日和调休。请管理员或秘书处发送“日历 导入”加国务院办公厅《关于${year}年部分节假日安排的通知》全文,确认后生效。`,
  ];
}
