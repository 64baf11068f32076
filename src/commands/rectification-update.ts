import { note, type Reply, textReply } from '../reply/reply';
import { notOnRoster, refusal } from '../reply/wording';
import type { RectificationItem } from '../store/types';
import { actorOf, mayActOnItem, mayApprove, metaOf } from './access';
import { words } from './command-args';
import type { CoreDeps, IncomingMessage } from './context';
import { defineCommand } from './define-command';
import { dateHelp, parseDate } from './parse-date';
import { closedNote, findItem, isItem, itemReply } from './rectification-present';

// 整改 进展 / 延期 / 销号 / 审核: changes to one item by its division (or 秘书处, admins).

interface ItemArgs {
  id: string;
  text: string;
}

/** `<编号> <rest>` → the item id and the rest, or a reply. */
function parseIdAndText(
  rest: string,
  deps: CoreDeps,
  usage: string,
  needText: string | undefined,
): ItemArgs | Reply {
  const [word, ...tail] = words(rest);
  const item = findItem(word, deps, usage);
  if (!isItem(item)) return item;
  const text = tail.join(' ');
  if (needText && !text) return textReply(`请写上${needText}。用法:${usage}`, 'orange');
  return { id: item.id, text };
}

/** The item if this actor may change it, else a refusal. */
function guard(id: string, msg: IncomingMessage, deps: CoreDeps, what: string): RectificationItem | Reply {
  const actor = actorOf(msg, deps);
  if (!actor.member && !actor.isAdmin) return notOnRoster(what);
  const item = deps.store.item(id)!;
  if (item.status === '已销号') return closedNote(item, deps);
  if (!mayActOnItem(actor, item)) {
    return refusal(
      `${id} 由${item.division}跟踪,您在${actor.member?.division},不能${what};请由${item.division}或秘书处操作。`,
    );
  }
  return item;
}

const NOTE_USAGE = '整改 进展 <编号> <内容>';
export const rectificationNoteCommand = defineCommand<ItemArgs>({
  name: '整改 进展',
  aliases: ['rectify note'],
  usage: `${NOTE_USAGE} — 记录整改进展`,
  examples: ['整改 进展 ZG-2026-001 已追回资金30万元'],
  parse: (rest, _msg, deps) => parseIdAndText(rest, deps, NOTE_USAGE, '整改进展内容'),
  run(args, msg, deps) {
    const item = guard(args.id, msg, deps, '更新该整改事项');
    if (!isItem(item)) return item;
    return itemReply(
      `已记录 ${args.id} 的整改进展`,
      deps.store.noteItem(metaOf(msg), args.id, args.text),
      msg.at,
      deps,
    );
  },
});

const EXTEND_USAGE = '整改 延期 <编号> <新期限> <理由>';
export const rectificationExtendCommand = defineCommand<ItemArgs & { deadline: string }>({
  name: '整改 延期',
  aliases: ['rectify extend'],
  usage: `${EXTEND_USAGE} — 延长整改期限(原期限留在记录中)`,
  examples: ['整改 延期 ZG-2026-001 2027-03-31 涉及跨年度预算调整'],
  parse(rest, msg, deps) {
    const parsed = parseIdAndText(rest, deps, EXTEND_USAGE, '新期限和理由');
    if (isReplyLike(parsed)) return parsed;
    const [dateWord, ...reason] = words(parsed.text);
    const date = parseDate(dateWord ?? '', msg.at, deps.timeZone);
    if (!date.ok) return textReply(dateHelp(date.reason), 'orange');
    if (reason.length === 0) return textReply(`请写上延期理由。用法:${EXTEND_USAGE}`, 'orange');
    return { id: parsed.id, text: reason.join(' '), deadline: date.date };
  },
  run(args, msg, deps) {
    const item = guard(args.id, msg, deps, '延期该整改事项');
    if (!isItem(item)) return item;
    const old = item.deadline;
    const updated = deps.store.extendItem(metaOf(msg), args.id, args.deadline, args.text);
    return itemReply(`${args.id} 期限由 ${old} 延至 ${args.deadline}`, updated, msg.at, deps);
  },
});

const CLOSE_USAGE = '整改 销号 <编号> <说明>';
export const rectificationCloseCommand = defineCommand<ItemArgs>({
  name: '整改 销号',
  aliases: ['rectify close'],
  usage: `${CLOSE_USAGE} — 整改完成销号(成员销号需处长或秘书处审核)`,
  examples: ['整改 销号 ZG-2026-001 资金已全部收回'],
  parse: (rest, _msg, deps) => parseIdAndText(rest, deps, CLOSE_USAGE, '销号说明'),
  run(args, msg, deps) {
    const item = guard(args.id, msg, deps, '销号');
    if (!isItem(item)) return item;
    const actor = actorOf(msg, deps);
    const direct = mayApprove(actor, item);
    if (!direct && item.status === '待审核') {
      return textReply(
        `${args.id} 已申请销号,正等待${item.division}处长或秘书处「整改 审核 ${args.id}」。`,
        'orange',
      );
    }
    const updated = deps.store.closeItem(metaOf(msg), args.id, args.text, !direct);
    return direct
      ? itemReply(`${args.id} 已销号`, updated, msg.at, deps)
      : itemReply(`${args.id} 已申请销号,待审核`, updated, msg.at, deps, [
          note(`请${item.division}处长或秘书处发「整改 审核 ${args.id}」确认销号。`),
        ]);
  },
});

const APPROVE_USAGE = '整改 审核 <编号>';
export const rectificationApproveCommand = defineCommand<ItemArgs>({
  name: '整改 审核',
  aliases: ['rectify approve'],
  usage: `${APPROVE_USAGE} — 处长或秘书处确认成员的销号申请`,
  examples: ['整改 审核 ZG-2026-001'],
  parse: (rest, _msg, deps) => parseIdAndText(rest, deps, APPROVE_USAGE, undefined),
  run(args, msg, deps) {
    const actor = actorOf(msg, deps);
    if (!actor.member && !actor.isAdmin) return notOnRoster('审核销号');
    const item = deps.store.item(args.id)!;
    if (item.status === '已销号') return closedNote(item, deps);
    if (!mayApprove(actor, item)) {
      return refusal(`只有${item.division}处长、秘书处或管理员可以审核 ${args.id} 的销号。`);
    }
    if (item.status !== '待审核') {
      return textReply(
        `${args.id} 还没有人申请销号(状态:${item.status})。处长可直接「整改 销号 ${args.id} <说明>」。`,
        'orange',
      );
    }
    return itemReply(
      `${args.id} 审核通过,已销号`,
      deps.store.approveItem(metaOf(msg), args.id),
      msg.at,
      deps,
    );
  },
});

function isReplyLike(value: ItemArgs | Reply): value is Reply {
  return 'blocks' in value;
}
