import type { InboxEntry } from './inbox';
import type { InboxItem, LegacyMessage } from './inbox-item';

// What the worker keeps its inbox in: the file in DATA_DIR (one instance), or a table every instance shares.

export interface InboxStore {
  /** Records an event; `true` once durable and this instance's to work on, `false` if seen before. */
  add(key: string, item: InboxItem | undefined): Promise<boolean>;
  markSent(key: string, part: number): Promise<void>;
  markDone(key: string): Promise<void>;
  get(key: string): InboxEntry | undefined;
  /** This instance's entries acknowledged but not yet handled, in arrival order. */
  pending(): InboxEntry[];
  legacyPending(): (InboxEntry & { legacy: LegacyMessage })[];
  admitLegacy(key: string, item: InboxItem): Promise<void>;
  /**
   * Entries another instance acknowledged and did not finish (its lease ran out: it died), now this
   * instance's. Only a shared inbox has it.
   */
  adopt?(): Promise<InboxEntry[]>;
  /** How often the worker asks `adopt` (ms). */
  readonly adoptEveryMs?: number;
  writeProblem(): string | undefined;
  close(): Promise<void>;
}
