import type { ItemEvent, RectificationItem } from '../../types';
import { ReplayError } from '../replay-error';
import { entryBase } from './entry-base';
import type { ItemChangeRecord } from './item-record';

type ExtensionRecord = Extract<
  ItemChangeRecord,
  { type: 'zg.extend' | 'zg.extend.request' | 'zg.extend.approve' }
>;

/**
 * 延期 applies at once (and settles a member's request it overtakes); 申请延期 waits for review; 批准延期
 * moves the deadline to the one asked for.
 */
export function applyExtension(item: RectificationItem, event: ExtensionRecord): ItemEvent {
  const base = entryBase(event);
  const pending = item.pending;
  switch (event.type) {
    case 'zg.extend': {
      const entry: ItemEvent = {
        ...base,
        kind: '延期',
        text: event.data.reason,
        oldDeadline: item.deadline,
        newDeadline: event.data.deadline,
      };
      item.deadline = event.data.deadline;
      if (pending?.kind === 'extension') delete item.pending;
      return entry;
    }
    case 'zg.extend.request': {
      if (pending || item.status !== '整改中')
        throw new ReplayError(event.seq, event.type, `${item.id} has a pending request or is not 整改中`);
      item.pending = {
        kind: 'extension',
        seq: event.seq,
        at: event.at,
        by: event.by,
        deadline: event.data.deadline,
        reason: event.data.reason,
      };
      return {
        ...base,
        kind: '申请延期',
        text: event.data.reason,
        oldDeadline: item.deadline,
        newDeadline: event.data.deadline,
      };
    }
    case 'zg.extend.approve': {
      if (pending?.kind !== 'extension' || pending.deadline !== event.data.deadline)
        throw new ReplayError(event.seq, event.type, `${item.id} has no matching pending extension`);
      const entry: ItemEvent = {
        ...base,
        kind: '批准延期',
        text: event.data.text ?? '',
        oldDeadline: item.deadline,
        newDeadline: pending.deadline,
        requestedBy: pending.by,
      };
      item.deadline = pending.deadline;
      delete item.pending;
      return entry;
    }
  }
}
