import type { Pool, PoolClient } from 'pg';
import { operatorLine } from '../../files/operator-line';
import type { Logger } from '../../logger';
import { chainHash, GENESIS_HASH } from '../file/journal';
import type { ModelSnapshot } from '../model/snapshot/model-snapshot';
import { STATE_MODEL_VERSION } from '../model/snapshot/model-version';
import type { LazyConcern, Persistence } from '../model-store';
import { type JournalEvent, journalRecordSchema } from '../schemas';
import { StateModel } from '../state-model';
import { StoreWriteError } from '../store-errors';
import { LOCK } from './pg-schema';

// The PostgreSQL backend's persistence: the hash-chained journal is a table, and the state derived from it
// lives in memory per instance (reads stay synchronous). Several instances may share one database: a write
// turn takes the journal's advisory lock in a database transaction, first applies what other instances
// appended since this one last looked, and appends its records before the lock is released with the commit.
// A start does not read the whole journal: it loads the latest snapshot of the state its model version took
// (state_snapshot), checks that its record is the journal's at that seq (same hash), and applies only the
// records after it. A snapshot of another version, or not matching, is ignored (logged) and taken again.

/** Outcomes kept in memory for replays; older ones are looked up by the message's id. */
const REMEMBERED_OUTCOMES = 10_000;
/** Records read per query when catching up. */
const CATCH_UP_PAGE = 5000;
/** Records inserted per statement by a bulk import. */
const IMPORT_BATCH = 2000;
/** Records applied since the last snapshot after which a running instance keeps another (~0.15 s to replay). */
export const SNAPSHOT_EVERY = 1000;
/** Records applied since the last snapshot after which a store being closed keeps another. */
export const SNAPSHOT_AT_CLOSE = 100;

export interface JournalRow {
  seq: number;
  prev: string;
  hash: string;
  /** The record's fields as written, `prev` included: the text the hash covers. */
  record: string;
}

/** The row an event appended after `prev` is kept as. */
export function journalRow(event: JournalEvent, prev: string): JournalRow {
  const record = JSON.stringify({ ...event, prev });
  return { seq: event.seq, prev, hash: chainHash(prev, record), record };
}

/** The event a row holds (checked: a row the reader would refuse stops the start, naming it). */
export function rowEvent(row: JournalRow): JournalEvent {
  const read = journalRecordSchema.safeParse(JSON.parse(row.record));
  if (!read.success)
    throw new Error(`数据库日志第 ${row.seq} 条记录无效: ${read.error.issues[0]?.message ?? ''}`);
  return read.data;
}

export const SELECT_ROWS = 'SELECT seq::int AS seq, prev, hash, record::text AS record FROM journal';

export async function insertRows(client: PoolClient, rows: readonly JournalRow[]): Promise<void> {
  await client.query(
    `INSERT INTO journal (seq, prev, hash, msg, type, record)
     SELECT seq, prev, hash, record::json ->> 'msg', record::json ->> 'type', record::json
     FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[]) AS r(seq, prev, hash, record)`,
    [rows.map((r) => r.seq), rows.map((r) => r.prev), rows.map((r) => r.hash), rows.map((r) => r.record)],
  );
}

export class PgBackend implements Persistence {
  readonly kind = 'postgres' as const;
  #model = new StateModel();
  #seq = 0;
  #hash = GENESIS_HASH;
  readonly #outcomes = new Map<string, unknown>();
  /** The connection of the open write turn (holding the journal lock). */
  #turn: PoolClient | undefined;
  #problem: string | undefined;
  /** The seq of the latest snapshot of the state known to be kept (this version's). */
  #snapshotSeq = 0;

  private constructor(
    private readonly pool: Pool,
    private readonly logger: Logger,
    private readonly readOnly: boolean,
  ) {}

  /**
   * Opens on a migrated database: the latest snapshot of the state is loaded and the records after it
   * applied (a snapshot is kept again when many were). A read-only store writes no snapshot.
   */
  static async open(pool: Pool, logger: Logger, options: { readOnly?: boolean } = {}): Promise<PgBackend> {
    const backend = new PgBackend(pool, logger, options.readOnly === true);
    await backend.#loadSnapshot();
    await backend.refresh();
    if (backend.snapshotDue()) await backend.takeSnapshot();
    return backend;
  }

