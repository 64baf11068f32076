import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { Clock } from '../clock';
import { type Job, jobSchema } from './inbox-item';
import { JsonlWriter } from './jsonl-writer';

// The durable inbox in DATA_DIR/inbox.jsonl: every acknowledged event is written here before the 200,
// with the parts of its reply already sent and when it was done. It doubles as the dedupe record:
// keys are kept at least `ttlMs` (8 h+; Lark retries for about 7 h). The file is append-only and is
// compacted to the live window now and then, so its size follows recent traffic, not history.

export const INBOX_FILE = 'inbox.jsonl';
const DEFAULT_TTL_MS = 12 * 60 * 60 * 1000;

const recordSchema = z.discriminatedUnion('t', [
  z.object({ t: z.literal('in'), k: z.string(), at: z.number(), job: jobSchema.optional() }),
  z.object({ t: z.literal('sent'), k: z.string(), p: z.number().int() }),
  z.object({ t: z.literal('done'), k: z.string() }),
]);
type InboxRecord = z.infer<typeof recordSchema>;

export interface InboxEntry {
  key: string;
  at: number;
  job?: Job;
  done: boolean;
  /** Indexes of the reply parts already accepted by Lark. */
  sent: Set<number>;
}

export class Inbox {
  private readonly entries = new Map<string, InboxEntry>();
  private readonly durable = new Map<string, Promise<void>>();
  private writer!: JsonlWriter;
  private appendedSinceCompaction = 0;

  private constructor(
    private readonly path: string,
    private readonly clock: Clock,
    private readonly ttlMs: number,
  ) {}

  static async open(dir: string, clock: Clock, ttlMs = DEFAULT_TTL_MS): Promise<Inbox> {
    await mkdir(dir, { recursive: true });
    const inbox = new Inbox(join(dir, INBOX_FILE), clock, ttlMs);
    await inbox.load();
    inbox.writer = await JsonlWriter.open(inbox.path, () => inbox.compactIfDue());
    await inbox.compact();
    return inbox;
  }

  /** Whether the key was seen (pending or done) within the dedupe window. */
  has(key: string): boolean {
    return this.entries.has(key);
  }

  /**
   * Records an event; resolves `true` once it is on disk, `false` if it was already there (a retry).
   * A retry that arrives while the first copy is still being written waits for that write.
   */
  async add(key: string, job: Job): Promise<boolean> {
    const existing = this.durable.get(key);
    if (existing) {
      await existing;
      return false;
    }
    if (this.entries.has(key)) return false;
    const at = this.clock.now().getTime();
    this.entries.set(key, { key, at, job, done: false, sent: new Set() });
    const write = this.append({ t: 'in', k: key, at, job });
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
      delete entry.job;
      entry.sent.clear();
    }
    await this.append({ t: 'done', k: key });
  }

  get(key: string): InboxEntry | undefined {
    return this.entries.get(key);
  }

  /** Entries acknowledged but not yet handled, in arrival order. */
  pending(): InboxEntry[] {
    return [...this.entries.values()].filter((e) => !e.done && e.job !== undefined);
  }

  async close(): Promise<void> {
    await this.writer.close();
  }

  private append(record: InboxRecord): Promise<void> {
    this.appendedSinceCompaction += 1;
    return this.writer.append(record);
  }

  private async load(): Promise<void> {
    let text = '';
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    for (const line of text.split('\n')) {
      if (line.trim() === '') continue;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        continue; // a torn last line after a crash mid-write
      }
      const parsed = recordSchema.safeParse(value);
      if (parsed.success) this.apply(parsed.data);
    }
  }

  private apply(record: InboxRecord): void {
    const entry = this.entries.get(record.k);
    if (record.t === 'in') {
      if (entry) return;
      this.entries.set(record.k, {
        key: record.k,
        at: record.at,
        done: record.job === undefined,
        sent: new Set(),
        ...(record.job ? { job: record.job } : {}),
      });
    } else if (record.t === 'sent') {
      entry?.sent.add(record.p);
    } else if (entry) {
      entry.done = true;
      delete entry.job;
    }
  }

  private async compactIfDue(): Promise<void> {
    if (this.appendedSinceCompaction < 2000 + this.entries.size) return;
    await this.compact();
  }

  /** Drops expired handled keys and rewrites the file as one record (or a few) per live entry. */
  private async compact(): Promise<void> {
    const horizon = this.clock.now().getTime() - this.ttlMs;
    const records: InboxRecord[] = [];
    for (const [key, entry] of this.entries) {
      if (entry.done && entry.at < horizon) {
        this.entries.delete(key);
        continue;
      }
      records.push(
        entry.job && !entry.done
          ? { t: 'in', k: key, at: entry.at, job: entry.job }
          : { t: 'in', k: key, at: entry.at },
      );
      if (!entry.done) for (const p of entry.sent) records.push({ t: 'sent', k: key, p });
    }
    await this.writer.rewrite(records);
    this.appendedSinceCompaction = 0;
  }
}
