import type { IncomingMessage } from '../../message/incoming-message';
import { amountNote, amountRefusal, rectifiedAmountNote } from '../../reply/amount-wording';
import { dateNote, dateRefusal } from '../../reply/date-wording';
import { evidenceKeptText, evidenceMissing } from '../../reply/evidence-wording';
import { readingNote } from '../../reply/reading-note';
import { type Block, note, paragraph, type Reply, textReply } from '../../reply/reply';
import { notOnRoster, refusal } from '../../reply/wording';
import { displayName, rejectedOwnRequest } from '../../store';
import type { RectificationItem } from '../../store/types';
import { readAmount } from '../../text/read-amount';
import { calendarDay } from '../../time/calendar-day';
import { readDate } from '../../time/read-date';
import { rectifiedAmountSaid } from '../../understand/rectified-amount-said';
import { actorOf, mayApprove, metaOf } from '../access';
import { words } from '../command-args';
import type { CoreDeps } from '../context';
import { defineCommand, isReply } from '../define-command';
import { deadlineProblem } from './deadline-rules';
import { unusedEvidence } from './item-evidence';
import { guardSender, isGuarded } from './item-guard';
import { parseItemOptions } from './item-options';
import { nonWorkingDeadlineNote } from './non-working-deadline';
import { recordEvidence } from './record-evidence';
import { findItem, isItem, itemReply, mentionOf } from './rectification-present';
import { rejectRequest } from './reject-request';

// 整改 进展 / 延期 / 销号 / 审核: changes to one item by its division (or 秘书处, admins). A member's 延期 and
// 销号 wait for a reviewer (the division's 处长, 秘书处, admins), whose own apply at once.

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

/** The note that a reviewer's own change settled a member's pending extension. */
function supersededNote(item: RectificationItem, what: string, deps: CoreDeps): Block[] {
  const p = item.pending;
  return p?.kind === 'extension'
    ? [note(`${displayName(deps.store, p.by)} 申请的延期(至 ${p.deadline})随本次${what}不再需要审核。`)]
    : [];
}

const NOTE_USAGE = '整改 进展 <编号> <内容>';
export const rectificationNoteCommand = defineCommand<ItemArgs>({
  name: '整改 进展',
  aliases: ['rectify note'],
  usage: `${NOTE_USAGE} — 记录整改进展`,
  examples: ['整改 进展 ZG-2026-001 已追回资金30万元'],
  parse: (rest, _msg, deps) => parseIdAndText(rest, deps, NOTE_USAGE, '整改进展内容'),
  run(args, msg, deps) {
    // Whether the item still changes (not voided, not closed) is the store's rule: it refuses the note.
    const guarded = guardSender(args.id, msg, deps, '更新该整改事项');
    if (!isGuarded(guarded)) return guarded;
    return itemReply(
      `已记录 ${args.id} 的整改进展`,
      deps.store.noteItem(metaOf(msg), args.id, args.text),
      msg,
      deps,
    );
  },
});

const EXTEND_USAGE = '整改 延期 <编号> <新期限> <理由>';
export const rectificationExtendCommand = defineCommand<
  ItemArgs & { deadline: string; understood: string[] }
>({
  name: '整改 延期',
  aliases: ['rectify extend'],
  usage: `${EXTEND_USAGE} — 延长整改期限(只能延后;成员的延期需处长或秘书处审核,原期限留在记录中)`,
  examples: [
    '整改 延期 ZG-2026-001 2027-03-31 涉及跨年度预算调整',
    '整改 延期 ZG-2026-001 下周五 单位还在整改',
  ],
  parse(rest, msg, deps) {
    const parsed = parseIdAndText(rest, deps, EXTEND_USAGE, '新期限和理由');
    if (isReply(parsed)) return parsed;
    // The new deadline starts the text (`2027-03-31 理由`, `下周五 理由`, `2027 年 3 月 31 日 理由`).
    const date = readDate(parsed.text, { now: msg.at, timeZone: deps.timeZone, calendar: deps.calendar });
    if (!date.ok) return textReply(dateRefusal(date), 'orange');
    // `到明年3月底，资金还在清理`: the mark between the date and the reason is neither.
    const reason = date.rest.replace(/^[\s,，、;；:：。]+/, '');
    if (!reason) return textReply(`请写上延期理由。用法:${EXTEND_USAGE}`, 'orange');
    const understood = [
      dateNote('新期限', { ...date, past: false }),
      nonWorkingDeadlineNote('新期限', date.date, deps.calendar),
    ];
    return {
      id: parsed.id,
      text: reason,
      deadline: date.date,
      understood: understood.filter((u): u is string => u !== undefined),
    };
  },
  run(args, msg, deps) {
    const guarded = guardSender(args.id, msg, deps, '延期该整改事项');
    if (!isGuarded(guarded)) return guarded;
    const { item, actor } = guarded;
    const old = item.deadline;
    // A reviewer whose own extension request was refused asks again like anyone: no one reviews their own.
    const reviewer = mayApprove(actor, item) && !rejectedOwnRequest(item, actor.openId, 'extension');
    // The store's rules first — only later, one request at a time, the item still open — then the day's,
    // which the store cannot know (not in the past, not ten years out).
    const data = { id: args.id, deadline: args.deadline, reason: args.text };
    deps.store.check(metaOf(msg), { type: reviewer ? 'zg.extend' : 'zg.extend.request', data });
    const problem = deadlineProblem(args.deadline, calendarDay(msg.at, deps.timeZone), true);
    if (problem) return refusal(`${problem}。`);
    if (reviewer) {
      const superseded = supersededNote(item, '延期', deps);
      const updated = deps.store.extendItem(metaOf(msg), args.id, args.deadline, args.text);
      return itemReply(`${args.id} 期限由 ${old} 延至 ${args.deadline}`, updated, msg, deps, [
        ...readingNote(args.understood),
        ...superseded,
      ]);
    }
    const updated = deps.store.requestExtension(metaOf(msg), args.id, args.deadline, args.text);
    return itemReply(`${args.id} 已申请延期至 ${args.deadline},待审核`, updated, msg, deps, [
      ...readingNote(args.understood),
      note(
        `审核通过前期限仍为 ${old}。请${item.division}处长或秘书处发「整改 审核 ${args.id} 通过」或「整改 驳回 ${args.id} <理由>」。`,
      ),
    ]);
  },
});

