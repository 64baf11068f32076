import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { LowSync } from 'lowdb';
import { crashPoint } from '../../crash-point';
import { FileCorruptError } from '../../files/file-corrupt-error';
import { JsonlFile, JsonlWriteError } from '../../files/jsonl-file';
import { operatorLine } from '../../files/operator-line';
import { replaceFile } from '../../files/replace-file';
import type { Logger } from '../../logger';
import { concernOf, STATE_CONCERNS, type StateConcern } from '../model/concern-of';
import { progressUpdateOf } from '../model/progress/progress-update-of';
import { ReplayError } from '../model/replay-error';
import type { LazyConcern, Persistence } from '../model-store';
import { type HeadFile, headFileSchema, type JournalEvent } from '../schemas';
import { StateModel } from '../state-model';
import { StoreWriteError } from '../store-errors';
import {
  DerivedLog,
  digestOfBytes,
  type LedgerLine,
  type LogDigest,
  ledgerKind,
  type ProgressLine,
  progressKind,
} from './derived-log';
import {
  findOutcome,
  GENESIS_HASH,
  JOURNAL_START,
  type JournalPosition,
  readJournal,
  recordEndingAt,
  serialiseRecord,
  unfinishedTail,
} from './journal';
import { type StorePaths, storePaths } from './paths';
import { loadStateFile, openStateFile, STATE_FILES, sha256, writtenDigest } from './state-file';

// The file backend's persistence (layout in docs/store.md): the hash-chained journal is the record; small
// lowdb files hold the roster, goal owners and settings; progress and the ledger are derived append-only logs
// loaded on first use; head.json remembers the acknowledged end of the journal and a digest of every file
// derived from it, so that start-up reads only what follows the head, and a derived file that does not match
// (edited by hand, damaged) is rebuilt from the journal instead of served. A commit appends the transaction to
// the journal (the commit point), then the derived lines and state files, then the head; what a crash or a
// failed write (a full disk) left undone is caught up at the next start, or before the next commit.

export interface FileBackendOptions {
  dataDir: string;
  logger: Logger;
  /** fdatasync every append and rename (survives power loss). Default true. */
  fsync?: boolean;
  /**
   * Read only (a verb beside a running server): nothing in the folder is written; what a start would repair
   * or rebuild is done in memory, and a tail being written is left out.
   */
  readOnly?: boolean;
}

/** Outcomes kept in memory for replays within this process; older ones are found in the journal. */
const REMEMBERED_OUTCOMES = 10_000;
/** A failing folder is tried again at most this often when asked whether writes work. */
const RETRY_MS = 1000;

type LogKind = 'progress' | 'ledger';
type StateDigest = { seq: number; sha256: string };

export class FileBackend implements Persistence {
  readonly kind = 'file' as const;
  readonly paths: StorePaths;
  readonly #fsync: boolean;
  readonly #readOnly: boolean;
  readonly #logger: Logger;
  #model = new StateModel();
  readonly #loaded = new Set<LazyConcern>();
  readonly #journal: JsonlFile;
  #position: JournalPosition;
  readonly #logs: { progress: DerivedLog<ProgressLine>; ledger: DerivedLog<LedgerLine> };
  /** The digest the head recorded for each derived log (what its start must match). */
  readonly #recorded: Partial<Record<LogKind, LogDigest>> = {};
  /** Read only: logs that could not be trusted are read from the journal instead. */
  readonly #fromJournal = new Set<LogKind>();
  /** One small lowdb file per state concern (roster, owners, settings, people, reports). */
  readonly #state: { [C in StateConcern]: LowSync<StateModel[C]> };
  readonly #stateDigests: Partial<Record<StateConcern, StateDigest>> = {};
  readonly #head: LowSync<HeadFile>;
  readonly #outcomes = new Map<string, Record<string, unknown>>();
  /**
   * Records in the journal whose derived lines, state files or head are not all written yet (a failed write
   * after the commit point; at start, in read-only mode, what a start would catch up).
   */
  #owed: JournalEvent[] = [];
  /** Why the last write failed, while it still does. */
  #problem: string | undefined;
  #retriedAt = Number.NEGATIVE_INFINITY;

