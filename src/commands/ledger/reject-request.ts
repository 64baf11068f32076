import type { IncomingMessage } from '../../message/incoming-message';
import { paragraph, type Reply, textReply } from '../../reply/reply';
import { notOnRoster, refusal } from '../../reply/wording';
import { actorOf, mayApprove, metaOf } from '../access';
import type { CoreDeps } from '../context';
import { closedNote, itemReply, mentionOf, voidedNote } from './rectification-present';

/**
 * 驳回 (`整改 驳回`, `整改 审核 … 驳回`): a reviewer refuses the pending request with a reason — a close goes
 * back to 整改中, an extension is dropped and the deadline stays — and the reply tells the requester.
 */
export function rejectRequest(id: string, reason: string, msg: IncomingMessage, deps: CoreDeps): Reply {
  const actor = actorOf(msg, deps);
  if (!actor.member && !actor.isAdmin) return notOnRoster('审核整改事项');
  const item = deps.store.item(id)!;
  if (item.status === '已作废') return voidedNote(item, deps);
  if (item.status === '已销号') return closedNote(item, deps);
  if (!mayApprove(actor, item))
    return refusal(`只有${item.division}处长、秘书处或管理员可以驳回 ${id} 的申请。`);
  const pending = item.pending;
  if (!pending) {
    return textReply(`${id} 没有待审核的申请(状态:${item.status}),无需驳回。本次未记录任何内容。`, 'orange');
  }
  if (pending.by === actor.openId)
    return refusal(
      `${id} 的${pending.kind === 'close' ? '销号申请' : '延期申请'}是您本人提出的,不能自己驳回;请由${item.division}其他处长或秘书处审核。`,
    );
  const requester = mentionOf(pending.by, deps);
  const updated = deps.store.rejectRequest(metaOf(msg), id, reason);
  if (pending.kind === 'close') {
    return itemReply(`已驳回 ${id} 的销号申请`, updated, msg, deps, [
      paragraph([
        requester,
        ` 您的销号申请被驳回:${reason}。事项回到整改中,整改到位后可再次「整改 销号 ${id} <说明>」。`,
      ]),
    ]);
  }
  return itemReply(`已驳回 ${id} 的延期申请`, updated, msg, deps, [
    paragraph([
      requester,
      ` 您申请延期至 ${pending.deadline} 被驳回:${reason}。期限仍为 ${updated.deadline}。`,
    ]),
  ]);
}
