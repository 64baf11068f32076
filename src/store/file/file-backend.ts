import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { LowSync } from 'lowdb';
import { crashPoint } from '../../crash-point';
import { FileCorruptError } from '../../files/file-corrupt-error';
import { JsonlFile } from '../../files/jsonl-file';
import type { Logger } from '../../logger';
import { AfterCommitError, type LazyConcern, type Persistence } from '../model-store';
import { type HeadFile, headFileSchema, type JournalEvent } from '../schemas';
import {
  concernOf,
  progressUpdateOf,
  ReplayError,
  STATE_CONCERNS,
  type StateConcern,
  StateModel,
} from '../state-model';
import { DerivedLog, type LedgerLine, ledgerKind, type ProgressLine, progressKind } from './derived-log';
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
import { openStateFile, readStateFile, STATE_FILES, stateFileMissing } from './state-file';

// The file backend's persistence (layout in docs/store.md): the hash-chained journal is the record; small
// lowdb files hold the roster, goal owners and settings; progress and the ledger are derived append-only logs
// loaded on first use; head.json remembers the acknowledged end of the journal, so that start-up reads only
// what follows it. A commit appends the transaction to the journal (the commit point), then the derived
// lines and state files, then the head; opening catches up whatever a crash left behind.

export interface FileBackendOptions {
  dataDir: string;
  logger: Logger;
  /** fdatasync every append and rename (survives power loss). Default true. */
  fsync?: boolean;
}

/** Outcomes kept in memory for replays within this process; older ones are found in the journal. */
const REMEMBERED_OUTCOMES = 10_000;

export class FileBackend implements Persistence {
  readonly paths: StorePaths;
  readonly #fsync: boolean;
  readonly #logger: Logger;
  #model = new StateModel();
  readonly #loaded = new Set<LazyConcern>();
  readonly #journal: JsonlFile;
  #position: JournalPosition;
  readonly #progressLog: DerivedLog<ProgressLine>;
  readonly #ledgerLog: DerivedLog<LedgerLine>;
  /** One small lowdb file per state concern (roster, owners, settings, people, reports). */
  readonly #state: { [C in StateConcern]: LowSync<StateModel[C]> };
  readonly #head: LowSync<HeadFile>;
  readonly #outcomes = new Map<string, Record<string, unknown>>();

  constructor(options: FileBackendOptions) {
    const paths = storePaths(options.dataDir);
    this.paths = paths;
    this.#fsync = options.fsync ?? true;
    this.#logger = options.logger;
    const fsync = this.#fsync;
    mkdirSync(paths.stateDir, { recursive: true });
    const onTorn = (info: { file: string; setAsideTo: string; bytes: number }) =>
      options.logger.warn('store.torn-tail', info);

    // State files first: any corrupt one stops here, before anything is written. One that holds nothing
    // (absent, or emptied by a power cut) is rebuilt from the whole journal below.
    // A state file added by a later version (people, reports) is absent at the first start after the
    // upgrade: it is built from the whole journal once, like any missing state file.
    const rebuildState = STATE_CONCERNS.some((c) => stateFileMissing(paths[c]));
    const open = <C extends StateConcern>(c: C) => {
      const { schema, empty } = STATE_FILES[c];
      return openStateFile(paths[c], schema, empty(), fsync) as unknown as LowSync<StateModel[C]>;
    };
    this.#state = {
      roster: open('roster'),
      targets: open('targets'),
      settings: open('settings'),
      people: open('people'),
      reports: open('reports'),
      access: open('access'),
    };
    this.#head = openStateFile(paths.head, headFileSchema, { seq: 0, hash: GENESIS_HASH, bytes: 0 }, fsync);
    this.#useStateFiles();

