import { isoWeekday } from '../time/zoned-time';

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
