import type { IncomingMessage } from '../../message/incoming-message';
import type { Reply } from '../../reply/reply';
import { notOnRoster, refusal } from '../../reply/wording';
import type { RectificationItem } from '../../store/types';
import { type Actor, actorOf, mayActOnItem } from '../access';
import type { CoreDeps } from '../context';

/**
 * The item and its actor when the sender may act for the item's division (`what`: the change, as the
 * refusal words it): on the roster, of its division, or 秘书处 or an admin; else the reply that says why not.
 * Whether the item's state allows the change is the store's rule: the change itself is refused by it.
 */
export function guardSender(
  id: string,
  msg: IncomingMessage,
  deps: CoreDeps,
  what: string,
): { item: RectificationItem; actor: Actor } | Reply {
  const actor = actorOf(msg, deps);
  if (!actor.member && !actor.isAdmin) return notOnRoster(what);
  const item = deps.store.item(id)!;
  if (!mayActOnItem(actor, item)) {
    return refusal(
      `${id} 由${item.division}跟踪,您在${actor.member?.division},不能${what};请由${item.division}或秘书处操作。`,
    );
  }
  return { item, actor };
}

export function isGuarded(value: { item: RectificationItem; actor: Actor } | Reply): value is {
  item: RectificationItem;
  actor: Actor;
} {
  return 'actor' in value;
}