  constructor(options: FileBackendOptions) {
    const paths = storePaths(options.dataDir);
    this.paths = paths;
    this.#fsync = options.fsync ?? true;
    this.#readOnly = options.readOnly === true;
    this.#logger = options.logger;
    const fsync = this.#fsync;
    const readOnly = this.#readOnly;
    if (!readOnly) mkdirSync(paths.stateDir, { recursive: true });
    const onTorn = (info: { file: string; setAsideTo: string; bytes: number }) =>
      options.logger.warn('store.torn-tail', info);

    // The head: where the acknowledged journal ends, and what each derived file held then. A head that is
    // missing or unreadable is rebuilt with everything else from the whole journal.
    const headRead = loadStateFile(paths.head, headFileSchema);
    if (headRead.kind === 'corrupt') this.#setAside(paths.head, headRead.detail);
    const head: HeadFile = headRead.kind === 'ok' ? headRead.data : { seq: 0, hash: GENESIS_HASH, bytes: 0 };
    this.#head = openStateFile(paths.head, headFileSchema, head, fsync);
    this.#head.data = head;
    if (head.seq > 0) {
      const at = recordEndingAt(paths.journal, head.bytes);
      if (at?.seq !== head.seq || at.hash !== head.hash) {
        // A damaged or edited line is named by its number; only when every line reads and chains does the
        // refusal say the acknowledged head is not in place (the journal cut short).
        readJournal(paths.journal, true, JOURNAL_START);
        throw new FileCorruptError(
          paths.journal,
          `已确认的第 ${head.seq} 条记录(${paths.head})不在日志中原位:日志被截短或改动`,
        );
      }
    }
    const headKnown = headRead.kind === 'ok';
    const files = head.files;

    // State files: each must be what the head recorded (its seq and digest); one that is missing, unreadable
    // or different (edited by hand) is rebuilt from the whole journal, and said so.
    const rebuild = new Set<StateConcern>();
    const data = {} as Record<StateConcern, unknown>;
    for (const concern of STATE_CONCERNS) {
      const { schema, empty } = STATE_FILES[concern];
      const path = paths[concern];
      const read = loadStateFile(path, schema);
      const recorded = files?.[concern];
      let reason: string | undefined;
      if (read.kind === 'missing') reason = headKnown && head.seq > 0 ? '文件不存在或为空' : undefined;
      else if (read.kind === 'corrupt') {
        this.#setAside(path, read.detail);
        reason = read.detail;
      } else if (!headKnown) reason = `${paths.head} 缺失,无从核对`;
      else if (recorded) {
        if (recorded.seq !== read.data.seq || recorded.sha256 !== read.sha256)
          reason = `与 ${paths.head} 记下的不符(内容被改动)`;
      } else if (head.seq > 0 || read.data.seq > 0) reason = `${paths.head} 未记下它的摘要(早期版本)`;
      if (read.kind === 'ok' && reason === undefined) {
        data[concern] = read.data as never;
        this.#stateDigests[concern] = { seq: read.data.seq, sha256: read.sha256 };
      } else {
        rebuild.add(concern);
        if (reason !== undefined && read.kind !== 'missing')
          options.logger.warn('store.state-rebuilt', { file: path, reason });
        data[concern] = empty() as never;
      }
    }
    const open = <C extends StateConcern>(c: C) => {
      const { schema, empty } = STATE_FILES[c];
      const db = openStateFile(paths[c], schema, empty(), fsync) as unknown as LowSync<StateModel[C]>;
      db.data = data[c] as StateModel[C];
      return db;
    };
    this.#state = {
      roster: open('roster'),
      targets: open('targets'),
      settings: open('settings'),
      people: open('people'),
      reports: open('reports'),
      access: open('access'),
    };
    this.#useStateFiles();

