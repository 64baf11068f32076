import { dayWithWeekday } from '../../reply/calendar-wording';
import { type Block, type Line, list, note, paragraph, type Reply } from '../../reply/reply';
import { displayName } from '../../store';
import { calendarDay } from '../../time/calendar-day';
import type { SpecialDay } from '../../time/working-calendar';
import type { CoreDeps } from '../context';
import { calendarFlags } from './calendar-flags';

// `日历 2027`: a year as the reminders see it — where its holidays come from (official data, a confirmed
// notice: when and by whom, or not confirmed), its days off by holiday, its make-up working days, and the
// days set by hand.

/** Days grouped by the holiday they belong to, in calendar order of each group's first day. */
function byHoliday(days: readonly SpecialDay[], unnamed: string): string[] {
  const groups = new Map<string, string[]>();
  for (const d of days) {
    const name = d.name ?? unnamed;
    groups.set(name, [...(groups.get(name) ?? []), dayWithWeekday(d.day)]);
  }
  return [...groups].map(([name, ds]) => `${name}(${ds.length} 天):${ds.join('、')}`);
}

/** The source of a year's holidays, in one line. */
export function yearSourceLine(year: number, deps: Pick<CoreDeps, 'calendar' | 'store' | 'timeZone'>): Line {
  const state = deps.calendar.yearState(year);
  if (state.source === 'official') return `${year} 年的节假日来源:官方数据(chinese-days)。`;
  if (state.source === 'notice')
    return `${year} 年的节假日来源:据通知导入(国务院办公厅),${calendarDay(new Date(state.at), deps.timeZone)} 由 ${displayName(deps.store, state.by)} 确认。`;
  return [`${year} 年的节假日来源:`, { strong: '未确认' }, '。'];
}

export function yearView(year: number, at: Date, deps: CoreDeps, lead?: string): Reply {
  const { off, work } = deps.calendar.yearDays(year);
  const state = deps.calendar.yearState(year);
  const blocks: Block[] = [];
  if (lead) blocks.push(paragraph(lead));
  blocks.push(paragraph(yearSourceLine(year, deps)));
  const named = off.filter((d) => d.name || !d.own);
  const ownOff = off.filter((d) => !d.name && d.own);
  blocks.push(
    paragraph(
      off.length + work.length > 0
        ? `放假 ${off.length} 天,调休上班 ${work.length} 天:`
        : '还没有任何节假日或调休,只按周末判断。',
    ),
  );
  if (named.length > 0) blocks.push(list(byHoliday(named, '法定节假日')));
  if (ownOff.length > 0) blocks.push(list(byHoliday(ownOff, '本局设定的休息日')));
  if (work.length > 0)
    blocks.push(
      list([`调休上班:${work.map((d) => `${dayWithWeekday(d.day)}${d.name ? d.name : ''}`).join('、')}`]),
    );
  const pending = deps.store.calendarSettings().pending;
  if (pending?.year === year && state.source !== 'unconfirmed')
    blocks.push(note(`另有 ${year} 年的通知已导入、尚待确认:发送“日历 导入 确认”后以通知为准。`));
  blocks.push(...calendarFlags(calendarDay(at, deps.timeZone), deps, year));
  blocks.push(note('更正:日历 设置 <日期>[至<日期>] 休息日|工作日 · 日历 删除 <日期>[至<日期>]'));
  return {
    title: `${year} 年工作日历`,
    colour: state.source === 'unconfirmed' ? 'orange' : 'blue',
    blocks,
  };
}
