import type { JournalEvent } from '../schemas';

/** A change proposed by a command: the event without the fields the store assigns. */
export type Proposed = {
  [K in JournalEvent['type']]: Pick<Extract<JournalEvent, { type: K }>, 'type' | 'data'>;
}[JournalEvent['type']];

/** A proposed change of one kind. */
export type ProposedOf<K extends JournalEvent['type']> = Extract<Proposed, { type: K }>;

/** Who proposes a change: some rules depend on it (one's own update, one's own request). */
export interface Proposer {
  by: string;
}