    // The journal is read only after the acknowledged head (from its start when a state file is rebuilt).
    this.#journal = JsonlFile.open(paths.journal, { fsync, readOnly, onTorn });
    const from: JournalPosition = rebuild.size > 0 || !headKnown ? JOURNAL_START : head;
    const tail = readJournal(paths.journal, false, from);
    let keep = tail.records.length;
    if (tail.torn !== undefined) this.#journal.cutBackTo(tail.validBytes);
    // A transaction cut off mid-commit (power loss) was never acknowledged: its records are set aside whole.
    const unfinished = unfinishedTail(tail.records);
    if (unfinished > 0) {
      keep -= unfinished;
      this.#journal.cutBackTo(keep > 0 ? tail.ends[keep - 1]! : from.bytes);
      if (!readOnly)
        options.logger.warn('store.unfinished-transaction', {
          records: unfinished,
          setAsideTo: `${paths.journal}.torn`,
        });
    }
    const records = tail.records.slice(0, keep);
    const last = records.at(-1);
    this.#position = last
      ? { seq: last.seq, hash: last.hash, bytes: tail.ends[keep - 1]! }
      : { seq: from.seq, hash: from.hash, bytes: from.bytes };
    for (const concern of STATE_CONCERNS) {
      const seq = this.#model[concern].seq;
      if (seq > this.#position.seq)
        throw new FileCorruptError(
          paths[concern],
          `状态已到第 ${seq} 条记录,而日志只有 ${this.#position.seq} 条`,
        );
    }

    // Derived logs: each must begin with what the head recorded; lines written after the head are cut back
    // (the journal has them); a log missing, unreadable, shorter or of an earlier version is rebuilt whole.
    this.#logs = {
      progress: this.#openLog('progress', progressKind, files?.progress, headKnown ? head.seq : undefined),
      ledger: this.#openLog('ledger', ledgerKind, files?.ledger, headKnown ? head.seq : undefined),
    };

