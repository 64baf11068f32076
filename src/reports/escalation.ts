import type { AddressedReply, Block } from '../reply/reply';
import { heading, list, note, paragraph } from '../reply/reply';
import { displayName, type RectificationItem } from '../store';
import { calendarDay, daysBetween } from '../time/zoned-time';
import { divisionOrder } from './division-order';
import { mentionOf } from './mention-of';
import { SECRETARIAT } from './reminder-mentions';
import type { JobDeps } from './report-deps';
import { shortKey } from './short-key';

// 督办: once a week, with the digest (the week's first working day), the items overdue more than 30 days go
// to the secretariat's chat (DIGEST_CHAT_ID), listed by division with the 处长 to chase, @-mentioning the
// secretariat's heads (else its members; else, with no secretariat on the roster, the divisions' heads).

export const ESCALATE_AFTER_DAYS = 30;

/** The weekly escalation at `now`, or undefined when no item is overdue that long. */
export function escalation(now: Date, deps: JobDeps): AddressedReply | undefined {
  const today = calendarDay(now, deps.timeZone);
  const late = deps.store
    .items({ open: true })
    .map((item) => ({ item, days: daysBetween(item.deadline, today) }))
    .filter((x) => x.days > ESCALATE_AFTER_DAYS);
  if (late.length === 0) return undefined;
  const byDivision = new Map<string, { item: RectificationItem; days: number }[]>();
  for (const x of late) byDivision.set(x.item.division, [...(byDivision.get(x.item.division) ?? []), x]);
  const divisions = [...byDivision.keys()].sort(divisionOrder(deps.knowledge));
  const { store } = deps;
  let whom = store.headsOf(SECRETARIAT);
  if (whom.length === 0) whom = store.membersOf(SECRETARIAT);
  if (whom.length === 0) whom = divisions.flatMap((d) => store.headsOf(d));
  const blocks: Block[] = [
    paragraph([
      ...whom.flatMap((m) => [mentionOf(store, m.openId), ' ']),
      `以下 ${late.length} 项整改事项逾期超过 ${ESCALATE_AFTER_DAYS} 天,请督办:`,
    ]),
  ];
  for (const division of divisions) {
    const heads = store.headsOf(division).map((h) => displayName(store, h.openId));
    const items = byDivision.get(division)!.sort((a, b) => b.days - a.days);
    blocks.push(
      heading(`${division}(${items.length} 项,处长:${heads.length > 0 ? heads.join('、') : '未指定'})`),
    );
    blocks.push(
      list(
        items.map(({ item, days }) => [
          { strong: item.id },
          ` ${item.issue}|单位:${item.unit}|期限:${item.deadline}|`,
          { strong: `逾期 ${days} 天` },
        ]),
      ),
    );
  }
  blocks.push(note('每周随周报发送一次;销号、延期或移交后不再列入。'));
  return {
    chatId: deps.digestChatId ?? '',
    key: shortKey('esc', today),
    reply: { title: `整改督办 · 逾期超过 ${ESCALATE_AFTER_DAYS} 天 · ${today}`, colour: 'red', blocks },
  };
}