    // The journal is read only after the acknowledged head: the head record must be where head.json says.
    this.#journal = JsonlFile.open(paths.journal, { fsync, onTorn });
    const head = this.#head.data;
    if (head.seq > 0) {
      const at = recordEndingAt(paths.journal, head.bytes);
      if (at?.seq !== head.seq || at.hash !== head.hash)
        throw new FileCorruptError(
          paths.journal,
          `已确认的第 ${head.seq} 条记录(${paths.head})不在日志中原位:日志被截短或改动`,
        );
    }
    const from: JournalPosition = rebuildState ? JOURNAL_START : head;
    const tail = readJournal(paths.journal, false, from);
    let keep = tail.records.length;
    if (tail.torn !== undefined) this.#journal.cutBackTo(tail.validBytes);
    // A transaction cut off mid-commit (power loss) was never acknowledged: its records are set aside whole.
    const unfinished = unfinishedTail(tail.records);
    if (unfinished > 0) {
      keep -= unfinished;
      this.#journal.cutBackTo(keep > 0 ? tail.ends[keep - 1]! : from.bytes);
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

    // Derived logs: rebuilt whole from the journal when missing (first start after an upgrade, or deleted).
    this.#rebuildIfMissing(paths.progress, progressKind);
    if (this.#rebuildIfMissing(paths.ledger, ledgerKind)) this.#dropOldLedgerFiles();
    this.#progressLog = DerivedLog.open(paths.progress, progressKind, { fsync, onTorn });
    this.#ledgerLog = DerivedLog.open(paths.ledger, ledgerKind, { fsync, onTorn });
    for (const log of [this.#progressLog, this.#ledgerLog]) {
      if (log.lastSeq > this.#position.seq)
        throw new FileCorruptError(
          log.path,
          `已到第 ${log.lastSeq} 条记录,而日志只有 ${this.#position.seq} 条`,
        );
    }

    // Catch up what a crash between the journal and the rest left behind.
    const touched = new Set<StateConcern>();
    const missed = { progress: [] as JournalEvent[], ledger: [] as JournalEvent[] };
    try {
      for (const record of records) {
        const concern = concernOf(record);
        if (concern === 'progress' || concern === 'ledger') {
          const log = concern === 'progress' ? this.#progressLog : this.#ledgerLog;
          if (record.seq > log.lastSeq) missed[concern].push(record);
        } else if (concern !== 'outcome' && record.seq > this.#model[concern].seq) {
          this.#model.apply(record);
          touched.add(concern);
        }
      }
    } catch (error) {
      if (error instanceof ReplayError) throw new FileCorruptError(paths.journal, error.message);
      throw error;
    }
    this.#progressLog.append(missed.progress);
    this.#ledgerLog.append(missed.ledger);
    // A state file that was missing is written now (even unchanged), so the next start need not read the
    // whole journal again.
    for (const concern of STATE_CONCERNS)
      if (touched.has(concern) || stateFileMissing(paths[concern])) this.#save(concern);
    if (touched.size + missed.progress.length + missed.ledger.length > 0)
      options.logger.warn('store.caught-up', {
        concerns: [...touched],
        progress: missed.progress.length,
        ledger: missed.ledger.length,
      });
    if (head.seq !== this.#position.seq || head.bytes !== this.#position.bytes) this.#saveHead();
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

  #rebuildIfMissing(path: string, kind: typeof progressKind | typeof ledgerKind): boolean {
    if (existsSync(path)) return false;
    const { records } = readJournal(this.paths.journal);
    const upTo = records.filter((r) => r.seq <= this.#position.seq);
    const lines = DerivedLog.rebuild(path, kind as typeof ledgerKind, upTo, this.#fsync);
    if (upTo.length > 0) this.#logger.warn('store.derived-log-rebuilt', { file: path, lines });
    return true;
  }

  /** Ledger state used to live in one file per year, rewritten by every command; the ledger log replaces it. */
  #dropOldLedgerFiles(): void {
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
    const log = concern === 'progress' ? this.#progressLog : this.#ledgerLog;
    try {
      if (concern === 'progress') {
        // Straight from the validated lines to the shared update objects: no journal events in between.
        for (const line of this.#progressLog.readAll()) {
          if ('retract' in line) model.retractProgress(line.seq, line.at, line.retract);
          else
            model.addProgress(progressUpdateOf(line, { ...line, division: model.division(line.division) }));
        }
      } else {
        for (const line of this.#ledgerLog.readAll()) model.apply(line);
      }
    } catch (error) {
      if (error instanceof ReplayError) throw new FileCorruptError(log.path, error.message);
      throw error;
    }
    this.#loaded.add(concern);
  }

  get lastSeq(): number {
    return this.#position.seq;
  }

  commit(records: readonly JournalEvent[]): void {
    let hash = this.#position.hash;
    let text = '';
    for (const record of records) {
      const line = serialiseRecord(record, hash);
      text += line.line;
      hash = line.hash;
    }
    // The commit point: once the journal holds the lines, the change has happened.
    this.#journal.appendSync(text);
    const lastRecord = records[records.length - 1]!;
    this.#position = { seq: lastRecord.seq, hash, bytes: this.#journal.size };
    crashPoint('after-journal-append');
    try {
      this.#progressLog.append(records);
      this.#ledgerLog.append(records);
      const concerns = new Set(records.map(concernOf));
      for (const concern of STATE_CONCERNS) if (concerns.has(concern)) this.#save(concern);
      crashPoint('after-state-write');
      this.#saveHead();
      crashPoint('after-head');
    } catch (error) {
      this.#logger.error('store.after-commit-failed', { error: String(error) });
      throw new AfterCommitError(`日志已写入,派生文件写入失败:${String(error)}`);
    }
    for (const record of records) {
      if (record.type === 'outcome' && record.msg) this.#remember(record.msg, record.data.reply);
    }
  }

  #remember(messageId: string, reply: Record<string, unknown>): void {
    this.#outcomes.set(messageId, reply);
    if (this.#outcomes.size > REMEMBERED_OUTCOMES) {
      const oldest = this.#outcomes.keys().next().value as string;
      this.#outcomes.delete(oldest);
    }
  }

  committedOutcome(messageId: string, deep: boolean): Record<string, unknown> | undefined {
    const known = this.#outcomes.get(messageId);
    if (known || !deep) return known;
    const record = findOutcome(this.paths.journal, messageId);
    if (record?.type !== 'outcome') return undefined;
    this.#remember(messageId, record.data.reply);
    return record.data.reply;
  }

  reload(): void {
    // lowdb's read() keeps the in-memory data when the file is absent: read each file ourselves.
    for (const concern of STATE_CONCERNS) this.#reread(concern);
    this.#useStateFiles();
  }

  import(records: readonly JournalEvent[]): void {
    this.load('progress');
    this.load('ledger');
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
    this.#progressLog.append(records);
    this.#ledgerLog.append(records);
    const concerns = new Set(records.map(concernOf));
    for (const concern of STATE_CONCERNS) if (concerns.has(concern)) this.#save(concern);
    this.#saveHead();
  }

  #reread<C extends StateConcern>(concern: C): void {
    const { schema, empty } = STATE_FILES[concern];
    this.#state[concern].data = (readStateFile(this.paths[concern], schema) ?? empty()) as StateModel[C];
  }

  #save<C extends StateConcern>(concern: C): void {
    const db = this.#state[concern];
    db.data = this.#model[concern];
    db.write();
  }

  #saveHead(): void {
    this.#head.data = this.#position;
    this.#head.write();
  }

  close(): void {
    this.#journal.closeSync();
    this.#progressLog.close();
    this.#ledgerLog.close();
  }
}
