import { type Block, type Colour, list, note, type Reply, textReply } from '../reply/reply';
import { normaliseItemId } from '../store/item-id';
import type { RectificationItem } from '../store/types';
import { warningLevel } from '../store/warning-level';
import { calendarDay } from '../time/calendar-day';
import type { CoreDeps } from './context';

// How ledger items read in chat, and how an item id in a command is found.

const WARNING_COLOUR: Record<string, Colour> = { red: 'red', yellow: 'yellow', green: 'green' };

export function warningText(item: RectificationItem, today: string): string {
  if (item.status === '已销号') return '已销号';
  const w = warningLevel(item.deadline, today);
  if (w.colour === 'red') return `逾期 ${-w.daysLeft} 天`;
  if (w.colour === 'yellow') return w.daysLeft === 0 ? '今天到期' : `${w.daysLeft} 天后到期`;
  return `剩 ${w.daysLeft} 天`;
}

export function itemColour(item: RectificationItem, today: string): Colour {
  return item.status === '已销号' ? 'grey' : WARNING_COLOUR[warningLevel(item.deadline, today).colour]!;
}

/** `[逾期] ZG-2026-001 问题 — 单位,期限 2026-06-30(逾期 5 天),社保处,整改中` */
export function itemLine(item: RectificationItem, today: string): string {
  const tag = item.status === '已销号' ? '' : `[${warningLevel(item.deadline, today).label}] `;
  const who = item.responsible ? `,责任人 ${item.responsible}` : '';
  return `${tag}${item.id} ${item.issue} — ${item.unit},期限 ${item.deadline}(${warningText(item, today)}),${item.division}${who},${item.status}`;
}

export function itemReply(
  title: string,
  item: RectificationItem,
  now: Date,
  deps: CoreDeps,
  extra: Block[] = [],
): Reply {
  const name = (id: string) => deps.store.member(id)?.name ?? id;
  const today = calendarDay(now, deps.timeZone);
  const fields = [
    { label: '编号', value: item.id },
    { label: '问题', value: item.issue },
    { label: '责任单位', value: item.unit },
    ...(item.responsible ? [{ label: '责任人', value: item.responsible }] : []),
    { label: '跟踪处室', value: item.division },
    ...(item.taskId ? [{ label: '关联任务', value: item.taskId }] : []),
    { label: '期限', value: `${item.deadline}(${warningText(item, today)})` },
    { label: '状态', value: item.status },
  ];
  const history = item.history.map((h) => {
    const change = h.kind === '延期' ? `${h.oldDeadline} → ${h.newDeadline},` : '';
    const body = `${change}${h.text}`;
    return `${calendarDay(new Date(h.at), deps.timeZone)} ${h.kind} ${name(h.by)}${body ? `:${body}` : ''}`;
  });
  return {
    title,
    colour: itemColour(item, today),
    blocks: [{ type: 'fields', fields }, { type: 'heading', content: '经过' }, list(history), ...extra],
  };
}

/** The item a word names, or a reply saying what is wrong. */
export function findItem(word: string | undefined, deps: CoreDeps, usage: string): RectificationItem | Reply {
  if (!word) return textReply(`用法:${usage}`, 'orange');
  const id = normaliseItemId(word);
  if (!id) return textReply(`“${word}”不是整改编号,编号形如 ZG-2026-001。用法:${usage}`, 'orange');
  const item = deps.store.item(id);
  return item ?? textReply(`没有编号为 ${id} 的整改事项。可以发「整改 列表 全部」查看。`, 'orange');
}

export function isItem(value: RectificationItem | Reply): value is RectificationItem {
  return 'id' in value;
}

export const closedNote = (item: RectificationItem, deps: CoreDeps): Reply =>
  textReply(
    `${item.id} 已于 ${calendarDay(new Date(item.closedAt ?? item.registeredAt), deps.timeZone)} 销号,不能再更改。`,
    'orange',
  );

export { note };