const CLOSE_USAGE = '整改 销号 <编号> <说明> [金额:<整改金额>万元]';
export type CloseArgs = ItemArgs & { amount?: number; understood: string[] };
export const rectificationCloseCommand = defineCommand<CloseArgs>({
  name: '整改 销号',
  aliases: ['rectify close'],
  takesFiles: true,
  usage: `${CLOSE_USAGE} — 整改完成销号(成员销号需处长或秘书处审核)`,
  examples: ['整改 销号 ZG-2026-001 资金已全部收回 金额:30万元'],
  parse(rest, _msg, deps) {
    const parsed = parseIdAndText(rest, deps, CLOSE_USAGE, '销号说明');
    if (isReply(parsed)) return parsed;
    const { free, options } = parseItemOptions(parsed.text, ['amount']);
    if (!free) return textReply(`请写上销号说明。用法:${CLOSE_USAGE}`, 'orange');
    if (!options.amount) {
      // `80万元违规资金已全部追回`: the one amount the note says was recovered is the amount rectified.
      const said = rectifiedAmountSaid(free);
      return said
        ? { id: parsed.id, text: free, amount: said.value, understood: [rectifiedAmountNote(said)] }
        : { id: parsed.id, text: free, understood: [] };
    }
    const amount = readAmount(options.amount, { whole: true });
    if (!amount.ok) return textReply(amountRefusal(amount), 'orange');
    const understood = amountNote('整改金额', amount);
    return { id: parsed.id, text: free, amount: amount.value, understood: understood ? [understood] : [] };
  },
  run: closeItem,
});

/**
 * 销号 with the file the message brought (deps.sentFile), if any: a member's close where evidence is
 * required and no file came waits for one (nothing recorded: the file, when it comes, brings the close
 * with it); otherwise the close is recorded, then its file — and a file that follows within minutes is
 * kept with the item too.
 */
export function closeItem(args: CloseArgs, msg: IncomingMessage, deps: CoreDeps): Reply {
  const guarded = guardSender(args.id, msg, deps, '销号');
  if (!isGuarded(guarded)) return guarded;
  const { item, actor } = guarded;
  // A reviewer whose own close request was refused asks again like anyone: no one reviews their own.
  const direct = mayApprove(actor, item) && !rejectedOwnRequest(item, actor.openId, 'close');
  // Whether the item may be closed now (open, no close waiting) is the store's rule, asked before a file is
  // waited for: a close it would refuse is not remembered.
  deps.store.check(metaOf(msg), {
    type: 'zg.close',
    data: { id: args.id, text: args.text, pending: !direct },
  });
  const file = deps.sentFile;
  // Files sent for the item since its last round of closing (整改 附件 first, then 销号) are this close's.
  const required = !file && !direct && deps.store.evidenceRequired(item.division);
  if (required && unusedEvidence(item).length === 0) {
    const close = { text: args.text, ...(args.amount !== undefined ? { amount: args.amount } : {}) };
    deps.fileIntents.remember(msg.chatId, msg.userId, { kind: 'evidence', itemId: args.id, close }, msg.at);
    return evidenceMissing(args.id);
  }
  const superseded = [...readingNote(args.understood), ...supersededNote(item, '销号', deps)];
  let updated = deps.store.closeItem(metaOf(msg), args.id, args.text, !direct, args.amount);
  if (file) {
    const kept = recordEvidence(args.id, file, undefined, msg, deps);
    if ('item' in kept) {
      updated = kept.item;
      superseded.push(paragraph(evidenceKeptText(args.id, file)));
    } else superseded.push(...kept.blocks);
    deps.fileIntents.forget(msg.chatId, msg.userId);
  } else deps.fileIntents.remember(msg.chatId, msg.userId, { kind: 'evidence', itemId: args.id }, msg.at);
  return direct
    ? itemReply(`${args.id} 已销号`, updated, msg, deps, superseded)
    : itemReply(`${args.id} 已申请销号,待审核`, updated, msg, deps, [
        ...superseded,
        note(
          `请${item.division}处长或秘书处发「整改 审核 ${args.id} 通过」确认销号,或「整改 驳回 ${args.id} <理由>」退回。`,
        ),
      ]);
}

