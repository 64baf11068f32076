import { existsSync, mkdirSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LowSync } from 'lowdb';
import type { Logger } from '../logger';
import { calendarDay } from '../time/calendar-day';
import {
  GENESIS_HASH,
  type JournalPosition,
  JournalWriter,
  readJournal,
  recordEndingAt,
  setAsideTornTail,
} from './journal';
import { type ProgressLine, ProgressLogWriter, progressLogTail, readProgressLog } from './progress-log';
import {
  type HeadFile,
  headFileSchema,
  type JournalEvent,
  type LedgerFile,
  ledgerFileSchema,
  type RosterFile,
  rosterFileSchema,
  type TargetsFile,
  targetsFileSchema,
} from './schemas';
import { openStateFile } from './state-file';
import { type Concern, concernOf, progressUpdateOf, ReplayError, StateModel } from './state-model';
import { StoreCorruptError, StoreError } from './store-errors';
import type {
  ItemStatus,
  Member,
  ProgressTarget,
  ProgressUpdate,
  RectificationItem,
  Role,
  TargetKind,
  TargetOwner,
} from './types';

// The store: current state in small lowdb files (roster, target owners, one ledger file per year, the
// journal head) and every change appended to the hash-chained journal. Progress updates live only in
// the journal, indexed in memory at start, so a progress command rewrites no file that grows with history.

/** Who made a change, when, and from which message. */
export interface ChangeMeta {
  by: string;
  at: Date;
  messageId?: string;
}

export interface ProgressQuery {
  target?: ProgressTarget;
  division?: string;
  by?: string;
  /** Inclusive lower bound on the update's instant. */
  from?: Date;
  /** Exclusive upper bound. */
  to?: Date;
  includeRetracted?: boolean;
}

export interface ItemQuery {
  division?: string;
  status?: ItemStatus | readonly ItemStatus[];
  /** Only 整改中 and 待审核. */
  open?: boolean;
}

export interface StoreOptions {
  dataDir: string;
  logger: Logger;
  /** fdatasync each journal append before acknowledging it (survives power loss). Default true. */
  fsync?: boolean;
}

export interface StorePaths {
  journal: string;
  stateDir: string;
  head: string;
  progress: string;
  roster: string;
  targets: string;
  ledger(concern: string): string;
}

export function storePaths(dataDir: string): StorePaths {
  const stateDir = join(dataDir, 'store');
  return {
    journal: join(dataDir, 'journal.jsonl'),
    stateDir,
    head: join(stateDir, 'head.json'),
    progress: join(dataDir, 'progress.jsonl'),
    roster: join(stateDir, 'roster.json'),
    targets: join(stateDir, 'targets.json'),
    ledger: (concern) => join(stateDir, `${concern}.json`),
  };
}

/** `ZG-2026-7` / `zg-2026-007` → `ZG-2026-007`; undefined when it is not an item id. */
export function normaliseItemId(text: string): string | undefined {
  const m = /^ZG-?(\d{4})-?(\d{1,})$/i.exec(text.trim());
  if (!m) return undefined;
  return `ZG-${m[1]}-${m[2]!.padStart(3, '0')}`;
}

export function targetKey(target: ProgressTarget): string {
  return target.kind === 'task' ? `task:${target.id}` : `${target.kind}:${target.index}`;
}

/** The progress-log line of a journal record, for progress and retractions. */
export function toProgressLine(record: JournalEvent): ProgressLine | undefined {
  const base = { seq: record.seq, at: record.at, by: record.by, ...(record.msg ? { msg: record.msg } : {}) };
  if (record.type === 'progress') return { ...base, ...record.data };
  if (record.type === 'progress.retract') return { ...base, retract: record.data.seq };
  return undefined;
}

export class Store {
  readonly paths: StorePaths;
  readonly #model: StateModel;
  readonly #writer: JournalWriter;
  readonly #roster: LowSync<RosterFile>;
  readonly #targets: LowSync<TargetsFile>;
  readonly #ledgers = new Map<string, LowSync<LedgerFile>>();
  readonly #head: LowSync<HeadFile>;
  readonly #byTarget = new Map<string, ProgressUpdate[]>();
  readonly #byDivision = new Map<string, ProgressUpdate[]>();
  readonly #byAuthor = new Map<string, ProgressUpdate[]>();
  readonly #progressLog: ProgressLogWriter;
  #progressLoaded = false;

