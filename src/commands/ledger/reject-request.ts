import type { IncomingMessage } from '../../message/incoming-message';
import { paragraph, type Reply } from '../../reply/reply';
import { notOnRoster, refusal } from '../../reply/wording';
import { actorOf, mayApprove, metaOf } from '../access';
import type { CoreDeps } from '../context';
import { itemReply, mentionOf } from './rectification-present';

/**
 * 驳回 (`整改 驳回`, `整改 审核 … 驳回`): a reviewer refuses the pending request with a reason — a close goes
 * back to 整改中, an extension is dropped and the deadline stays — and the reply tells the requester.
 */
export function rejectRequest(id: string, reason: string, msg: IncomingMessage, deps: CoreDeps): Reply {
  const actor = actorOf(msg, deps);
  if (!actor.member && !actor.isAdmin) return notOnRoster('审核整改事项');
  const item = deps.store.item(id)!;
  if (!mayApprove(actor, item))
    return refusal(`只有${item.division}处长、秘书处或管理员可以驳回 ${id} 的申请。`);
  // Whether a request waits, and is not the sender's own, is the store's rule: it refuses otherwise, so
  // past the write the request read here was there.
  const pending = item.pending!;
  const updated = deps.store.rejectRequest(metaOf(msg), id, reason);
  const requester = mentionOf(pending.by, deps);
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