type ReviewArgs = { id: string; verdict: 'approve' | 'reject'; text: string };

const APPROVE_USAGE = '整改 审核 <编号> [通过|同意|可以 [意见]] · 整改 审核 <编号> 驳回 <理由>';
/** How reviewers say yes and no; a no is checked first (不同意 holds 同意). */
const APPROVING = ['通过', '同意', '可以', '批准'];
const VERDICT =
  /^(不通过|不同意|不可以|不予通过|不批准|驳回|退回|通过|同意|可以|批准)(?=$|[\s,,。;;:!!])[\s,,。;;:!!]*(.*)$/s;

export const rectificationApproveCommand = defineCommand<ReviewArgs>({
  name: '整改 审核',
  aliases: ['rectify approve', 'rectify review'],
  usage: `${APPROVE_USAGE} — 处长或秘书处审核成员的销号或延期申请`,
  examples: ['整改 审核 ZG-2026-001 通过', '整改 审核 ZG-2026-001 驳回 佐证材料不全'],
  parse(rest, _msg, deps) {
    const parsed = parseIdAndText(rest, deps, APPROVE_USAGE, undefined);
    if (isReply(parsed)) return parsed;
    if (!parsed.text) return { id: parsed.id, verdict: 'approve', text: '' };
    const m = VERDICT.exec(parsed.text);
    // Anything that is not 通过 must never approve: an unknown word is asked about, never guessed.
    if (!m) {
      return textReply(
        `“${parsed.text}”不是审核结论,没有记录任何内容。审核通过请发「整改 审核 ${parsed.id} 通过」;驳回请发「整改 驳回 ${parsed.id} <理由>」(或「整改 审核 ${parsed.id} 驳回 <理由>」)。`,
        'orange',
      );
    }
    const text = m[2]!.trim();
    if (APPROVING.includes(m[1]!)) return { id: parsed.id, verdict: 'approve', text };
    if (!text) return textReply(`请写上驳回理由,例如「整改 驳回 ${parsed.id} 佐证材料不全」。`, 'orange');
    return { id: parsed.id, verdict: 'reject', text };
  },
  run(args, msg, deps) {
    if (args.verdict === 'reject') return rejectRequest(args.id, args.text, msg, deps);
    return approveRequest(args.id, args.text, msg, deps);
  },
});

/** 审核通过: the pending close closes the item, the pending extension moves its deadline. */
function approveRequest(id: string, comment: string, msg: IncomingMessage, deps: CoreDeps): Reply {
  const actor = actorOf(msg, deps);
  if (!actor.member && !actor.isAdmin) return notOnRoster('审核整改事项');
  const item = deps.store.item(id)!;
  if (!mayApprove(actor, item)) return refusal(`只有${item.division}处长、秘书处或管理员可以审核 ${id}。`);
  // What waits decides what is approved; whether anything waits, and is not the sender's own, is the
  // store's rule: it refuses otherwise, so past the write the request read here was there.
  const pending = item.pending;
  if (pending?.kind !== 'extension') {
    const updated = deps.store.approveItem(metaOf(msg), id, comment || undefined);
    return itemReply(`${id} 审核通过,已销号`, updated, msg, deps, [
      paragraph([mentionOf(pending!.by, deps), ` 您申请的销号已审核通过${comment ? `:${comment}` : ''}。`]),
    ]);
  }
  const requester = mentionOf(pending.by, deps);
  // The store's rules first (not one's own), then the day's: a requested date that has passed meanwhile
  // would approve a deadline already missed.
  deps.store.check(metaOf(msg), { type: 'zg.extend.approve', data: { id, deadline: pending.deadline } });
  const today = calendarDay(msg.at, deps.timeZone);
  if (pending.deadline < today) {
    return refusal(
      `${id} 申请延期至 ${pending.deadline},这一天已经过去(今天 ${today});请「整改 驳回 ${id} <理由>」后由申请人重新申请,或直接「整改 延期 ${id} <新期限> <理由>」。`,
    );
  }
  const old = item.deadline;
  const updated = deps.store.approveExtension(metaOf(msg), id, comment || undefined);
  return itemReply(`${id} 延期审核通过:期限由 ${old} 延至 ${updated.deadline}`, updated, msg, deps, [
    paragraph([requester, ` 您申请的延期已审核通过${comment ? `:${comment}` : ''}。`]),
  ]);
}
