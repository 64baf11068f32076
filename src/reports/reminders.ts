import type { AddressedReply, Block, Inline, Line, Reply } from '../reply/reply';
import { heading, list, note, paragraph } from '../reply/reply';
import type { RectificationItem } from '../store';
import { DUE_SOON_WORKING_DAYS, dueSoonUntil, responsibleName } from '../store';
import { calendarDay, daysBetween } from '../time/zoned-time';
import { divisionOrder } from './division-order';
import { reminderMentions } from './reminder-mentions';
import type { JobDeps } from './report-deps';
import { shortKey } from './short-key';

// The daily reminder: on a working day, one message per division to REMINDER_CHAT_ID listing its open
// items that are overdue (red), due within 7 working days (yellow, warningLevel's) or waiting for review (a close or an extension
// asked for), each @-mentioning who must act — someone on the roster now. Items already reminded today are
// left out, so a restart or a second run never repeats them. Voided items are never reminded.

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
  const soonUntil = dueSoonUntil(today, deps.calendar);
  for (const item of deps.store.items({ open: true })) {
    if (done.has(item.id)) continue;
    if (item.deadline > soonUntil && !item.pending) continue;
    const daysLeft = daysBetween(today, item.deadline);
    const list = byDivision.get(item.division) ?? [];
    list.push({ item, daysLeft });
    byDivision.set(item.division, list);
  }
  const divisions = [...byDivision.keys()].sort(divisionOrder(deps.knowledge));
  return divisions.map((division) => {
    const due = byDivision
      .get(division)!
      .sort((a, b) => a.daysLeft - b.daysLeft || a.item.id.localeCompare(b.item.id));
    const line = (d: Due): Line => itemLine(d, reminderMentions(d.item, deps.store), deps);
    const reply = reminderReply(division, today, due, line, deps.actionsFor);
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

function reminderReply(
  division: string,
  today: string,
  due: Due[],
  line: (d: Due) => Line,
  actionsFor?: JobDeps['actionsFor'],
): Reply {
  const review = due.filter((d) => d.item.pending);
  const overdue = due.filter((d) => !d.item.pending && d.daysLeft < 0);
  const soon = due.filter((d) => !d.item.pending && d.daysLeft >= 0);
  const parts: Inline[] = [];
  for (const [n, what] of [
    [overdue.length, '项逾期'],
    [soon.length, `项 ${DUE_SOON_WORKING_DAYS} 个工作日内到期`],
    [review.length, '项待审核'],
  ] as const) {
    if (n === 0) continue;
    if (parts.length > 0) parts.push('、');
    parts.push({ strong: `${n} ${what}` });
  }
  const blocks: Block[] = [paragraph([`${division}今天有 `, ...parts, ' 的整改事项,请抓紧办理。'])];
  let room = MAX_ITEMS_PER_MESSAGE;
  for (const [title, group] of [
    ['🔴 逾期', overdue],
    ['🟡 即将到期', soon],
    ['⏳ 待审核', review],
  ] as const) {
    if (group.length === 0) continue;
    const shown = group.slice(0, Math.max(0, room));
    room -= shown.length;
    blocks.push(heading(`${title}(${group.length} 项)`));
    const more =
      group.length > shown.length
        ? [`另有 ${group.length - shown.length} 条,发送“整改 列表 ${division}”查看`]
        : [];
    if (actionsFor) {
      // Each item with what can be done about it right there: the card is shared, the clicker's rights apply.
      for (const d of shown) {
        blocks.push(paragraph(line(d)));
        const actions = actionsFor(d.item, today);
        if (actions.length > 0) blocks.push({ type: 'actions', actions });
      }
      if (more.length > 0) blocks.push(paragraph(more[0]!));
    } else blocks.push(list([...shown.map(line), ...more]));
  }
  blocks.push(
    note(
      '办结后发送“整改 销号 <编号> <说明>”;需延期发送“整改 延期 <编号> <新期限> <理由>”;审核发送“整改 审核 <编号> 通过”或“整改 驳回 <编号> <理由>”。',
    ),
  );
  return {
    title: `整改提醒 · ${division} · ${today}`,
    colour: overdue.length > 0 ? 'red' : soon.length > 0 ? 'yellow' : 'blue',
    blocks,
  };
}

function itemLine({ item, daysLeft }: Due, mentions: Inline[], deps: JobDeps): Line {
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
  const pending = item.pending;
  if (pending?.kind === 'close') parts.push('|已申请销号,待审核');
  if (pending?.kind === 'extension') parts.push(`|申请延期至 ${pending.deadline},待审核`);
  // A 责任人 who is not the one mentioned (not on the roster) is still named, so the 处长 knows whom to chase.
  const person = responsibleName(item, deps.store);
  const named = mentions.some((m) => typeof m === 'object' && 'mention' in m && m.name === person);
  if (person && !named && !pending) parts.push(`|责任人:${person}`);
  if (mentions.length === 0)
    parts.push(`|⚠️ ${item.division}和秘书处都没有可提醒的成员,请管理员用“成员 添加”补充`);
  mentions.forEach((m) => {
    parts.push(' ', m);
  });
  return parts;
}