  private constructor(options: StoreOptions) {
    const paths = storePaths(options.dataDir);
    this.paths = paths;
    mkdirSync(paths.stateDir, { recursive: true });
    const model = new StateModel();
    this.#model = model;

    // State files first: any corrupt one stops here, before anything is written.
    this.#roster = openStateFile(paths.roster, rosterFileSchema, { seq: 0, members: [] });
    this.#targets = openStateFile(paths.targets, targetsFileSchema, { seq: 0, owners: [] });
    this.#head = openStateFile(paths.head, headFileSchema, { seq: 0, hash: GENESIS_HASH, bytes: 0 });
    model.roster = this.#roster.data;
    model.targets = this.#targets.data;
    for (const file of readdirSync(paths.stateDir)) {
      const m = /^(ledger-\d{4})\.json$/.exec(file);
      if (!m) continue;
      const db = openStateFile(join(paths.stateDir, file), ledgerFileSchema, { seq: 0, items: [] });
      this.#ledgers.set(m[1]!, db);
      model.setLedger(m[1]!, db.data);
    }

    // The journal is read only after the acknowledged head: the head record must be where head.json says,
    // and what follows it (a record whose state write a crash cut off, or a torn line) is caught up.
    const head = this.#head.data;
    const fsync = options.fsync ?? true;
    const headRecord = recordEndingAt(paths.journal, head.bytes);
    if (head.seq > 0 && (headRecord?.seq !== head.seq || headRecord.hash !== head.hash)) {
      throw new StoreCorruptError(
        paths.journal,
        `已确认的第 ${head.seq} 条记录(${paths.head})不在日志中原位:日志被截短或改动`,
      );
    }
    const journal = readJournal(paths.journal, false, head);
    if (journal.torn !== undefined) {
      const side = `${paths.journal}.torn`;
      setAsideTornTail(paths.journal, journal, side);
      options.logger.warn('store.torn-journal-tail', {
        file: paths.journal,
        setAsideTo: side,
        bytes: Buffer.byteLength(journal.torn, 'utf8'),
        afterSeq: head.seq + journal.records.length,
      });
    }
    const tail = journal.records;
    const last = tail.at(-1);
    const position: JournalPosition = last
      ? { seq: last.seq, hash: last.hash, bytes: journal.validBytes }
      : { seq: head.seq, hash: head.hash, bytes: head.bytes };
    for (const [file, seq] of [
      [paths.roster, model.roster.seq],
      [paths.targets, model.targets.seq],
      ...[...model.ledgers].map(([c, l]) => [paths.ledger(c), l.seq] as const),
    ] as const) {
      if (seq > position.seq) {
        throw new StoreCorruptError(file, `状态已到第 ${seq} 条记录,而日志只有 ${position.seq} 条`);
      }
    }

    // Progress: only the progress log's last line is read now (the full index loads on first use);
    // the log is rebuilt from the whole journal if it is missing.
    if (!existsSync(paths.progress) && head.seq > 0) {
      const lines = readJournal(paths.journal)
        .records.filter((r) => r.seq <= head.seq)
        .map(toProgressLine)
        .filter((l) => l !== undefined);
      // Whole or not at all: a log cut short here would never be caught up (only what follows head is).
      const temp = `${paths.progress}.tmp`;
      writeFileSync(temp, lines.map((l) => `${JSON.stringify(l)}\n`).join(''));
      renameSync(temp, paths.progress);
      options.logger.warn('store.progress-log-rebuilt', { file: paths.progress, lines: lines.length });
    }
    let logTail = progressLogTail(paths.progress);
    while (logTail.torn !== undefined) {
      const side = `${paths.progress}.torn`;
      setAsideTornTail(
        paths.progress,
        { records: [], validBytes: logTail.validBytes, torn: logTail.torn },
        side,
      );
      options.logger.warn('store.torn-progress-tail', { file: paths.progress, setAsideTo: side });
      logTail = progressLogTail(paths.progress);
    }
    const progressSeq = logTail.lastSeq;
    if (progressSeq > position.seq) {
      throw new StoreCorruptError(
        paths.progress,
        `进展记录已到第 ${progressSeq} 条,而日志只有 ${position.seq} 条`,
      );
    }
    const fileSeq = (concern: Concern): number =>
      concern === 'roster'
        ? model.roster.seq
        : concern === 'targets'
          ? model.targets.seq
          : concern === 'progress'
            ? progressSeq
            : (model.ledgers.get(concern)?.seq ?? 0);
    const caughtUp = new Set<Concern>();
    const missedProgress: ProgressLine[] = [];
    try {
      for (const record of tail) {
        const concern = concernOf(record);
        if (record.seq <= fileSeq(concern)) continue;
        const line = toProgressLine(record);
        if (line) missedProgress.push(line);
        else {
          model.apply(record);
          caughtUp.add(concern);
        }
      }
    } catch (error) {
      if (error instanceof ReplayError) throw new StoreCorruptError(paths.journal, error.message);
      throw error;
    }

    this.#writer = new JournalWriter(paths.journal, position, fsync);
    this.#progressLog = new ProgressLogWriter(paths.progress, fsync);
    this.#progressLog.append(missedProgress);
    for (const concern of caughtUp) this.#save(concern);
    if (caughtUp.size + missedProgress.length > 0) {
      options.logger.warn('store.caught-up', { concerns: [...caughtUp], progress: missedProgress.length });
    }
    if (head.seq !== position.seq || head.bytes !== position.bytes) this.#saveHead();
  }

