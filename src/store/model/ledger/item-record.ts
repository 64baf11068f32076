import type { JournalEvent } from '../../schemas';

/** A journal record of the ledger (`zg.*`). */
export type ItemRecord = Extract<JournalEvent, { type: `zg.${string}` }>;

/** A ledger record that changes an item already registered. */
export type ItemChangeRecord = Exclude<ItemRecord, { type: 'zg.register' }>;
