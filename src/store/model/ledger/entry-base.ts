import type { JournalEvent } from '../../schemas';
import type { ItemEvent } from '../../types';

/** The fields every history entry takes from its record. */
export function entryBase(event: JournalEvent): Pick<ItemEvent, 'seq' | 'at' | 'by' | 'messageId'> {
  return { seq: event.seq, at: event.at, by: event.by, ...(event.msg ? { messageId: event.msg } : {}) };
}