  /** Loads the progress index from the progress log, once, on first use (keeps start-up fast). */
  #progress(): StateModel {
    if (this.#progressLoaded) return this.#model;
    const model = this.#model;
    const log = readProgressLog(this.paths.progress);
    try {
      // Straight from the validated lines to the shared update objects: no journal events in between.
      for (const line of log.lines) {
        if ('retract' in line) model.retractProgress(line.seq, line.at, line.retract);
        else {
          const update = progressUpdateOf(line, line);
          model.addProgress(update);
          this.#index(update);
        }
      }
    } catch (error) {
      if (error instanceof ReplayError) throw new StoreCorruptError(this.paths.progress, error.message);
      throw error;
    }
    this.#progressLoaded = true;
    return this.#model;
  }

  /** Opens (or creates) the store in a data directory. Throws StoreCorruptError on bad data. */
  static open(options: StoreOptions): Store {
    return new Store(options);
  }

  close(): void {
    this.#writer.close();
    this.#progressLog.close();
  }

  // ——— writes ———

  #commit(event: Omit<JournalEvent, 'seq' | 'at' | 'by' | 'msg'>, meta: ChangeMeta): { seq: number } {
    const full = {
      seq: this.#writer.nextSeq,
      at: meta.at.toISOString(),
      by: meta.by,
      ...(meta.messageId ? { msg: meta.messageId } : {}),
      ...event,
    } as JournalEvent;
    this.#writer.append(full);
    const line = toProgressLine(full);
    if (line) {
      this.#progressLog.append([line]);
      // Before the index is loaded the log line is enough: loading reads it back.
      if (this.#progressLoaded) {
        this.#model.apply(full);
        if (full.type === 'progress') this.#index(this.#model.progressBySeq.get(full.seq)!);
      }
    } else {
      this.#save(this.#model.apply(full));
    }
    this.#saveHead();
    return { seq: full.seq };
  }

  #save(concern: Concern): void {
    if (concern === 'progress') return;
    if (concern === 'roster') {
      this.#roster.data = this.#model.roster;
      this.#roster.write();
    } else if (concern === 'targets') {
      this.#targets.data = this.#model.targets;
      this.#targets.write();
    } else {
      let db = this.#ledgers.get(concern);
      if (!db) {
        db = openStateFile(this.paths.ledger(concern), ledgerFileSchema, { seq: 0, items: [] });
        this.#ledgers.set(concern, db);
      }
      db.data = this.#model.ledgers.get(concern)!;
      db.write();
    }
  }

  #saveHead(): void {
    this.#head.data = this.#writer.position;
    this.#head.write();
  }

  #index(update: ProgressUpdate): void {
    addTo(this.#byTarget, targetKey(update.target), update);
    addTo(this.#byDivision, update.division, update);
    addTo(this.#byAuthor, update.by, update);
  }

  /**
   * Appends many ready-made events at once (demo history, imports): one journal write per chunk and each
   * touched state file saved once at the end. Events must carry consecutive seqs from `journalLength + 1`.
   */
  importEvents(events: readonly JournalEvent[]): void {
    const touched = new Set<Concern>();
    const lines: ProgressLine[] = [];
    this.#progress();
    for (const event of events) {
      this.#writer.append(event, false);
      const concern = this.#model.apply(event);
      if (event.type === 'progress') this.#index(this.#model.progressBySeq.get(event.seq)!);
      const line = toProgressLine(event);
      if (line) lines.push(line);
      touched.add(concern);
    }
    this.#writer.flush();
    this.#progressLog.append(lines);
    for (const concern of touched) this.#save(concern);
    this.#saveHead();
  }

  addMember(
    meta: ChangeMeta,
    member: { openId: string; division: string; role: Role; name?: string },
  ): Member {
    const data = {
      openId: member.openId,
      division: member.division,
      role: member.role,
      ...(member.name ? { name: member.name } : {}),
    };
    this.#commit({ type: 'member.add', data }, meta);
    return this.member(member.openId)!;
  }

  removeMember(meta: ChangeMeta, openId: string): Member | undefined {
    const before = this.member(openId);
    if (!before) return undefined;
    this.#commit({ type: 'member.remove', data: { openId } }, meta);
    return before;
  }

  assignTarget(meta: ChangeMeta, owner: { kind: TargetKind; index: number; division: string }): TargetOwner {
    this.#commit(
      { type: 'target.assign', data: { kind: owner.kind, index: owner.index, division: owner.division } },
      meta,
    );
    return this.targetOwner(owner.kind, owner.index)!;
  }

  recordProgress(
    meta: ChangeMeta,
    update: { target: ProgressTarget; division: string; text: string },
  ): ProgressUpdate {
    const target =
      update.target.kind === 'task'
        ? { kind: 'task' as const, id: update.target.id }
        : { kind: update.target.kind, index: update.target.index };
    const { seq } = this.#commit(
      { type: 'progress', data: { target, division: update.division, text: update.text } },
      meta,
    );
    // Before the index is loaded the model does not hold it: the same object, built the same way.
    return (
      this.#model.progressBySeq.get(seq) ??
      progressUpdateOf(
        { seq, at: meta.at.toISOString(), by: meta.by, msg: meta.messageId },
        { target, division: update.division, text: update.text },
      )
    );
  }

  /** Takes back the author's latest standing update; undefined when there is none. */
  retractLastProgress(meta: ChangeMeta): ProgressUpdate | undefined {
    this.#progress();
    const mine = this.#byAuthor.get(meta.by) ?? [];
    for (let i = mine.length - 1; i >= 0; i -= 1) {
      const update = mine[i]!;
      if (update.retracted) continue;
      this.#commit({ type: 'progress.retract', data: { seq: update.seq } }, meta);
      return update;
    }
    return undefined;
  }

  /** The id the next item registered at `at` would get: `ZG-<year>-<n+1>`. */
  nextItemId(at: Date): string {
    const year = calendarDay(at).slice(0, 4);
    const items = this.#model.ledgers.get(`ledger-${year}`)?.items ?? [];
    let max = 0;
    for (const item of items) max = Math.max(max, Number(item.id.slice(8)));
    return `ZG-${year}-${String(max + 1).padStart(3, '0')}`;
  }

  registerItem(
    meta: ChangeMeta,
    item: Pick<
      RectificationItem,
      'issue' | 'unit' | 'responsible' | 'responsibleId' | 'division' | 'taskId' | 'deadline'
    >,
  ): RectificationItem {
    const id = this.nextItemId(meta.at);
    const data = {
      id,
      issue: item.issue,
      unit: item.unit,
      ...(item.responsible ? { responsible: item.responsible } : {}),
      ...(item.responsibleId ? { responsibleId: item.responsibleId } : {}),
      division: item.division,
      ...(item.taskId ? { taskId: item.taskId } : {}),
      deadline: item.deadline,
    };
    this.#commit({ type: 'zg.register', data }, meta);
    return this.item(id)!;
  }

  #openItem(id: string): RectificationItem {
    const item = this.item(id);
    if (!item) throw new StoreError('item-not-found', `整改事项 ${id} 不存在`);
    if (item.status === '已销号') throw new StoreError('item-closed', `整改事项 ${id} 已销号`);
    return item;
  }

  noteItem(meta: ChangeMeta, id: string, text: string): RectificationItem {
    this.#openItem(id);
    this.#commit({ type: 'zg.note', data: { id, text } }, meta);
    return this.item(id)!;
  }

  extendItem(meta: ChangeMeta, id: string, deadline: string, reason: string): RectificationItem {
    this.#openItem(id);
    this.#commit({ type: 'zg.extend', data: { id, deadline, reason } }, meta);
    return this.item(id)!;
  }

  /** 销号: closes at once, or (`pending`) asks for confirmation (待审核). */
  closeItem(meta: ChangeMeta, id: string, text: string, pending: boolean): RectificationItem {
    this.#openItem(id);
    this.#commit({ type: 'zg.close', data: { id, text, pending } }, meta);
    return this.item(id)!;
  }

  approveItem(meta: ChangeMeta, id: string): RectificationItem {
    const item = this.#openItem(id);
    if (item.status !== '待审核') throw new StoreError('item-not-pending', `整改事项 ${id} 不在待审核状态`);
    this.#commit({ type: 'zg.approve', data: { id } }, meta);
    return this.item(id)!;
  }

  // ——— reads (returned objects are the store's own: do not mutate) ———

  member(openId: string): Member | undefined {
    return this.#model.roster.members.find((m) => m.openId === openId);
  }

  members(): Member[] {
    return [...this.#model.roster.members];
  }

  membersOf(division: string): Member[] {
    return this.#model.roster.members.filter((m) => m.division === division);
  }

  /** The 处长 of a division (those to @-mention in reminders). */
  headsOf(division: string): Member[] {
    return this.membersOf(division).filter((m) => m.role === '处长');
  }

  targetOwners(): TargetOwner[] {
    return [...this.#model.targets.owners];
  }

  targetOwner(kind: TargetKind, index: number): TargetOwner | undefined {
    return this.#model.targets.owners.find((o) => o.kind === kind && o.index === index);
  }

  item(id: string): RectificationItem | undefined {
    return this.#model.items.get(id);
  }

  /** Ledger items in id order (registration order). */
  items(query: ItemQuery = {}): RectificationItem[] {
    const statuses =
      query.status === undefined ? undefined : Array.isArray(query.status) ? query.status : [query.status];
    const out: RectificationItem[] = [];
    for (const year of [...this.#model.ledgers.keys()].sort()) {
      for (const item of this.#model.ledgers.get(year)!.items) {
        if (query.division && item.division !== query.division) continue;
        if (statuses && !statuses.includes(item.status)) continue;
        if (query.open && item.status === '已销号') continue;
        out.push(item);
      }
    }
    return out;
  }

  /** Progress updates, oldest first. */
  progress(query: ProgressQuery = {}): ProgressUpdate[] {
    this.#progress();
    const base = query.target
      ? (this.#byTarget.get(targetKey(query.target)) ?? [])
      : query.division
        ? (this.#byDivision.get(query.division) ?? [])
        : query.by
          ? (this.#byAuthor.get(query.by) ?? [])
          : this.#model.progress;
    const from = query.from?.toISOString();
    const to = query.to?.toISOString();
    return base.filter(
      (u) =>
        (query.includeRetracted || !u.retracted) &&
        (!query.division || u.division === query.division) &&
        (!query.by || u.by === query.by) &&
        (!from || u.at >= from) &&
        (!to || u.at < to),
    );
  }

  /** Standing updates whose instant is in [from, to). */
  progressBetween(from: Date, to: Date): ProgressUpdate[] {
    return this.progress({ from, to });
  }

  /** The latest standing update on a target, if any (for "silent for two weeks"). */
  lastProgress(target: ProgressTarget): ProgressUpdate | undefined {
    this.#progress();
    const list = this.#byTarget.get(targetKey(target)) ?? [];
    for (let i = list.length - 1; i >= 0; i -= 1) if (!list[i]!.retracted) return list[i];
    return undefined;
  }

  /** Number of journal records (the last seq). */
  get journalLength(): number {
    return this.#writer.seq;
  }
}

function addTo(map: Map<string, ProgressUpdate[]>, key: string, update: ProgressUpdate): void {
  const list = map.get(key);
  if (list) list.push(update);
  else map.set(key, [update]);
}

export function openStore(options: StoreOptions): Store {
  return Store.open(options);
}
