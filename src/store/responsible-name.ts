import type { Store } from './store';
import type { RectificationItem } from './types';

/**
 * An item's 责任人 as shown: the person's known name when they were @-mentioned (or the text is their id),
 * else the text as typed; undefined when none was given.
 */
export function responsibleName(
  item: Pick<RectificationItem, 'responsible' | 'responsibleId'>,
  store: Pick<Store, 'personName'>,
): string | undefined {
  if (item.responsibleId)
    return store.personName(item.responsibleId) ?? item.responsible ?? item.responsibleId;
  const text = item.responsible?.trim();
  if (!text) return undefined;
  return store.personName(text) ?? text;
}
