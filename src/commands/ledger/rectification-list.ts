import { type Colour, list, note, type Reply, textReply } from '../../reply/reply';
import { isOverdue } from '../../reports/ledger-stats';
import { targetLabel } from '../../reports/target-label';
import { dueSoonUntil } from '../../store/due-soon-until';
import type { RectificationItem } from '../../store/types';
import { DUE_SOON_WORKING_DAYS, warningLevel } from '../../store/warning-level';
import { calendarDay } from '../../time/calendar-day';
import { actorOf, enrollableUnit, enrollableUnits, SECRETARIAT } from '../access';
import { paginate, takePage, words } from '../command-args';
import type { CoreDeps } from '../context';
import { defineCommand } from '../define-command';
import { planLabels, taskRef } from '../plan-labels';
import { taskOfWord } from '../task-of-word';
import { parseItemOptions } from './item-options';
import { itemLine } from './rectification-present';
import { sameOriginal } from './same-original';

const PAGE_SIZE = 20;
const USAGE =
  '整改 列表 [处室|全部] [已销号|已作废] [单位:<单位>] [任务:<编号>] [原编号:<台账原编号>] [年份] [第N页]';

/** Open items, most urgent first: overdue, then due soonest. */
function byUrgency(a: RectificationItem, b: RectificationItem): number {
  return a.deadline === b.deadline ? (a.id < b.id ? -1 : 1) : a.deadline < b.deadline ? -1 : 1;
}

function listReply(
  title: string,
  items: RectificationItem[],
  page: number,
  more: string,
  today: string,
  deps: CoreDeps,
): Reply {
  const { slice, page: p, pages } = paginate(items, page, PAGE_SIZE);
  const open = items.filter((i) => i.status === '整改中' || i.status === '待审核');
  const soonUntil = dueSoonUntil(today, deps.calendar);
  const colourOf = (i: RectificationItem) => warningLevel(i.deadline, today, soonUntil).colour;
  const red = open.filter((i) => colourOf(i) === 'red').length;
  const yellow = open.filter((i) => colourOf(i) === 'yellow').length;
  const colour: Colour = open.length === 0 ? 'grey' : red > 0 ? 'red' : yellow > 0 ? 'yellow' : 'green';
  const counts = open.length > 0 ? `(逾期 ${red}、${DUE_SOON_WORKING_DAYS} 个工作日内到期 ${yellow})` : '';
  return {
    title,
    colour,
    blocks: [
      list(slice.map((i) => itemLine(i, today, soonUntil, deps.store))),
      note(
        `共 ${items.length} 项${counts},第 ${p}/${pages} 页${p < pages ? `;下一页:${more} 第${p + 1}页` : ''}`,
      ),
    ],
  };
}

interface ListArgs {
  division?: string;
  status: 'open' | '已销号' | '已作废';
  unit?: string;
  taskId?: string;
  /** 原编号: the number an imported item had in the bureau's own workbook. */
  original?: string;
  year?: string;
  page: number;
}

export const rectificationListCommand = defineCommand<ListArgs>({
  name: '整改 列表',
  aliases: ['rectify list'],
  usage: `${USAGE} — 整改事项(默认本处未销号的,最急的在前)`,
  examples: ['整改 列表', '整改 列表 社保处', '整改 列表 全部 已销号 2026', '整改 列表 单位:市社保中心'],
  parse(rest, msg, deps: CoreDeps) {
    const { page, rest: what } = takePage(rest);
    const { free, options } = parseItemOptions(what, ['unit', 'task', 'original']);
    const args: ListArgs = { status: 'open', page };
    let all = false;
    for (const word of words(free)) {
      const year = /^(\d{4})年?$/.exec(word);
      if (year) args.year = year[1]!;
      else if (word === '全部' || word === 'all') all = true;
      else if (word === '已销号' || word === '已作废') args.status = word;
      else if (word === '未销号') args.status = 'open';
      else {
        const division = enrollableUnit(word, deps);
        if (!division)
          return textReply(
            `没有“${word}”这个处室。可写:全部、已销号、已作废、年份,或处室:${enrollableUnits(deps).join('、')}。用法:${USAGE}`,
            'orange',
          );
        args.division = division.name;
      }
    }
    if (options.unit) args.unit = options.unit;
    if (options.original) args.original = options.original;
    if (options.task) {
      const task = taskOfWord(options.task, deps);
      if (!task.ok) return task.reply;
      args.taskId = task.id;
    }
    // With no scope given, a member sees their own division; 秘书处 and others see all.
    if (!args.division && !all && !args.unit && !args.taskId && !args.original) {
      const own = actorOf(msg, deps).member?.division;
      if (own && own !== SECRETARIAT) args.division = own;
    }
    return args;
  },
  run(args, msg, deps) {
    // A number of the bureau's own workbook names an item whatever its state: all but voided ones are searched.
    const anyState = args.original !== undefined && args.status === 'open';
    const query = anyState ? {} : args.status === 'open' ? { open: true } : { status: args.status };
    const items = deps.store
      .items({ ...query, ...(args.division ? { division: args.division } : {}) })
      .filter(
        (i) =>
          (!args.unit || i.unit.includes(args.unit)) &&
          (!args.original || sameOriginal(i.original, args.original)) &&
          (!args.taskId || (i.taskId === args.taskId && (i.plan ?? deps.plans.legacy.id) === deps.plan.id)) &&
          (!args.year || i.id.startsWith(`ZG-${args.year}-`)),
      );
    if (args.status === 'open') items.sort(byUrgency);
    const kind = anyState ? '' : args.status === 'open' ? '未销号' : args.status;
    const scope = [
      args.division ?? '全部',
      args.unit && `单位含“${args.unit}”`,
      args.taskId &&
        `任务 ${targetLabel({ kind: 'task', id: args.taskId, plan: deps.plan.id }, planLabels(deps))}`,
      args.original && `原编号 ${args.original}`,
      args.year && `${args.year} 年登记`,
    ]
      .filter(Boolean)
      .join(' · ');
    if (items.length === 0) return textReply(`没有${kind}的整改事项(${scope})。`, 'green');
    const today = calendarDay(msg.at, deps.timeZone);
    const more = [
      '整改 列表',
      args.division ?? '全部',
      args.status === 'open' ? '' : args.status,
      args.unit ? `单位:${args.unit}` : '',
      args.taskId ? `任务:${taskRef(args.taskId, deps)}` : '',
      args.original ? `原编号:${args.original}` : '',
      args.year ?? '',
    ]
      .filter(Boolean)
      .join(' ');
    return listReply(`${kind}整改事项(${scope})`, items, args.page, more, today, deps);
  },
});

export const rectificationOverdueCommand = defineCommand<{ page: number }>({
  name: '整改 逾期',
  aliases: ['rectify overdue'],
  usage: '整改 逾期 [第N页] — 已过期限仍未销号的整改事项',
  examples: ['整改 逾期'],
  parse: (rest) => ({ page: takePage(rest).page }),
  run(args, msg, deps) {
    const today = calendarDay(msg.at, deps.timeZone);
    const items = deps.store
      .items({ open: true })
      .filter((i) => isOverdue(i, today))
      .sort(byUrgency);
    if (items.length === 0) return textReply('目前没有逾期的整改事项。', 'green');
    return listReply('逾期整改事项', items, args.page, '整改 逾期', today, deps);
  },
});