  /** The model from this version's snapshot, when its record is the journal's; else it is left empty. */
  async #loadSnapshot(): Promise<void> {
    const ignored = (reason: string, fields: Record<string, unknown> = {}) =>
      this.logger.warn('store.snapshot-ignored', { reason, ...fields, effect: '从日志重建状态' });
    let row: { seq: number; hash: string; state: string } | undefined;
    try {
      ({
        rows: [row],
      } = await this.pool.query<{ seq: number; hash: string; state: string }>(
        'SELECT seq::int AS seq, hash, state FROM state_snapshot WHERE model_version = $1',
        [STATE_MODEL_VERSION],
      ));
    } catch (error) {
      ignored('快照无法读取', { error: operatorLine(error) });
      return;
    }
    if (!row) return;
    const { rows } = await this.pool.query<{ hash: string }>('SELECT hash FROM journal WHERE seq = $1', [
      row.seq,
    ]);
    if (rows[0]?.hash !== row.hash) {
      ignored('快照与日志不符', { seq: row.seq });
      return;
    }
    let model: StateModel;
    try {
      model = StateModel.fromSnapshot(JSON.parse(row.state) as ModelSnapshot);
    } catch (error) {
      ignored('快照无法解析', { seq: row.seq, error: operatorLine(error) });
      return;
    }
    this.#model = model;
    this.#seq = row.seq;
    this.#hash = row.hash;
    this.#snapshotSeq = row.seq;
  }

  snapshotDue(): boolean {
    return !this.readOnly && this.#seq - this.#snapshotSeq >= SNAPSHOT_EVERY;
  }

  /**
   * Keeps this version's snapshot of the state at the last record applied, unless one as recent is kept
   * already (another instance's). No lock is needed: the state after a record is the same in every instance,
   * a later snapshot is never replaced by an earlier one, and a start checks the record's hash.
   */
  async takeSnapshot(): Promise<void> {
    if (this.readOnly || this.#turn || this.#seq <= this.#snapshotSeq) return;
    const seq = this.#seq;
    const hash = this.#hash;
    const started = performance.now();
    try {
      const state = JSON.stringify(this.#model.snapshot());
      const { rowCount } = await this.pool.query(
        `INSERT INTO state_snapshot (model_version, seq, hash, state) VALUES ($1, $2, $3, $4)
         ON CONFLICT (model_version) DO UPDATE
           SET seq = excluded.seq, hash = excluded.hash, state = excluded.state, taken_at = now()
           WHERE state_snapshot.seq < excluded.seq`,
        [STATE_MODEL_VERSION, seq, hash, state],
      );
      this.#snapshotSeq = Math.max(this.#snapshotSeq, seq);
      if (rowCount)
        this.logger.info('store.snapshot-taken', {
          seq,
          bytes: state.length,
          ms: Math.round(performance.now() - started),
        });
    } catch (error) {
      this.logger.warn('store.snapshot-failed', { seq, error: operatorLine(error) });
    }
  }

  model(): StateModel {
    return this.#model;
  }
  loaded(_concern: LazyConcern): boolean {
    return true;
  }
  load(_concern: LazyConcern): void {}
  get lastSeq(): number {
    return this.#seq;
  }

  async refresh(): Promise<void> {
    await this.#catchUp(this.pool);
  }

  /**
   * Applies what was appended after this instance's last record, a page at a time (a small LIMIT keeps the
   * primary key's index in use whatever the table's statistics say).
   */
  async #catchUp(client: Pool | PoolClient): Promise<void> {
    for (;;) {
      const { rows } = await client.query<JournalRow>(
        `${SELECT_ROWS} WHERE seq > $1 ORDER BY seq LIMIT ${CATCH_UP_PAGE}`,
        [this.#seq],
      );
      this.#applyRows(rows);
      if (rows.length < CATCH_UP_PAGE) return;
    }
  }

  #applyRows(rows: readonly JournalRow[]): void {
    for (const row of rows) {
      if (row.seq !== this.#seq + 1 || row.prev !== this.#hash)
        throw new Error(`数据库日志第 ${row.seq} 条记录不接在第 ${this.#seq} 条之后`);
      const event = rowEvent(row);
      this.#model.apply(event);
      this.#seq = row.seq;
      this.#hash = row.hash;
      if (event.type === 'outcome' && event.msg) this.#remember(event.msg, event.data.reply);
    }
  }

  async begin(): Promise<void> {
    let client: PoolClient | undefined;
    try {
      client = await this.pool.connect();
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock($1)', [LOCK.journal]);
      await this.#catchUp(client);
    } catch (error) {
      if (client) {
        await client.query('ROLLBACK').catch(() => {});
        client.release(true);
      }
      throw this.#failed(new StoreWriteError('no', `数据库不可用,未写入: ${operatorLine(error)}`));
    }
    this.#turn = client;
  }

  async end(): Promise<void> {
    const client = this.#takeTurn();
    try {
      await client.query('ROLLBACK');
      client.release();
    } catch {
      client.release(true);
    }
  }

  async commit(records: readonly JournalEvent[]): Promise<void> {
    const client = this.#takeTurn();
    let hash = this.#hash;
    const rows = records.map((record) => {
      const row = journalRow(record, hash);
      hash = row.hash;
      return row;
    });
    try {
      await insertRows(client, rows);
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      client.release(true);
      throw this.#failed(new StoreWriteError('no', `数据未写入: ${operatorLine(error)}`));
    }
    // The commit point: a COMMIT that gets no answer may or may not have happened.
    try {
      await client.query('COMMIT');
      client.release();
    } catch (error) {
      client.release(true);
      throw this.#failed(new StoreWriteError('unknown', `数据可能未写入: ${operatorLine(error)}`));
    }
    const last = rows[rows.length - 1]!;
    this.#seq = last.seq;
    this.#hash = last.hash;
    for (const record of records)
      if (record.type === 'outcome' && record.msg) this.#remember(record.msg, record.data.reply);
    if (this.#problem) {
      this.#problem = undefined;
      this.logger.info('store.writes-work-again');
    }
  }

  #takeTurn(): PoolClient {
    const client = this.#turn;
    if (!client) throw new Error('no write turn is open');
    this.#turn = undefined;
    return client;
  }

  #failed(error: StoreWriteError): StoreWriteError {
    this.#problem = error.message;
    this.logger.error('store.write-failed', { error: error.message, recorded: error.recorded });
    return error;
  }

  writeProblem(): string | undefined {
    return this.#problem;
  }

  async reachable(): Promise<boolean> {
    try {
      await this.pool.query('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }

  #remember(messageId: string, reply: unknown): void {
    this.#outcomes.set(messageId, reply);
    if (this.#outcomes.size > REMEMBERED_OUTCOMES) {
      const oldest = this.#outcomes.keys().next().value as string;
      this.#outcomes.delete(oldest);
    }
  }

  async committedOutcome(messageId: string): Promise<unknown> {
    // Inside a turn every record is applied, so this process's memory holds the recent ones; older ones
    // (or any, across instances) are looked up by id.
    const known = this.#outcomes.get(messageId);
    if (known !== undefined) return known;
    const client = this.#turn ?? this.pool;
    const { rows } = await client.query<JournalRow>(`${SELECT_ROWS} WHERE msg = $1 AND type = 'outcome'`, [
      messageId,
    ]);
    const row = rows[0];
    if (!row || row.seq > this.#seq) return undefined;
    const event = rowEvent(row);
    return event.type === 'outcome' ? event.data.reply : undefined;
  }

  async reload(): Promise<void> {
    const legacyPlan = this.#model.legacyPlan;
    this.#model = new StateModel();
    this.#model.legacyPlan = legacyPlan;
    this.#seq = 0;
    this.#hash = GENESIS_HASH;
    await this.#loadSnapshot();
    // Records that name no plan are keyed by the plan this process knows them by (re-keyed when it differs).
    if (legacyPlan) this.#model.useLegacyPlan(legacyPlan);
    await this.refresh();
  }

  async import(records: readonly JournalEvent[]): Promise<void> {
    await this.begin();
    const client = this.#turn!;
    let hash = this.#hash;
    let seq = this.#seq;
    const rows: JournalRow[] = [];
    for (const record of records) {
      if (record.seq !== seq + 1) {
        await this.end();
        throw new Error(`导入的记录序号 ${record.seq} 不接在第 ${seq} 条之后`);
      }
      const row = journalRow(record, hash);
      rows.push(row);
      hash = row.hash;
      seq = record.seq;
    }
    try {
      for (let i = 0; i < rows.length; i += IMPORT_BATCH)
        await insertRows(client, rows.slice(i, i + IMPORT_BATCH));
      await client.query('COMMIT');
    } catch (error) {
      await this.end();
      throw error;
    }
    this.#takeTurn().release();
    for (const record of records) this.#model.apply(record);
    this.#seq = seq;
    this.#hash = hash;
    // The planner learns the table's new size now, not at autovacuum's next look: catch-up reads stay on
    // the index.
    await this.pool.query('ANALYZE journal');
  }

  async close(): Promise<void> {
    if (this.#turn) await this.end();
    // A clean stop keeps the state it reached, so the next start reads little of the journal.
    if (this.#seq - this.#snapshotSeq >= SNAPSHOT_AT_CLOSE) await this.takeSnapshot();
    await this.pool.end();
  }
}
