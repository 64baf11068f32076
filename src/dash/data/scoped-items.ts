import type { RectificationItem, Store } from '../../store';
import { type Viewer, viewerDivision } from '../viewer-of';

/**
 * The ledger items a viewer may see, voided ones included (as `整改 统计` counts them: apart, in nothing
 * else): every item for 秘书处 and admins, their division's for its members; `division` narrows further.
 */
export function scopedItems(store: Store, viewer: Viewer, division?: string): RectificationItem[] {
  const own = viewerDivision(viewer);
  if (own && division && division !== own) return [];
  const only = own ?? division;
  return store.items({ includeVoided: true, ...(only ? { division: only } : {}) });
}
