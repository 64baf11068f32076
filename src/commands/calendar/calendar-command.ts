import type { IncomingMessage } from '../../message/incoming-message';
import { dateNote, dateRefusal } from '../../reply/date-wording';
import { type Block, paragraph, type Reply, textReply } from '../../reply/reply';
import { calendarDay } from '../../time/calendar-day';
import { readDate } from '../../time/read-date';
import type { CoreDeps } from '../context';
import { defineCommand } from '../define-command';
import { calendarFlags } from './calendar-flags';
import { confirmImport } from './confirm-import';
import { importNotice } from './import-notice';
import { parseDayRange } from './parse-day-range';
import { changeDays, type DaysChange } from './set-days';
import { yearSourceLine, yearView } from './year-view';

// `日历`: the working-day calendar the reminders follow. Anyone may look (`日历`, `日历 <日期>`, `日历 2027`);
// admins and 秘书处 import the State Council's notice for a year chinese-days does not know yet
// (`日历 导入 <通知全文>`, then `日历 导入 确认`) and set or delete days by hand (`日历 设置 …`, `日历 删除 …`).
// Every change is recorded in the store like any other; every reply flags the years not confirmed.

type Args =
  | { kind: 'day'; day?: string; understood?: string }
  | { kind: 'year'; year: number }
  | { kind: 'import'; text: string }
  | { kind: 'confirm' }
  | { kind: 'change'; change: DaysChange };

const HOLIDAY = /^(休息日?|假日|节假日|放假|holiday)$/i;
const WORKDAY = /^(工作日|上班|调休上班|workday)$/i;
const CONFIRM = /^(确认|confirm)$/i;
const SET_USAGE =
  '用法:日历 设置 <日期>[至<日期>] 休息日|工作日 [节日名],例如“日历 设置 2027-02-05至2027-02-13 休息日 春节”。';
const DELETE_USAGE = '用法:日历 删除 <日期>[至<日期>],例如“日历 删除 2027-01-04”。';
const IMPORT_USAGE =
  '用法:把国务院办公厅《关于20XX年部分节假日安排的通知》全文粘贴在“日历 导入”后面,一条消息发送;或由管理员把通知的 .txt/.docx 文件发给我。';

function parseChange(words: string[], msg: IncomingMessage, deps: CoreDeps, set: boolean): Args | Reply {
  const usage = set ? SET_USAGE : DELETE_USAGE;
  const confirmed = words.some((w) => CONFIRM.test(w));
  const text = words.filter((w) => !CONFIRM.test(w)).join(' ');
  if (!text) return textReply(usage);
  const parsed = parseDayRange(text, { now: msg.at, timeZone: deps.timeZone, calendar: deps.calendar });
  if (!parsed.ok) return textReply(`${parsed.reason}${usage}`);
  const after = parsed.rest.split(/\s+/).filter(Boolean);
  const understood = parsed.understood ? { understood: parsed.understood } : {};
  if (!set) {
    if (after.length > 0) return textReply(usage);
    return { kind: 'change', change: { days: parsed.days, confirmed, ...understood } };
  }
  const [valueText, name, ...extra] = after;
  if (!valueText || extra.length > 0) return textReply(usage);
  const value = HOLIDAY.test(valueText) ? 'holiday' : WORKDAY.test(valueText) ? 'workday' : undefined;
  if (!value) return textReply(`“${valueText}”应为 休息日 或 工作日。${usage}`);
  return {
    kind: 'change',
    change: { days: parsed.days, value, ...(name ? { name } : {}), confirmed, ...understood },
  };
}

export const workingCalendarCommand = defineCommand<Args>({
  name: '日历',
  aliases: ['日历', '工作日历', 'calendar'],
  usage:
    '日历 [日期|年份] · 日历 导入 <通知全文> · 日历 导入 确认 · 日历 设置 <日期>[至<日期>] 休息日|工作日 · 日历 删除 <日期>[至<日期>] — 提醒所依据的工作日历(法定节假日、调休)',
  examples: [
    '日历 2027',
    '日历 2026-10-01',
    '日历 导入 国务院办公厅关于2027年部分节假日安排的通知……',
    '日历 设置 2027-01-04 工作日',
  ],
  parse(rest, msg, deps) {
    const importing = /^(?:导入|import)\s*(.*)$/is.exec(rest);
    if (importing) {
      const text = importing[1]!.trim();
      if (CONFIRM.test(text)) return { kind: 'confirm' };
      return text ? { kind: 'import', text } : textReply(IMPORT_USAGE);
    }
    if (/^确认导入$/.test(rest)) return { kind: 'confirm' };
    const words = rest.split(/\s+/).filter(Boolean);
    if (words[0] === '设置' || words[0]?.toLowerCase() === 'set')
      return parseChange(words.slice(1), msg, deps, true);
    if (words[0] === '删除' || words[0]?.toLowerCase() === 'delete')
      return parseChange(words.slice(1), msg, deps, false);
    if (words.length === 0) return { kind: 'day' };
    const year = /^(\d{4})\s*年?$/.exec(rest);
    if (year) return { kind: 'year', year: Number(year[1]) };
    const context = { now: msg.at, timeZone: deps.timeZone, calendar: deps.calendar };
    const day = readDate(words.join(' '), context, { whole: true });
    if (!day.ok) return textReply(dateRefusal(day));
    const understood = dateNote('日期', { ...day, past: false });
    return { kind: 'day', day: day.date, ...(understood ? { understood } : {}) };
  },
  run(args, msg, deps) {
    switch (args.kind) {
      case 'import':
        return importNotice(args.text, msg, deps);
      case 'confirm':
        return confirmImport(msg, deps);
      case 'change':
        return changeDays(args.change, msg, deps);
      case 'year':
        return yearView(args.year, msg.at, deps);
      case 'day':
        return dayView(args.day ?? calendarDay(msg.at, deps.timeZone), msg.at, deps, args.understood);
    }
  },
});

/** How a day counts, where its year's holidays come from, and which years are covered. */
function dayView(day: string, at: Date, deps: CoreDeps, understood?: string): Reply {
  const { calendar } = deps;
  const year = Number(day.slice(0, 4));
  const years = calendar.officialYears;
  const blocks: Block[] = [
    ...(understood ? [paragraph(`${understood}。`)] : []),
    paragraph(`${day}:${calendar.isWorkingDay(day) ? '工作日' : '休息日'}(${calendar.describe(day)})。`),
    paragraph(
      calendar.knowsYear(year)
        ? yearSourceLine(year, deps)
        : `${year} 年未覆盖:官方节假日数据覆盖 ${years[0]}–${years.at(-1)} 年,${year} 年只按周末和设定的日子判断。`,
    ),
    ...calendarFlags(calendarDay(at, deps.timeZone), deps, year),
  ];
  return { title: '工作日历', colour: 'blue', blocks };
}
