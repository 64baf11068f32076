import type { IncomingMessage } from '../../message/incoming-message';
import { evidenceAlreadyKept, evidenceKeptText } from '../../reply/evidence-wording';
import { paragraph, type Reply } from '../../reply/reply';
import { notOnRoster, refusal } from '../../reply/wording';
import type { RectificationItem } from '../../store/types';
import { actorOf, mayActOnItem, metaOf } from '../access';
import type { CoreDeps } from '../context';
import type { KeptFile } from '../files/kept-file';
import { itemEvidence } from './item-evidence';
import { itemReply } from './rectification-present';

// A file kept with an item (佐证材料), inside the message's transaction: its bytes are in the blobs
// already. Only the item's division, 秘书处 and admins add files (anyone else's are refused, unrecorded);
// a closed item still takes one (the slip that came after), a voided one none (the store's refusal,
// item-voided, worded by the map); the same file twice is kept once.

/** The record made, or the reply that says why not; `extra`: what else the reply says. */
export function recordEvidence(
  itemId: string,
  file: KeptFile,
  text: string | undefined,
  msg: IncomingMessage,
  deps: CoreDeps,
): { item: RectificationItem; reply: Reply } | Reply {
  const actor = actorOf(msg, deps);
  if (!actor.member && !actor.isAdmin) return notOnRoster('发送佐证材料');
  const item = deps.store.item(itemId);
  if (!item) return refusal(`整改事项 ${itemId} 不存在,`);
  if (!mayActOnItem(actor, item))
    return refusal(
      `${itemId} 由${item.division}跟踪,您在${actor.member?.division},不能为它添加佐证材料;请由${item.division}或秘书处发送。`,
    );
  const same = itemEvidence(item).find((h) => h.file.sha256 === file.sha256);
  if (same) return evidenceAlreadyKept(itemId, same.file.name);
  const updated = deps.store.addEvidence(metaOf(msg), itemId, { ...file, ...(text ? { text } : {}) });
  return {
    item: updated,
    reply: itemReply(`${itemId} 已收到佐证材料`, updated, msg, deps, [
      paragraph(evidenceKeptText(itemId, file)),
    ]),
  };
}
