import type { AddressedReply, Block, Inline, Line, Reply } from '../reply/reply';
import { heading, list, note, paragraph } from '../reply/reply';
import type { RectificationItem } from '../store';
import { DUE_SOON_DAYS } from '../store';
import { calendarDay, daysBetween } from '../time/zoned-time';
import { divisionOrder } from './division-order';
import type { JobDeps } from './report-deps';
import { responsibleMentions } from './responsible-mention';
import { shortKey } from './short-key';

// The daily reminder: on a working day, one message per division to REMINDER_CHAT_ID listing its open
// items that are overdue (red) or due within 7 days (yellow), each @-mentioning who must act. Items
// already reminded today are left out, so a restart or a second run never repeats them.

/** Items listed in one message; the rest are counted (a division's message stays one readable card). */
export const MAX_ITEMS_PER_MESSAGE = 40;

interface Due {
  item: RectificationItem;
  /** Calendar days to the deadline; negative when overdue. */
  daysLeft: number;
}

export interface ReminderBatch {
  reply: AddressedReply;
  division: string;
  itemIds: string[];
}

/** The reminders due at `now`, with the item ids each one covers (to record them as sent). */
export function reminderBatches(now: Date, deps: JobDeps): ReminderBatch[] {
  const today = calendarDay(now, deps.timeZone);
  if (!deps.calendar.isWorkingDay(today)) return [];
  const done = deps.remindedOn?.(today) ?? new Set<string>();
  const byDivision = new Map<string, Due[]>();
  for (const item of deps.store.items({ open: true })) {
    if (done.has(item.id)) continue;
    const daysLeft = daysBetween(today, item.deadline);
    if (daysLeft > DUE_SOON_DAYS) continue;
    const list = byDivision.get(item.division) ?? [];
    list.push({ item, daysLeft });
    byDivision.set(item.division, list);
  }
  const roster = deps.store.members();
  const divisions = [...byDivision.keys()].sort(divisionOrder(deps.knowledge));
  return divisions.map((division) => {
    const due = byDivision
      .get(division)!
      .sort((a, b) => a.daysLeft - b.daysLeft || a.item.id.localeCompare(b.item.id));
    // An item awaiting confirmation (待审核) needs the 处长, not the person who asked to close it.
    const whom = (item: RectificationItem): Inline[] =>
      item.status === '待审核'
        ? deps.store
            .headsOf(item.division)
            .map((h) => (h.name ? { mention: h.openId, name: h.name } : { mention: h.openId }))
        : responsibleMentions(item, deps.store, roster);
    const line = (d: Due): Line => itemLine(d, whom(d.item));
    const reply = reminderReply(division, today, due, line);
    const itemIds = due.map((d) => d.item.id);
    return {
      division,
      itemIds,
      reply: { chatId: deps.reminderChatId ?? '', reply, key: shortKey('rem', today, division, ...itemIds) },
    };
  });
}

/** The reminders due at `now`: a pure function of the store, the calendar and the instant. */
export function reminders(now: Date, deps: JobDeps): AddressedReply[] {
  return reminderBatches(now, deps).map((b) => b.reply);
}

function reminderReply(division: string, today: string, due: Due[], line: (d: Due) => Line): Reply {
  const overdue = due.filter((d) => d.daysLeft < 0);
  const soon = due.filter((d) => d.daysLeft >= 0);
  const summary: Inline[] = [`${division}今天有 `];
  if (overdue.length > 0) summary.push({ strong: `${overdue.length} 项逾期` });
  if (overdue.length > 0 && soon.length > 0) summary.push('、');
  if (soon.length > 0) summary.push({ strong: `${soon.length} 项 ${DUE_SOON_DAYS} 天内到期` });
  summary.push(' 的整改事项,请抓紧办理。');
  const blocks: Block[] = [paragraph(summary)];
  let room = MAX_ITEMS_PER_MESSAGE;
  for (const [title, group] of [
    ['🔴 逾期', overdue],
    ['🟡 即将到期', soon],
  ] as const) {
    if (group.length === 0) continue;
    const shown = group.slice(0, Math.max(0, room));
    room -= shown.length;
    blocks.push(heading(`${title}(${group.length} 项)`));
    const lines = shown.map(line);
    if (group.length > shown.length)
      lines.push(`另有 ${group.length - shown.length} 条,发送“整改 列表 ${division}”查看`);
    blocks.push(list(lines));
  }
  blocks.push(note('办结后发送“整改 销号 <编号> <说明>”;需延期发送“整改 延期 <编号> <新期限> <理由>”。'));
  return {
    title: `整改提醒 · ${division} · ${today}`,
    colour: overdue.length > 0 ? 'red' : 'yellow',
    blocks,
  };
}

function itemLine({ item, daysLeft }: Due, mentions: Inline[]): Line {
  const when =
    daysLeft < 0
      ? { strong: `已逾期 ${-daysLeft} 天` }
      : daysLeft === 0
        ? { strong: '今天到期' }
        : `还剩 ${daysLeft} 天`;
  const parts: Inline[] = [
    { strong: item.id },
    ` ${item.issue}|单位:${item.unit}|期限:${item.deadline}|`,
    when,
  ];
  if (item.status === '待审核') parts.push('|已申请销号,待处长审核');
  if (mentions.length > 0) {
    parts.push(' ');
    mentions.forEach((m, i) => {
      if (i > 0) parts.push(' ');
      parts.push(m);
    });
  } else if (item.responsible) {
    parts.push(`|责任人:${item.responsible}`);
  }
  return parts;
}
