import { note } from '../../reply/reply';
import { notOnRoster } from '../../reply/wording';
import { calendarDay } from '../../time/calendar-day';
import { actorOf, metaOf } from '../access';
import { words } from '../command-args';
import { defineCommand } from '../define-command';
import { findItem, isItem, itemReply } from './rectification-present';

// 撤回: the person who asked for a close or an extension takes it back before it is reviewed (a slip, or the
// work turned out unfinished). A record of its own, so the trail shows it was withdrawn, by whom, and why —
// not refused by a reviewer. Only the requester may: a reviewer refuses with 驳回.

const USAGE = '整改 撤回 <编号> [理由]';

export const rectificationWithdrawCommand = defineCommand<{ id: string; reason: string }>({
  name: '整改 撤回',
  aliases: ['整改 撤销申请', 'rectify withdraw'],
  usage: `${USAGE} — 申请人撤回自己待审核的销号或延期申请`,
  examples: ['整改 撤回 ZG-2026-001 还有一笔资金未追回'],
  parse(rest, _msg, deps) {
    const [word, ...reason] = words(rest);
    const item = findItem(word, deps, USAGE);
    if (!isItem(item)) return item;
    return { id: item.id, reason: reason.join(' ') };
  },
  run(args, msg, deps) {
    const actor = actorOf(msg, deps);
    if (!actor.member && !actor.isAdmin) return notOnRoster('撤回申请');
    // Whether the item is open and a request waits, and is the sender's, is the store's rule: it refuses
    // otherwise (its refusal is the reply), so past the write the request read here was there.
    const pending = deps.store.item(args.id)!.pending!;
    const updated = deps.store.withdrawRequest(metaOf(msg), args.id, args.reason || undefined);
    const what = pending.kind === 'close' ? '销号申请' : `延期申请(延至 ${pending.deadline})`;
    const after =
      pending.kind === 'close'
        ? `事项回到整改中;整改到位后可再「整改 销号 ${args.id} <说明>」。`
        : `期限仍为 ${updated.deadline};需要时可重新「整改 延期 ${args.id} <新期限> <理由>」。`;
    return itemReply(`已撤回 ${args.id} 的${what}`, updated, msg, deps, [
      note(
        `您于 ${calendarDay(new Date(pending.at), deps.timeZone)} 提出的${what}已撤回,不再等待审核。${after}`,
      ),
    ]);
  },
});
