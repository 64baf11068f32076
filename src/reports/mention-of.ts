import type { Inline } from '../reply/reply';
import { displayName, type Store } from '../store';

/** An @-mention of a person, with the display name the store knows (none when only the id is known). */
export function mentionOf(store: Pick<Store, 'personName'>, openId: string): Inline {
  const name = displayName(store, openId);
  return name !== openId ? { mention: openId, name } : { mention: openId };
}
