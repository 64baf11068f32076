import type { RectificationItem } from '../../types';

/** 整改中 or 待审核: still to be rectified. */
export function isOpen(item: RectificationItem): boolean {
  return item.status === '整改中' || item.status === '待审核';
}
