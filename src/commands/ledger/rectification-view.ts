import type { Reply } from '../../reply/reply';
import { list, note, textReply } from '../../reply/reply';
import { dueSoonUntil } from '../../store/due-soon-until';
import { normaliseItemId } from '../../store/item-id';
import type { RectificationItem } from '../../store/types';
import { calendarDay } from '../../time/calendar-day';
import { paginate, takePage, words } from '../command-args';
import type { CoreDeps } from '../context';
import { defineCommand } from '../define-command';
import { findItem, historyLine, isItem, itemLine, itemReply } from './rectification-present';
import { sameOriginal } from './same-original';

const USAGE = '整改 查看 <编号> [经过] [第N页]';
const HISTORY_PAGE = 20;

export const rectificationViewCommand = defineCommand<{ id: string; history: boolean; page: number }>({
  name: '整改 查看',
  aliases: ['rectify show'],
  usage: `${USAGE} — 一个整改事项的详情和最近经过;加“经过”看全部经过`,
  examples: ['整改 查看 ZG-2026-001', '整改 查看 ZG-2026-001 经过'],
  parse(rest, msg, deps) {
    const { page, rest: what } = takePage(rest);
    const [word, ...tail] = words(what);
    const item = byOriginal(word, msg.at, deps) ?? findItem(word, deps, USAGE);
    if (!isItem(item)) return item;
    const extra = tail.join('');
    if (extra && !/^(经过|历史|全部经过|history)$/.test(extra))
      return textReply(`看不懂“${extra}”。用法:${USAGE}`, 'orange');
    return { id: item.id, history: extra !== '', page };
  },
  run(args, msg, deps) {
    const item = deps.store.item(args.id)!;
    if (!args.history) return itemReply(`整改事项 ${args.id}`, item, msg, deps);
    const { slice, page, pages } = paginate(item.history, args.page, HISTORY_PAGE);
    const next = page < pages ? `;下一页:整改 查看 ${args.id} 经过 第${page + 1}页` : '';
    return {
      title: `整改事项 ${args.id} 的经过(${item.status})`,
      blocks: [
        list(slice.map((h) => historyLine(h, deps.store, deps.timeZone))),
        note(`共 ${item.history.length} 条,第 ${page}/${pages} 页,最早的在前${next}`),
      ],
    };
  },
});

/**
 * The item a workbook's own number (原编号) names, when the word is no bot id: the one item, or a list of the
 * items that share it (each sheet may number from 1); undefined when none has it.
 */
function byOriginal(
  word: string | undefined,
  at: Date,
  deps: CoreDeps,
): RectificationItem | Reply | undefined {
  if (!word || normaliseItemId(word)) return undefined;
  const found = deps.store.items().filter((i) => sameOriginal(i.original, word));
  if (found.length === 0) return undefined;
  if (found.length === 1) return found[0];
  const today = calendarDay(at, deps.timeZone);
  return {
    title: `原编号 ${word} 对应 ${found.length} 项,请用编号查看`,
    colour: 'orange',
    blocks: [list(found.map((i) => itemLine(i, today, dueSoonUntil(today, deps.calendar), deps.store)))],
  };
}
