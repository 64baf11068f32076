import { type Colour, list, note, type Reply, textReply } from '../reply/reply';
import type { RectificationItem } from '../store/types';
import { warningLevel } from '../store/warning-level';
import { calendarDay } from '../time/calendar-day';
import { actorOf, rosterDivisions } from './access';
import { paginate, takePage } from './command-args';
import type { CoreDeps } from './context';
import { defineCommand } from './define-command';
import { itemLine } from './rectification-present';

const PAGE_SIZE = 20;

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
): Reply {
  const { slice, page: p, pages } = paginate(items, page, PAGE_SIZE);
  const red = items.filter((i) => warningLevel(i.deadline, today).colour === 'red').length;
  const yellow = items.filter((i) => warningLevel(i.deadline, today).colour === 'yellow').length;
  const colour: Colour = red > 0 ? 'red' : yellow > 0 ? 'yellow' : 'green';
  return {
    title,
    colour,
    blocks: [
      list(slice.map((i) => itemLine(i, today))),
      note(
        `共 ${items.length} 项(逾期 ${red}、7 天内到期 ${yellow}),第 ${p}/${pages} 页${p < pages ? `;下一页:${more} 第${p + 1}页` : ''}`,
      ),
    ],
  };
}

export const rectificationListCommand = defineCommand<{ division?: string; page: number }>({
  name: '整改 列表',
  aliases: ['rectify list'],
  usage: '整改 列表 [处室|全部] [第N页] — 未销号的整改事项,最急的在前',
  examples: ['整改 列表', '整改 列表 社保处', '整改 列表 全部'],
  parse(rest, msg, deps: CoreDeps) {
    const { page, rest: what } = takePage(rest);
    if (what === '全部' || what === 'all') return { page };
    if (!what) {
      const own = actorOf(msg, deps).member?.division;
      return own && own !== '秘书处' ? { division: own, page } : { page };
    }
    const division = deps.knowledge.resolveDivision(what);
    if (!division || division.external) {
      return textReply(`没有“${what}”这个处室。可写:全部、${rosterDivisions(deps).join('、')}。`, 'orange');
    }
    return { division: division.name, page };
  },
  run(args, msg, deps) {
    const items = deps.store
      .items({ open: true, ...(args.division ? { division: args.division } : {}) })
      .sort(byUrgency);
    const scope = args.division ?? '全部';
    if (items.length === 0) return textReply(`${args.division ?? '目前全局'}没有未销号的整改事项。`, 'green');
    const today = calendarDay(msg.at, deps.timeZone);
    return listReply(`未销号整改事项(${scope})`, items, args.page, `整改 列表 ${scope}`, today);
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
      .filter((i) => warningLevel(i.deadline, today).colour === 'red')
      .sort(byUrgency);
    if (items.length === 0) return textReply('目前没有逾期的整改事项。', 'green');
    return listReply('逾期整改事项', items, args.page, '整改 逾期', today);
  },
});
