import { randomUUID } from 'node:crypto';
import type { Pool, QueryResultRow } from 'pg';
import type { Clock } from '../../clock';
import { operatorLine } from '../../files/operator-line';
import type { Logger } from '../../logger';
import type { InboxEntry } from './inbox';
import { type InboxItem, inboxItemSchema, type LegacyMessage } from './inbox-item';
import type { InboxStore } from './inbox-store';

// The inbox in PostgreSQL, shared by every instance behind one webhook URL. An event is claimed by inserting
// its key (INSERT … ON CONFLICT DO NOTHING): whichever instance inserts first works on it, any other copy —
// Lark's retry to either instance — is a duplicate. The claimer holds a lease it renews while alive; an
// instance killed mid-work stops renewing, and once the lease runs out another instance takes its unfinished
// entries over (FOR UPDATE SKIP LOCKED, so two never take the same) and finishes them as replays.

const DEFAULT_LEASE_MS = 10_000;
const DEFAULT_TTL_MS = 12 * 60 * 60 * 1000;
/** Entries taken over per look. */
const ADOPT_BATCH = 100;

interface Row {
  key: string;
  at: string;
  item: unknown;
  done: boolean;
  sent: number[];
}

export class PgInbox implements InboxStore {
  readonly #entries = new Map<string, InboxEntry>();
  readonly #me = randomUUID();
  readonly adoptEveryMs: number;
  #problem: string | undefined;
  readonly #timer: NodeJS.Timeout;
  #adds = 0;

  private constructor(
    private readonly pool: Pool,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly leaseMs: number,
    private readonly ttlMs: number,
  ) {
    this.adoptEveryMs = Math.max(100, Math.floor(leaseMs / 3));
    // The lease is renewed well before it runs out.
    this.#timer = setInterval(() => void this.#renew(), this.adoptEveryMs);
    this.#timer.unref();
  }

  static async open(
    pool: Pool,
    clock: Clock,
    logger: Logger,
    options: { leaseMs?: number; ttlMs?: number } = {},
  ): Promise<PgInbox> {
    const inbox = new PgInbox(
      pool,
      clock,
      logger,
      options.leaseMs ?? DEFAULT_LEASE_MS,
      options.ttlMs ?? DEFAULT_TTL_MS,
    );
    await inbox.#forget();
    return inbox;
  }

  async add(key: string, item: InboxItem | undefined): Promise<boolean> {
    if (this.#entries.has(key)) return false;
    const at = this.clock.now().getTime();
    const { rows } = await this.#query<{ key: string }>(
      `INSERT INTO inbox (key, at, item, done, claimed_by, claimed_until)
       VALUES ($1, $2, $3, $4, $5, now() + $6 * interval '1 millisecond')
       ON CONFLICT (key) DO NOTHING RETURNING key`,
      [key, at, item ? JSON.stringify(item) : null, item === undefined, this.#me, this.leaseMs],
    );
    if (rows.length === 0) return false;
    this.#entries.set(key, {
      key,
      at,
      ...(item ? { item } : {}),
      done: item === undefined,
      sent: new Set(),
      recovered: false,
    });
    this.#adds += 1;
    if (this.#adds % 2000 === 0) void this.#forget();
    return true;
  }

  async markSent(key: string, part: number): Promise<void> {
    this.#entries.get(key)?.sent.add(part);
    await this.#query('UPDATE inbox SET sent = array_append(sent, $2) WHERE key = $1', [key, part]);
  }

  async markDone(key: string): Promise<void> {
    const entry = this.#entries.get(key);
    if (entry) {
      entry.done = true;
      delete entry.item;
      entry.sent.clear();
    }
    await this.#query(
      'UPDATE inbox SET done = true, item = NULL, sent = DEFAULT, claimed_by = NULL, claimed_until = NULL WHERE key = $1',
      [key],
    );
  }

  get(key: string): InboxEntry | undefined {
    return this.#entries.get(key);
  }

  pending(): InboxEntry[] {
    return [...this.#entries.values()].filter((e) => !e.done && e.item !== undefined);
  }

  legacyPending(): (InboxEntry & { legacy: LegacyMessage })[] {
    return [];
  }

  async admitLegacy(): Promise<void> {}

  async adopt(): Promise<InboxEntry[]> {
    const { rows } = await this.#query<Row>(
      `UPDATE inbox SET claimed_by = $1, claimed_until = now() + $2 * interval '1 millisecond'
       WHERE key IN (
         SELECT key FROM inbox WHERE NOT done AND claimed_until < now() ORDER BY at LIMIT ${ADOPT_BATCH}
         FOR UPDATE SKIP LOCKED)
       RETURNING key, at::text AS at, item, done, sent`,
      [this.#me, this.leaseMs],
    );
    const adopted: InboxEntry[] = [];
    for (const row of rows.sort((a, b) => Number(a.at) - Number(b.at))) {
      const item = inboxItemSchema.safeParse(row.item);
      if (!item.success) {
        this.logger.error('inbox.unreadable-entry', { key: row.key });
        await this.markDone(row.key);
        continue;
      }
      const entry: InboxEntry = {
        key: row.key,
        at: Number(row.at),
        item: item.data,
        done: false,
        sent: new Set(row.sent),
        recovered: true,
      };
      this.#entries.set(row.key, entry);
      adopted.push(entry);
    }
    if (adopted.length > 0) this.logger.info('inbox.adopted', { entries: adopted.length });
    return adopted;
  }

  writeProblem(): string | undefined {
    return this.#problem;
  }

  async close(): Promise<void> {
    clearInterval(this.#timer);
  }

  /** Keeps this instance's unfinished entries its own. */
  async #renew(): Promise<void> {
    if (!this.pending().length) return;
    await this.#query(
      `UPDATE inbox SET claimed_until = now() + $2 * interval '1 millisecond' WHERE claimed_by = $1 AND NOT done`,
      [this.#me, this.leaseMs],
    ).catch(() => {});
  }

  /** Handled keys older than the dedupe window (12 h; Lark retries for about 7 h) are forgotten. */
  async #forget(): Promise<void> {
    const horizon = this.clock.now().getTime() - this.ttlMs;
    await this.#query('DELETE FROM inbox WHERE done AND at < $1', [horizon]).catch(() => {});
    for (const [key, entry] of this.#entries) if (entry.done && entry.at < horizon) this.#entries.delete(key);
  }

  async #query<R extends object>(sql: string, values: unknown[]) {
    try {
      const result = await this.pool.query<R & QueryResultRow>(sql, values);
      this.#problem = undefined;
      return result;
    } catch (error) {
      this.#problem = `数据库写入失败: ${operatorLine(error)}`;
      throw error;
    }
  }
}
