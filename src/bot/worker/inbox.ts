import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Clock } from '../../clock';
import { JsonlFile } from '../../files/jsonl-file';
import { operatorLine } from '../../files/operator-line';
import { readJsonl } from '../../files/read-jsonl';
import type { Logger } from '../../logger';
import { type InboxItem, inboxItemSchema, type LegacyMessage, legacyMessageSchema } from './inbox-item';

// The durable inbox in DATA_DIR/inbox.jsonl: every acknowledged event is written (and fdatasync'ed) here
// before the acknowledgement, with the parts of its reply already sent and when it was done. It doubles as
// the dedupe record: keys are kept at least `ttlMs` (12 h; Lark retries for about 7 h). The file is
// append-only and compacted now and then to the live window, so its size follows recent traffic, not history.
// A torn last line is set aside at open; any other unreadable line stops the start, naming file and line.

export const INBOX_FILE = 'inbox.jsonl';
const DEFAULT_TTL_MS = 12 * 60 * 60 * 1000;

const storedItem = z.union([legacyMessageSchema, inboxItemSchema]);
const recordSchema = z.discriminatedUnion('t', [
  z.object({ t: z.literal('in'), k: z.string(), at: z.number(), job: storedItem.optional() }),
  /** A legacy entry admitted again: from now on it holds this item. */
  z.object({ t: z.literal('item'), k: z.string(), job: inboxItemSchema }),
  z.object({ t: z.literal('sent'), k: z.string(), p: z.number().int() }),
  z.object({ t: z.literal('done'), k: z.string() }),
]);
type InboxRecord = z.infer<typeof recordSchema>;

export interface InboxEntry {
  key: string;
  at: number;
  item?: InboxItem;
  /** Kept by an earlier version, raw: to be admitted again before it is worked on. */
  legacy?: LegacyMessage;
  done: boolean;
  /** Indexes of the reply parts already accepted by Lark. */
  sent: Set<number>;
  /** Loaded from disk at start: the work may have been done (or half done) before a restart. */
  recovered: boolean;
}

export class Inbox {
  private readonly entries = new Map<string, InboxEntry>();
  private readonly durable = new Map<string, Promise<void>>();
  private file!: JsonlFile;
  private appendedSinceCompaction = 0;
  private compacting: Promise<void> | undefined;
  #unwritten: InboxRecord[] = [];
  #problem: string | undefined;
  #retrying: Promise<void> | undefined;

  private constructor(
    private readonly path: string,
    private readonly clock: Clock,
    private readonly ttlMs: number,
  ) {}

  static async open(
    dir: string,
    clock: Clock,
    options: { ttlMs?: number; fsync?: boolean; logger?: Logger } = {},
  ): Promise<Inbox> {
    mkdirSync(dir, { recursive: true });
    const inbox = new Inbox(join(dir, INBOX_FILE), clock, options.ttlMs ?? DEFAULT_TTL_MS);
    inbox.file = JsonlFile.open(inbox.path, {
      fsync: options.fsync ?? true,
      onTorn: (info) => options.logger?.warn('inbox.torn-tail', info),
    });
    const contents = readJsonl(inbox.path, (value) => recordSchema.parse(value));
    if (contents.torn !== undefined) inbox.file.cutBackTo(contents.validBytes);
    for (const record of contents.items) inbox.apply(record);
    await inbox.compact();
    return inbox;
  }

  /** Whether the key was seen (pending or done) within the dedupe window. */
  has(key: string): boolean {
    return this.entries.has(key);
  }

  /**
   * Records an event; resolves `true` once it is on disk, `false` if it was already there (a retry). A
   * retry that arrives while the first copy is still being written waits for that write. Without an item
   * the key is recorded as done at once (an event acknowledged but not worked on).
   */
  async add(key: string, item: InboxItem | undefined): Promise<boolean> {
    const existing = this.durable.get(key);
    if (existing) {
      await existing;
      return false;
    }
    if (this.entries.has(key)) return false;
    const at = this.clock.now().getTime();
    this.entries.set(key, {
      key,
      at,
      ...(item ? { item } : {}),
      done: item === undefined,
      sent: new Set(),
      recovered: false,
    });
    const write = this.append(item ? { t: 'in', k: key, at, job: item } : { t: 'in', k: key, at });
    this.durable.set(key, write);
    try {
      await write;
    } catch (error) {
      // Not durable: forget it so Lark's retry (we answer non-200) gets a fresh chance.
      this.entries.delete(key);
      throw error;
    } finally {
      this.durable.delete(key);
    }
    return true;
  }

