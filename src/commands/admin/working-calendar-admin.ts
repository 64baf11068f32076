import type { IncomingMessage } from '../../message/incoming-message';
import { dateNote, dateRefusal } from '../../reply/date-wording';
import type { Reply } from '../../reply/reply';
import { textReply } from '../../reply/reply';
import { refusal } from '../../reply/wording';
import { calendarDay } from '../../time/calendar-day';
import { readDate } from '../../time/read-date';
import { actorOf, metaOf } from '../access';
import type { CoreDeps } from '../context';
import { defineCommand } from '../define-command';

// `日历`: the working-day calendar the reminders follow. `日历 设置 <日期> 休息日|工作日` lets admins and
// 秘书处 add days for years chinese-days does not know yet (or correct one); it is recorded in the store like
// any change (who, when, from which message) and the running scheduler follows it at once. `日历 [日期]`
// shows how a day counts and which years are covered.

type Args =
  | { kind: 'show'; day?: string; understood?: string }
  | { kind: 'set'; day: string; value: 'holiday' | 'workday'; understood?: string };

const HOLIDAY = /^(休息日?|假日|节假日|放假|holiday)$/i;
const WORKDAY = /^(工作日|上班|调休上班|workday)$/i;

export const workingCalendarCommand = defineCommand<Args>({
  name: '日历',
  aliases: ['日历', '工作日历', 'calendar'],
  usage: '日历 [日期] · 日历 设置 <日期> 休息日|工作日 — 提醒所依据的工作日历(法定节假日、调休)',
  examples: ['日历 2026-10-01', '日历 设置 2027-01-01 休息日'],
  parse(rest, msg, deps) {
    const words = rest.split(/\s+/).filter(Boolean);
    const context = { now: msg.at, timeZone: deps.timeZone, calendar: deps.calendar };
    if (words[0] === '设置' || words[0] === 'set') {
      const usage = '用法:日历 设置 <日期> 休息日|工作日,例如“日历 设置 2027-01-01 休息日”。';
      const text = words.slice(1).join(' ');
      if (!text) return textReply(usage);
      // The day is whatever date starts the text (`2027年1月底`, `2027 年 2 月 8 日`); the kind follows it.
      const day = readDate(text, context);
      if (!day.ok) return textReply(dateRefusal(day));
      if (!day.rest) return textReply(usage);
      const value = HOLIDAY.test(day.rest) ? 'holiday' : WORKDAY.test(day.rest) ? 'workday' : undefined;
      if (!value) return textReply(`“${day.rest}”应为 休息日 或 工作日。${usage}`);
      return { kind: 'set', day: day.date, value, understood: dateNote('日期', { ...day, past: false }) };
    }
    if (words.length === 0) return { kind: 'show' };
    const day = readDate(words.join(' '), context, { whole: true });
    if (!day.ok) return textReply(dateRefusal(day));
    return { kind: 'show', day: day.date, understood: dateNote('日期', { ...day, past: false }) };
  },
  run(args, msg, deps) {
    return args.kind === 'set'
      ? setDay(args, msg, deps)
      : show(args.day ?? calendarDay(msg.at, deps.timeZone), deps, args.understood);
  },
});

function show(day: string, deps: CoreDeps, understood?: string): Reply {
  const { calendar } = deps;
  const year = Number(day.slice(0, 4));
  const years = calendar.officialYears;
  const lines = [
    ...(understood ? [`${understood}。`] : []),
    `${day}:${calendar.isWorkingDay(day) ? '工作日' : '休息日'}(${calendar.describe(day)})。`,
    `官方节假日数据覆盖 ${years[0]}–${years.at(-1)} 年${calendar.knowsYear(year) ? '' : `;${year} 年未覆盖,只按周末判断,请管理员用“日历 设置”补充`}。`,
  ];
  const own = Object.entries(calendar.overrides()).sort(([a], [b]) => a.localeCompare(b));
  if (own.length > 0)
    lines.push(
      `管理员设定 ${own.length} 天:${own
        .slice(-20)
        .map(([d, k]) => `${d} ${k === 'holiday' ? '休息日' : '工作日'}`)
        .join('、')}`,
    );
  return {
    title: '工作日历',
    colour: 'blue',
    blocks: lines.map((content) => ({ type: 'paragraph', content })),
  };
}

function setDay(args: Extract<Args, { kind: 'set' }>, msg: IncomingMessage, deps: CoreDeps): Reply {
  if (!actorOf(msg, deps).global) return refusal('只有管理员和秘书处可以设置工作日历。');
  deps.store.setCalendarDay(metaOf(msg), args.day, args.value);
  const label = args.value === 'holiday' ? '休息日' : '工作日';
  const understood = args.understood ? `(${args.understood})` : '';
  return textReply(`已将 ${args.day} 设为${label}${understood},整改提醒和周报从现在起按此执行。`, 'green');
}
