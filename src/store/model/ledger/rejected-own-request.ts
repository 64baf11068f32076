import type { RectificationItem } from '../../types';

/**
 * Whether `by`'s own request of this kind on the item was the last one decided, and was refused: deciding it
 * again themselves (a direct 销号 or 延期 after being promoted) would be reviewing their own request. It
 * stands until someone else decides (closes, approves, extends) or the item is reopened.
 */
export function rejectedOwnRequest(
  item: RectificationItem,
  by: string,
  kind: 'close' | 'extension',
): boolean {
  const refused = kind === 'close' ? '驳回销号' : '驳回延期';
  const settled = kind === 'close' ? ['销号', '审核通过', '重开'] : ['延期', '批准延期'];
  for (let i = item.history.length - 1; i >= 0; i -= 1) {
    const event = item.history[i]!;
    if (event.kind === refused) return event.requestedBy === by;
    if (settled.includes(event.kind)) return false;
  }
  return false;
}