  async markSent(key: string, part: number): Promise<void> {
    this.entries.get(key)?.sent.add(part);
    await this.append({ t: 'sent', k: key, p: part });
  }

  async markDone(key: string): Promise<void> {
    const entry = this.entries.get(key);
    if (entry) {
      entry.done = true;
      delete entry.item;
      entry.sent.clear();
    }
    await this.append({ t: 'done', k: key });
  }

  get(key: string): InboxEntry | undefined {
    return this.entries.get(key);
  }

  /** Entries acknowledged but not yet handled, in arrival order. */
  pending(): InboxEntry[] {
    return [...this.entries.values()].filter((e) => !e.done && e.item !== undefined);
  }

  /** Pending entries an earlier version kept raw. */
  legacyPending(): (InboxEntry & { legacy: LegacyMessage })[] {
    return [...this.entries.values()].filter(
      (e): e is InboxEntry & { legacy: LegacyMessage } => !e.done && e.legacy !== undefined,
    );
  }

  /** Gives a legacy entry the item it was admitted as (durably). */
  async admitLegacy(key: string, item: InboxItem): Promise<void> {
    const entry = this.entries.get(key);
    if (!entry) return;
    entry.item = item;
    delete entry.legacy;
    await this.append({ t: 'item', k: key, job: item });
  }

  async close(): Promise<void> {
    await this.compacting;
    await this.file.close();
  }

  /** Why records cannot be written right now (a full disk), while some wait to be. */
  writeProblem(): string | undefined {
    if (this.#unwritten.length === 0) return undefined;
    this.#retrying ??= this.retryUnwritten();
    return this.#problem;
  }

  /** Writes again what a failed write left in memory (a `sent` or `done` must reach the file). */
  async retryUnwritten(): Promise<void> {
    try {
      await this.append(undefined);
    } catch {
      // Still failing: kept for the next write.
    } finally {
      this.#retrying = undefined;
    }
  }

  /**
   * Appends a record. A new event (`in`) that cannot be written throws (the door then does not acknowledge
   * it); a `sent`, `done` or `item` that cannot be is kept in memory and written with the next record, so a
   * full disk never makes a restart redo what was done.
   */
  private async append(record: InboxRecord | undefined): Promise<void> {
    await this.compacting;
    this.appendedSinceCompaction += 1;
    if (this.appendedSinceCompaction >= 2000 + this.entries.size) {
      this.appendedSinceCompaction = 0;
      this.compacting = this.compact()
        .then(() => {
          this.#unwritten = [];
        })
        .catch((error: unknown) => {
          this.#problem = operatorLine(error);
        })
        .finally(() => {
          this.compacting = undefined;
        });
      await this.compacting;
    }
    const owed = this.#unwritten.splice(0);
    const records = record ? [...owed, record] : owed;
    if (records.length === 0) return;
    try {
      await this.file.append(records.map((r) => `${JSON.stringify(r)}\n`).join(''));
      this.#problem = undefined;
    } catch (error) {
      this.#problem = operatorLine(error);
      this.#unwritten.unshift(...owed);
      if (record && record.t !== 'in') this.#unwritten.push(record);
      if (!record || record.t === 'in') throw error;
    }
  }

  private apply(record: InboxRecord): void {
    const entry = this.entries.get(record.k);
    if (record.t === 'in') {
      if (entry) return;
      const job = record.job;
      this.entries.set(record.k, {
        key: record.k,
        at: record.at,
        done: job === undefined,
        sent: new Set(),
        recovered: true,
        ...(job && 'content' in job ? { legacy: job } : job ? { item: job } : {}),
      });
    } else if (record.t === 'item') {
      if (entry) {
        entry.item = record.job;
        delete entry.legacy;
      }
    } else if (record.t === 'sent') {
      entry?.sent.add(record.p);
    } else if (entry) {
      entry.done = true;
      delete entry.item;
      delete entry.legacy;
    }
  }

  /** Drops expired handled keys and rewrites the file (durably) as one record (or a few) per live entry. */
  private async compact(): Promise<void> {
    const horizon = this.clock.now().getTime() - this.ttlMs;
    const records: InboxRecord[] = [];
    for (const [key, entry] of this.entries) {
      if (entry.done && entry.at < horizon) {
        this.entries.delete(key);
        continue;
      }
      const job = entry.done ? undefined : (entry.item ?? entry.legacy);
      records.push(job ? { t: 'in', k: key, at: entry.at, job } : { t: 'in', k: key, at: entry.at });
      if (!entry.done) for (const p of entry.sent) records.push({ t: 'sent', k: key, p });
    }
    await this.file.rewrite(records.map((r) => `${JSON.stringify(r)}\n`).join(''));
  }
}
