import { textReply } from '../../reply/reply';
import { notOnRoster, refusal } from '../../reply/wording';
import { calendarDay } from '../../time/calendar-day';
import { actorOf, mayVoid, metaOf } from '../access';
import { words } from '../command-args';
import { defineCommand } from '../define-command';
import { findItem, isItem, itemReply } from './rectification-present';

const USAGE = '整改 作废 <编号> <理由>';

export const rectificationVoidCommand = defineCommand<{ id: string; reason: string }>({
  name: '整改 作废',
  aliases: ['rectify void'],
  usage: `${USAGE} — 作废误登记的事项(登记人当天,或秘书处、管理员;留痕,不再计入列表、统计和提醒)`,
  examples: ['整改 作废 ZG-2026-003 与 ZG-2026-002 重复登记'],
  parse(rest, _msg, deps) {
    const [word, ...reason] = words(rest);
    const item = findItem(word, deps, USAGE);
    if (!isItem(item)) return item;
    if (reason.length === 0)
      return textReply(`请写上作废理由,例如「整改 作废 ${item.id} 重复登记」。`, 'orange');
    return { id: item.id, reason: reason.join(' ') };
  },
  run(args, msg, deps) {
    const actor = actorOf(msg, deps);
    if (!actor.member && !actor.isAdmin) return notOnRoster('作废整改事项');
    const item = deps.store.item(args.id)!;
    const today = calendarDay(msg.at, deps.timeZone);
    if (!mayVoid(actor, item, today, deps.timeZone)) {
      return refusal(
        item.registeredBy === actor.openId
          ? `${args.id} 不是今天登记的,登记人只能在登记当天作废;请联系秘书处。`
          : `只有登记人(当天)或秘书处、管理员可以作废 ${args.id}。`,
      );
    }
    // An item voided already is the store's refusal (item-voided), worded by the map.
    const updated = deps.store.voidItem(metaOf(msg), args.id, args.reason);
    return itemReply(`${args.id} 已作废`, updated, msg, deps, []);
  },
});