    // Catch up what a crash between the journal and the rest left behind.
    const touched = new Set<StateConcern>(rebuild);
    const missed: JournalEvent[] = [];
    try {
      for (const record of records) {
        const concern = concernOf(record);
        if (concern === 'progress' || concern === 'ledger') {
          if (record.seq > this.#logs[concern].lastSeq) missed.push(record);
        } else if (concern !== 'outcome' && record.seq > this.#model[concern].seq) {
          this.#model.apply(record);
          touched.add(concern);
        }
      }
    } catch (error) {
      if (error instanceof ReplayError) throw new FileCorruptError(paths.journal, error.message);
      throw error;
    }
    if (readOnly) {
      this.#owed = missed;
      return;
    }
    this.#owed = missed;
    this.#catchUp([...touched]);
    if (touched.size + missed.length > 0)
      options.logger.warn('store.caught-up', {
        concerns: [...touched],
        progress: missed.filter((r) => concernOf(r) === 'progress').length,
        ledger: missed.filter((r) => concernOf(r) === 'ledger').length,
      });
    else if (head.seq !== this.#position.seq || head.bytes !== this.#position.bytes || !files)
      this.#saveHead();
  }

  /** Opens a derived log, rebuilding it first when it cannot be trusted. */
  #openLog<K extends LogKind>(
    kind: K,
    logKind: K extends 'progress' ? typeof progressKind : typeof ledgerKind,
    recorded: LogDigest | undefined,
    /** The head's seq; undefined when the head was missing or unreadable (nothing to check against). */
    headSeq: number | undefined,
  ): DerivedLog<K extends 'progress' ? ProgressLine : LedgerLine> {
    const path = this.paths[kind];
    type Line = K extends 'progress' ? ProgressLine : LedgerLine;
    const options = {
      fsync: this.#fsync,
      readOnly: this.#readOnly,
      onTorn: (info: { file: string; setAsideTo: string; bytes: number }) =>
        this.#logger.warn('store.torn-tail', info),
    };
    let reason: string | undefined;
    let log: DerivedLog<Line> | undefined;
    if (!existsSync(path)) reason = headSeq ? '文件不存在' : undefined;
    else if (headSeq === undefined) reason = `${this.paths.head} 缺失,无从核对`;
    else {
      try {
        log = DerivedLog.open(path, logKind as never, options) as DerivedLog<Line>;
      } catch (error) {
        if (!(error instanceof FileCorruptError)) throw error;
        this.#setAside(path, error.detail);
        reason = error.detail;
      }
    }
    const expected = recorded ?? (headSeq === 0 ? digestOfBytes('') : undefined);
    if (log && !reason) {
      if (!expected) reason = `${this.paths.head} 未记下它的摘要(早期版本)`;
      else if (log.size < expected.bytes) reason = `比 ${this.paths.head} 记下的短(内容被改动)`;
      else if (log.size > expected.bytes) {
        try {
          log.cutBackTo(expected.bytes);
        } catch (error) {
          if (!(error instanceof FileCorruptError)) throw error;
          reason = error.detail;
        }
      }
      if (!reason && log.lastSeq > this.#position.seq)
        reason = `已到第 ${log.lastSeq} 条记录,而日志只有 ${this.#position.seq} 条`;
    }
    if (reason === undefined && log) {
      this.#recorded[kind] = expected!;
      return log;
    }
    log?.close();
    if (reason !== undefined) this.#logger.warn('store.derived-log-rebuilt', { file: path, reason });
    return this.#rebuildLog(kind, logKind) as DerivedLog<Line>;
  }

  /** Writes a derived log whole from the journal (read only: reads it from the journal at load instead). */
  #rebuildLog(kind: LogKind, logKind: typeof progressKind | typeof ledgerKind) {
    const path = this.paths[kind];
    const options = { fsync: this.#fsync, readOnly: this.#readOnly };
    if (this.#readOnly) {
      this.#fromJournal.add(kind);
      this.#recorded[kind] = digestOfBytes('');
      return DerivedLog.open(path, logKind as never, options);
    }
    const { records } = readJournal(this.paths.journal, false, JOURNAL_START, this.#position.bytes);
    const upTo = records.filter((r) => r.seq <= this.#position.seq);
    DerivedLog.rebuild(path, logKind as typeof ledgerKind, upTo, this.#fsync);
    if (kind === 'ledger') this.#dropOldLedgerFiles();
    const log = DerivedLog.open(path, logKind as never, options);
    const text = upTo.map((r) => logKind.lineOf(r)).filter((l) => l !== undefined);
    const digest = digestOfBytes(text.map((l) => `${JSON.stringify(l)}\n`).join(''));
    if (!log.check(digest)) throw new FileCorruptError(path, '重建后读回的内容与写入的不符');
    this.#recorded[kind] = digest;
    return log;
  }

  /** A log's digest must be known before it is read or written: checked now, rebuilt when it does not match. */
  #checkedLog(kind: LogKind): DerivedLog<ProgressLine> | DerivedLog<LedgerLine> {
    const log = this.#logs[kind];
    if (log.checked || this.#fromJournal.has(kind)) return log;
    const recorded = this.#recorded[kind];
    if (recorded && log.check(recorded)) return log;
    this.#logger.warn('store.derived-log-rebuilt', {
      file: this.paths[kind],
      reason: `与 ${this.paths.head} 记下的不符(内容被改动)`,
    });
    log.close();
    const rebuilt = this.#rebuildLog(kind, kind === 'progress' ? progressKind : ledgerKind);
    (this.#logs as Record<LogKind, unknown>)[kind] = rebuilt;
    return rebuilt as DerivedLog<ProgressLine> | DerivedLog<LedgerLine>;
  }

  /** Moves a file that cannot be read aside (`<file>.corrupt`), so that it is rebuilt and kept for a look. */
  #setAside(path: string, detail: string): void {
    if (this.#readOnly) return;
    const to = `${path}.corrupt`;
    renameSync(path, to);
    this.#logger.warn('store.file-set-aside', { file: path, setAsideTo: to, reason: detail });
  }

  /** The model on the state files as they are on disk (lazy parts not loaded). */
  #useStateFiles(): void {
    const model = new StateModel();
    model.roster = this.#state.roster.data;
    model.targets = this.#state.targets.data;
    model.settings = this.#state.settings.data;
    model.people = this.#state.people.data;
    model.reports = this.#state.reports.data;
    model.access = this.#state.access.data;
    // Names recorded before a 处室 改名 are read as the name the division goes by now.
    for (const m of model.roster.members) m.division = model.division(m.division);
    for (const o of model.targets.owners) o.division = model.division(o.division);
    model.legacyPlan = this.#model.legacyPlan;
    this.#model = model;
    this.#loaded.clear();
  }

  /** Ledger state used to live in one file per year, rewritten by every command; the ledger log replaces it. */
  #dropOldLedgerFiles(): void {
    if (!existsSync(this.paths.stateDir)) return;
    for (const file of readdirSync(this.paths.stateDir))
      if (/^ledger-\d{4}\.json$/.test(file)) rmSync(join(this.paths.stateDir, file));
  }

  // ——— Persistence ———

  model(): StateModel {
    return this.#model;
  }

  loaded(concern: LazyConcern): boolean {
    return this.#loaded.has(concern);
  }

  load(concern: LazyConcern): void {
    const model = this.#model;
    const log = this.#checkedLog(concern);
    try {
      if (this.#fromJournal.has(concern)) {
        const { records } = readJournal(this.paths.journal, false, JOURNAL_START, this.#position.bytes);
        for (const r of records) if (r.seq <= this.#position.seq && concernOf(r) === concern) model.apply(r);
      } else if (concern === 'progress') {
        // Straight from the validated lines to the shared update objects: no journal events in between.
        for (const line of (log as DerivedLog<ProgressLine>).readAll()) {
          if ('retract' in line) model.retractProgress(line.seq, line.at, line.retract);
          else
            model.addProgress(progressUpdateOf(line, { ...line, division: model.division(line.division) }));
        }
      } else {
        for (const line of (log as DerivedLog<LedgerLine>).readAll()) model.apply(line);
      }
      // What the journal has and the log does not yet (a failed write, or read only).
      if (!this.#fromJournal.has(concern))
        for (const r of this.#owed) if (concernOf(r) === concern && r.seq > log.lastSeq) model.apply(r);
    } catch (error) {
      if (error instanceof ReplayError) throw new FileCorruptError(log.path, error.message);
      throw error;
    }
    this.#loaded.add(concern);
  }

  get lastSeq(): number {
    return this.#position.seq;
  }

  // One writer per folder (the DATA_DIR lock): a turn has nothing to catch up and nothing to hold.
  async begin(): Promise<void> {}
  async end(): Promise<void> {}
  async refresh(): Promise<void> {}
  async reachable(): Promise<boolean> {
    return true;
  }

  async commit(records: readonly JournalEvent[]): Promise<void> {
    this.commitNow(records);
  }

  commitNow(records: readonly JournalEvent[]): void {
    // What an earlier failed write left undone goes first: nothing new is written before it.
    try {
      this.#catchUp();
    } catch (error) {
      throw this.#failed(new StoreWriteError('no', `数据未写入: ${operatorLine(error)}`));
    }
    let hash = this.#position.hash;
    let text = '';
    for (const record of records) {
      const line = serialiseRecord(record, hash);
      text += line.line;
      hash = line.hash;
    }
    // The commit point: once the journal holds the lines, the change has happened.
    try {
      this.#journal.appendSync(text);
    } catch (error) {
      const certain = error instanceof JsonlWriteError && error.undone;
      throw this.#failed(
        new StoreWriteError(
          certain ? 'no' : 'unknown',
          `${certain ? '数据未写入' : '数据可能未写入'}: ${operatorLine(error)}`,
        ),
      );
    }
    const lastRecord = records[records.length - 1]!;
    this.#position = { seq: lastRecord.seq, hash, bytes: this.#journal.size };
    crashPoint('after-journal-append');
    this.#owed.push(...records);
    try {
      this.#catchUp();
    } catch (error) {
      // The change stands (the journal has it); the rest is written before the next commit.
      this.#problem = operatorLine(error);
      this.#logger.error('store.after-commit-failed', { error: this.#problem });
    }
    for (const record of records) {
      if (record.type === 'outcome' && record.msg) this.#remember(record.msg, record.data.reply);
    }
  }

  #failed(error: StoreWriteError): StoreWriteError {
    this.#problem = error.message;
    this.#logger.error('store.write-failed', { error: error.message, recorded: error.recorded });
    return error;
  }

  /**
   * Writes the derived lines, state files and head that records in the journal still lack (`#owed`, and
   * `also` state files to rewrite whole); throws when it cannot, leaving them owed.
   */
  #catchUp(also: readonly StateConcern[] = []): void {
    if (this.#owed.length === 0 && also.length === 0) return;
    if (this.#readOnly) return;
    const owed = this.#owed;
    for (const kind of ['progress', 'ledger'] as const) {
      if (!owed.some((r) => concernOf(r) === kind && r.seq > this.#logs[kind].lastSeq)) continue;
      // Checked first: a log rebuilt from the journal now already holds what was owed.
      const log = this.#checkedLog(kind);
      log.append(owed.filter((r) => r.seq > log.lastSeq));
    }
    const concerns = new Set<StateConcern>(also);
    for (const r of owed) {
      const c = concernOf(r);
      if (c !== 'progress' && c !== 'ledger' && c !== 'outcome') concerns.add(c);
    }
    for (const concern of STATE_CONCERNS) if (concerns.has(concern)) this.#save(concern);
    crashPoint('after-state-write');
    this.#saveHead();
    crashPoint('after-head');
    this.#owed = [];
    if (this.#problem) {
      this.#problem = undefined;
      this.#logger.info('store.writes-work-again');
    }
  }

  writeProblem(): string | undefined {
    if (!this.#problem || this.#readOnly) return undefined;
    const now = performance.now();
    if (now - this.#retriedAt < RETRY_MS) return this.#problem;
    this.#retriedAt = now;
    try {
      if (!this.#journal.repaired()) return this.#problem;
      if (this.#owed.length > 0) this.#catchUp();
      else {
        // Nothing owed: a small file beside the journal, written, synced and removed, says whether writes work.
        const probe = `${this.paths.journal}.write-probe`;
        replaceFile(probe, 'probe', this.#fsync);
        rmSync(probe, { force: true });
        this.#problem = undefined;
        this.#logger.info('store.writes-work-again');
      }
    } catch (error) {
      this.#problem = operatorLine(error);
    }
    return this.#problem;
  }

  #remember(messageId: string, reply: Record<string, unknown>): void {
    this.#outcomes.set(messageId, reply);
    if (this.#outcomes.size > REMEMBERED_OUTCOMES) {
      const oldest = this.#outcomes.keys().next().value as string;
      this.#outcomes.delete(oldest);
    }
  }

  async committedOutcome(messageId: string, deep: boolean): Promise<Record<string, unknown> | undefined> {
    const known = this.#outcomes.get(messageId);
    if (known || !deep) return known;
    // Only what is committed: bytes past the position are a failed write's, not a record.
    const record = findOutcome(this.paths.journal, messageId, this.#position.bytes);
    if (record?.type !== 'outcome') return undefined;
    this.#remember(messageId, record.data.reply);
    return record.data.reply;
  }

  reload(): void {
    // lowdb's read() keeps the in-memory data when the file is absent: read each file ourselves.
    for (const concern of STATE_CONCERNS) this.#reread(concern);
    this.#useStateFiles();
    // Records committed whose state files are not written yet still hold.
    for (const r of this.#owed) {
      const c = concernOf(r);
      if (c !== 'progress' && c !== 'ledger' && c !== 'outcome' && r.seq > this.#model[c].seq)
        this.#model.apply(r);
    }
  }

  import(records: readonly JournalEvent[]): void {
    this.load('progress');
    this.load('ledger');
    this.#catchUp();
    const model = this.#model;
    let hash = this.#position.hash;
    let chunk = '';
    const flush = () => {
      this.#journal.appendSync(chunk);
      chunk = '';
    };
    for (const record of records) {
      if (record.seq !== this.#position.seq + 1)
        throw new Error(`导入的记录序号 ${record.seq} 不接在第 ${this.#position.seq} 条之后`);
      model.apply(record);
      const line = serialiseRecord(record, hash);
      chunk += line.line;
      hash = line.hash;
      this.#position = { seq: record.seq, hash, bytes: 0 };
      if (chunk.length > 4_000_000) flush();
    }
    flush();
    this.#position = { ...this.#position, bytes: this.#journal.size };
    this.#owed = [...records];
    this.#catchUp();
  }

  #reread<C extends StateConcern>(concern: C): void {
    const { schema, empty } = STATE_FILES[concern];
    const read = loadStateFile(this.paths[concern], schema);
    this.#state[concern].data = (read.kind === 'ok' ? read.data : empty()) as StateModel[C];
  }

  #save<C extends StateConcern>(concern: C): void {
    const db = this.#state[concern];
    db.data = this.#model[concern];
    db.write();
    this.#stateDigests[concern] = { seq: db.data.seq, sha256: writtenDigest(db as LowSync<unknown>)! };
  }

  #saveHead(): void {
    const digestOf = (kind: LogKind) => this.#logs[kind].digest() ?? this.#recorded[kind];
    const progress = digestOf('progress');
    const ledger = digestOf('ledger');
    this.#head.data = {
      ...this.#position,
      files: {
        ...this.#stateDigests,
        ...(progress ? { progress } : {}),
        ...(ledger ? { ledger } : {}),
      },
    };
    this.#head.write();
  }

  close(): void {
    this.#journal.closeSync();
    this.#logs.progress.close();
    this.#logs.ledger.close();
  }
}

/** The sha256 of a state file's text, as the head records it (tests, verify). */
export const stateFileDigest = sha256;
