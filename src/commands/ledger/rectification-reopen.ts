import { textReply } from '../../reply/reply';
import { notOnRoster, refusal } from '../../reply/wording';
import { actorOf, mayOversee, metaOf } from '../access';
import { words } from '../command-args';
import { defineCommand } from '../define-command';
import { findItem, isItem, itemReply } from './rectification-present';

const USAGE = '整改 重开 <编号> <理由>';

export const rectificationReopenCommand = defineCommand<{ id: string; reason: string }>({
  name: '整改 重开',
  aliases: ['rectify reopen'],
  usage: `${USAGE} — 秘书处或管理员重开已销号的事项(回到整改中,经过保留)`,
  examples: ['整改 重开 ZG-2026-001 复查发现问题未整改到位'],
  parse(rest, _msg, deps) {
    const [word, ...reason] = words(rest);
    const item = findItem(word, deps, USAGE);
    if (!isItem(item)) return item;
    if (reason.length === 0)
      return textReply(`请写上重开理由,例如「整改 重开 ${item.id} 复查发现未整改到位」。`, 'orange');
    return { id: item.id, reason: reason.join(' ') };
  },
  run(args, msg, deps) {
    const actor = actorOf(msg, deps);
    if (!actor.member && !actor.isAdmin) return notOnRoster('重开整改事项');
    if (!mayOversee(actor))
      return refusal(`只有秘书处或管理员可以重开已销号的事项;如 ${args.id} 需要重开,请联系秘书处。`);
    // Only a closed item reopens: the store's rule (item-voided, item-not-closed), worded by the map.
    const updated = deps.store.reopenItem(metaOf(msg), args.id, args.reason);
    return itemReply(`${args.id} 已重开,回到整改中`, updated, msg, deps);
  },
});
