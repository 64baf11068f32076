import { calendarDay } from '../time/calendar-day';
import type { BlobStore } from './blob-store';
import { type Concern, concernOf } from './model/concern-of';
import { progressUpdateOf } from './model/progress/progress-update-of';
import type { Proposed } from './model/proposed';
import { type JournalEvent, journalRecordSchema } from './schemas';
import type { StateModel } from './state-model';
import type {
  CalendarImportDay,
  ChangeMeta,
  ChangeSource,
  ItemTransfer,
  NewItem,
  Store,
  Transacted,
  TransactOptions,
} from './store';
import { StoreError } from './store-errors';
import type { DayKind, EvidenceFile, ItemQuery, ProgressQuery, ProgressTarget, Role } from './types';

// The Store every backend shares: the write API turned into proposed records, checked against the state
// model's rules, applied, and handed to the backend's persistence — at once, or at the end of a transaction
// together with its outcome. A backend supplies only how records are kept (`Persistence`).

/** Parts of the state a backend may load on first use (they can be large). */
export type LazyConcern = 'progress' | 'ledger';

export interface Persistence {
  /** Which backend this is (`/healthz`). */
  readonly kind: 'file' | 'memory' | 'postgres';
  /** The state model as durably kept (rebuilt afresh after a rollback). */
  model(): StateModel;
  /** Whether a lazy part is in the model now. */
  loaded(concern: LazyConcern): boolean;
  /** Brings a lazy part into the model. */
  load(concern: LazyConcern): void;
  /** Seq of the last durable record. */
  readonly lastSeq: number;
  /**
   * Opens a write turn: records other instances appended are applied to the model first, and a backend
   * shared by instances holds its append lock until `commit` or `end`, so the rules are checked on the
   * latest state and nobody appends in between.
   */
  begin(): Promise<void>;
  /**
   * Makes the records durable, in order, as one unit, and ends the turn; throws StoreWriteError when it
   * cannot (`recorded` says whether that is certain). Once the records are durable it returns, even if what
   * is derived from them could not be written yet: that is caught up before the next commit (or when
   * `writeProblem` is asked).
   */
  commit(records: readonly JournalEvent[]): Promise<void>;
  /** Ends a turn that commits nothing. */
  end(): Promise<void>;
  /**
   * Commits a change made outside any transaction at once, when the backend can (one writer, synchronous
   * files); a backend without it has such changes committed behind, in their own turn.
   */
  commitNow?(records: readonly JournalEvent[]): void;
  /** Applies records other instances appended since (no lock). */
  refresh(): Promise<void>;
  /** Why writes fail now, after trying again what is left to do; undefined while they work. */
  writeProblem(): string | undefined;
  /** Whether the backend answers now. */
  reachable(): Promise<boolean>;
  /**
   * The outcome record of a source committed before: this process's, or (`deep`) anywhere in the history.
   * Asked inside a write turn, so what another instance committed is seen.
   */
  committedOutcome(messageId: string, deep: boolean): Promise<unknown>;
  /** Drops what is in memory and reads the durable state again. */
  reload(): void | Promise<void>;
  /** Bulk append of ready-made records. */
  import(records: readonly JournalEvent[]): void | Promise<void>;
  close(): void | Promise<void>;
}

interface OpenTx {
  source: ChangeSource;
  records: JournalEvent[];
  /**
   * Names learnt from the message (its @-mentions, its sender): recorded with the transaction's changes
   * when it makes any, so a question that changes nothing still records nothing.
   */
  names: Map<string, { name: string; meta: ChangeMeta }>;
}

const LAZY_OF: Partial<Record<Concern, LazyConcern>> = { progress: 'progress', ledger: 'ledger' };

export class ModelStore implements Store {
  #tx: OpenTx | undefined;
  /** Sources given up on (their signal fired) while their work still runs: its writes are refused. */
  readonly #abandoned = new Set<string>();
  #queue: Promise<unknown> = Promise.resolve();
  #nextSeq: number;
  /** The first change committed behind (outside a transaction) that could not be kept, until `flush`. */
  #behindError: unknown;

  constructor(
    private readonly persistence: Persistence,
    private readonly timeZone: string,
    readonly blobs: BlobStore,
  ) {
    this.#nextSeq = persistence.lastSeq + 1;
  }

  get #model(): StateModel {
    return this.persistence.model();
  }

  #ensure(concern: LazyConcern): StateModel {
    if (!this.persistence.loaded(concern)) this.persistence.load(concern);
    return this.#model;
  }

  // ——— reads ———

  member(openId: string) {
    return this.#model.member(openId);
  }
  personName(openId: string) {
    return this.#tx?.names.get(openId)?.name ?? this.#model.personName(openId);
  }
  members() {
    return [...this.#model.roster.members];
  }
  membersOf(division: string) {
    return this.#model.roster.members.filter((m) => m.division === division);
  }
  headsOf(division: string) {
    return this.membersOf(division).filter((m) => m.role === '处长');
  }
  targetOwners() {
    return [...this.#model.targets.owners];
  }
  targetOwner(kind: 'goal' | 'indicator', index: number, plan?: string) {
    return this.#model.targetOwner(kind, index, plan);
  }
  item(id: string) {
    return this.#ensure('ledger').items.get(id);
  }
  items(query: ItemQuery = {}) {
    return this.#ensure('ledger').itemList(query);
  }
  openDuplicateOf(issue: string, unit: string) {
    return this.#ensure('ledger').openDuplicateOf(issue, unit);
  }
  lastItemEventBy(openId: string) {
    return this.#ensure('ledger').lastItemEventBy(openId);
  }
  lastStandingProgressBy(openId: string) {
    return this.#ensure('progress').lastStandingBy(openId);
  }
  lastDigest() {
    return this.#model.reports.digest;
  }
  progress(query: ProgressQuery = {}) {
    return this.#ensure('progress').progressList(query);
  }
  progressUpdate(seq: number) {
    return this.#ensure('progress').progressBySeq.get(seq);
  }
  progressBetween(from: Date, to: Date) {
    return this.progress({ from, to });
  }
  lastProgress(target: ProgressTarget) {
    return this.#ensure('progress').lastProgress(target);
  }
  nextItemId(at: Date) {
    return this.#ensure('ledger').nextItemId(calendarDay(at, this.timeZone).slice(0, 4));
  }
  calendarOverrides() {
    return this.#model.settings.calendar;
  }
  calendarSettings() {
    const { calendarNames, calendarYears, calendarPending } = this.#model.settings;
    return {
      names: calendarNames,
      confirmed: calendarYears,
      ...(calendarPending ? { pending: calendarPending } : {}),
    };
  }
  planSettings() {
    const { plans, currentPlan } = this.#model.settings;
    return { plans, ...(currentPlan ? { current: currentPlan } : {}) };
  }
  divisionSettings() {
    const { divisions, renames } = this.#model.settings;
    return { divisions, renames };
  }
  evidenceRequired(division: string) {
    const rules = this.#model.settings.evidence;
    return rules[this.#model.division(division)] ?? rules['*'] ?? false;
  }
  evidenceRules() {
    return this.#model.settings.evidence;
  }
  signInSecret() {
    return this.#model.access.secret;
  }
  signInLinkUsed(link: string) {
    return this.#model.access.links[link] !== undefined;
  }
  useLegacyPlan(id: string) {
    this.#model.useLegacyPlan(id);
  }
  get journalLength() {
    return this.#nextSeq - 1;
  }

  get backend() {
    return this.persistence.kind;
  }

  reachable() {
    return this.persistence.reachable();
  }

  // ——— transactions ———

  transact<T extends object>(
    source: ChangeSource,
    work: () => T | Promise<T>,
    options: TransactOptions & { parse: (stored: unknown) => T },
  ): Promise<Transacted<T>>;
  transact<T extends object>(
    source: ChangeSource,
    work: () => T | Promise<T>,
    options?: TransactOptions,
  ): Promise<Transacted<T, unknown>>;
  transact<T extends object>(
    source: ChangeSource,
    work: () => T | Promise<T>,
    options: TransactOptions & { parse?: (stored: unknown) => T } = {},
  ): Promise<Transacted<T, unknown>> {
    return this.#inTurn(() => this.#run(source, work, options));
  }

  refresh(): Promise<void> {
    return this.#inTurn(async () => {
      await this.persistence.refresh();
      this.#nextSeq = this.persistence.lastSeq + 1;
    });
  }

  async flush(): Promise<void> {
    await this.#inTurn(async () => {});
    const failed = this.#behindError;
    this.#behindError = undefined;
    if (failed) throw failed;
  }

  /** Runs `task` after every transaction and change committed behind before it. */
  #inTurn<R>(task: () => Promise<R>): Promise<R> {
    const turn = this.#queue.then(task);
    this.#queue = turn.catch(() => {});
    return turn;
  }

  async #run<T extends object>(
    source: ChangeSource,
    work: () => T | Promise<T>,
    options: TransactOptions & { parse?: (stored: unknown) => T },
  ): Promise<Transacted<T, unknown>> {
    const { signal, parse } = options;
    await this.persistence.begin();
    let open = true;
    try {
      this.#nextSeq = this.persistence.lastSeq + 1;
      if (source.messageId) {
        const stored = await this.persistence.committedOutcome(source.messageId, source.replay === true);
        if (stored !== undefined) return { kind: 'replayed', outcome: parse ? parse(stored) : stored };
      }
      if (signal?.aborted) return { kind: 'aborted' };
      const tx: OpenTx = { source, records: [], names: new Map() };
      this.#tx = tx;
      let outcome: T;
      try {
        outcome = await untilAborted(Promise.resolve().then(work), signal);
      } catch (error) {
        this.#tx = undefined;
        // A refusal throws before anything is applied: only applied records need undoing (a rollback re-reads
        // the state and drops the indexes).
        if (tx.records.length > 0) await this.#rollback();
        if (error === ABORTED) {
          if (source.messageId) this.#abandoned.add(source.messageId);
          return { kind: 'aborted' };
        }
        throw error;
      }
      try {
        if (tx.records.length === 0) return { kind: 'done', outcome, recorded: false };
        for (const [openId, { name, meta }] of tx.names) {
          if (this.#model.personName(openId) !== name)
            this.#change(meta, { type: 'person.name', data: { openId, name } });
        }
      } finally {
        this.#tx = undefined;
      }
      const first = tx.records[0]!;
      const record = this.#record(
        {
          by: first.by,
          at: new Date(first.at),
          ...(source.messageId ? { messageId: source.messageId } : {}),
        },
        { type: 'outcome', data: { reply: Object.fromEntries(Object.entries(outcome)) } },
        true,
      );
      open = false;
      await this.#commit([...tx.records, record]);
      return { kind: 'done', outcome, recorded: true };
    } finally {
      this.#tx = undefined;
      if (open) await this.persistence.end();
    }
  }

  /**
   * Hands records to the persistence (ending the write turn). Refused (nothing kept, or not known to be): the
   * model is read again and the error goes up; a message's door then checks its outcome again once writes
   * work.
   */
  async #commit(records: JournalEvent[]): Promise<void> {
    try {
      await this.persistence.commit(records);
    } catch (error) {
      await this.#rollback();
      throw error;
    }
  }

  /** A change outside any transaction: durable at once where the backend can, else committed behind. */
  #commitOutside(records: JournalEvent[]): void {
    const persistence = this.persistence;
    if (persistence.commitNow) {
      try {
        persistence.commitNow(records);
      } catch (error) {
        this.#rollbackNow();
        throw error;
      }
      return;
    }
    void this.#inTurn(async () => {
      try {
        await persistence.begin();
        // Another instance appended first: these seqs are taken, the change cannot be kept.
        if (persistence.lastSeq + 1 !== records[0]!.seq) {
          await persistence.end();
          throw new StoreError('not-writable', { reason: 'overtaken' });
        }
        await persistence.commit(records);
      } catch (error) {
        await this.#rollback();
        this.#behindError ??= error;
      }
    });
  }

  async #rollback(): Promise<void> {
    await this.persistence.reload();
    this.#nextSeq = this.persistence.lastSeq + 1;
  }

  #rollbackNow(): void {
    void this.persistence.reload();
    this.#nextSeq = this.persistence.lastSeq + 1;
  }

  /** A full record for a proposed change, schema-checked: a record the reader would refuse is never made. */
  #record(meta: ChangeMeta, change: Proposed, inTx: boolean): JournalEvent {
    const record = {
      seq: this.#nextSeq,
      at: meta.at.toISOString(),
      by: meta.by,
      ...(meta.messageId ? { msg: meta.messageId } : {}),
      ...(inTx ? { tx: true as const } : {}),
      type: change.type,
      data: change.data,
    };
    const checked = journalRecordSchema.safeParse(record);
    if (!checked.success)
      throw new Error(`记录未写入:${checked.error.issues.map((i) => i.path.join('.')).join('、')}`);
    this.#nextSeq += 1;
    return record as JournalEvent;
  }

  check(meta: ChangeMeta, change: Proposed): void {
    this.#loadFor(change);
    this.#model.check(change, { by: meta.by });
  }

  /** Brings in the lazy part a change is checked against. */
  #loadFor(change: Proposed): LazyConcern | undefined {
    const lazy = LAZY_OF[concernOf(change)];
    // Progress is appended without loading its index; a retraction must find what it retracts.
    if (lazy === 'ledger' || change.type === 'progress.retract') this.#ensure(lazy!);
    return lazy;
  }

  /** Checks, applies and keeps (at once, or with the open transaction) one change. */
  #change(meta: ChangeMeta, change: Proposed): JournalEvent {
    const tx = this.#tx;
    if (meta.messageId && this.#abandoned.has(meta.messageId))
      throw new StoreError('not-writable', { reason: 'abandoned', messageId: meta.messageId });
    if (tx && tx.source.messageId !== meta.messageId)
      throw new StoreError('not-writable', { reason: 'other-transaction' });
    const lazy = this.#loadFor(change);
    this.#model.check(change, { by: meta.by });
    const record = this.#record(meta, change, tx !== undefined);
    // Counted before it is applied: an apply that throws halfway is undone with the rest of the transaction.
    if (tx) tx.records.push(record);
    if (!lazy || this.persistence.loaded(lazy)) this.#model.apply(record);
    if (!tx) this.#commitOutside([record]);
    return record;
  }

  // ——— writes ———

  addMember(meta: ChangeMeta, member: { openId: string; division: string; role: Role; name?: string }) {
    const data = {
      openId: member.openId,
      division: member.division,
      role: member.role,
      ...(member.name ? { name: member.name } : {}),
    };
    this.#change(meta, { type: 'member.add', data });
    return this.member(member.openId)!;
  }

  removeMember(meta: ChangeMeta, openId: string) {
    const before = this.member(openId);
    if (!before) return undefined;
    this.#change(meta, { type: 'member.remove', data: { openId } });
    return before;
  }

  assignTarget(
    meta: ChangeMeta,
    owner: { kind: 'goal' | 'indicator'; index: number; division: string; plan?: string },
  ) {
    const data = {
      kind: owner.kind,
      index: owner.index,
      division: owner.division,
      ...(owner.plan ? { plan: owner.plan } : {}),
    };
    this.#change(meta, { type: 'target.assign', data });
    return this.targetOwner(owner.kind, owner.index, owner.plan)!;
  }

  recordProgress(meta: ChangeMeta, update: { target: ProgressTarget; division: string; text: string }) {
    const plan = update.target.plan ? { plan: update.target.plan } : {};
    const target =
      update.target.kind === 'task'
        ? { kind: 'task' as const, id: update.target.id, ...plan }
        : { kind: update.target.kind, index: update.target.index, ...plan };
    const data = { target, division: update.division, text: update.text };
    const record = this.#change(meta, { type: 'progress', data });
    // Before the index is loaded the model does not hold it: the same object, built the same way.
    return this.#model.progressBySeq.get(record.seq) ?? progressUpdateOf(record, data);
  }

  retractLastProgress(meta: ChangeMeta) {
    const update = this.#ensure('progress').lastStandingBy(meta.by);
    if (!update) return undefined;
    this.#change(meta, { type: 'progress.retract', data: { seq: update.seq } });
    return update;
  }

  retractProgress(meta: ChangeMeta, seq: number) {
    this.#change(meta, { type: 'progress.retract', data: { seq } });
    return this.#model.progressBySeq.get(seq)!;
  }

  learnName(meta: ChangeMeta, openId: string, name: string) {
    const clean = name.trim();
    if (!openId || !clean || this.personName(openId) === clean) return;
    const tx = this.#tx;
    if (tx && tx.source.messageId === meta.messageId) tx.names.set(openId, { name: clean, meta });
    else this.#change(meta, { type: 'person.name', data: { openId, name: clean } });
  }

  recordDigest(meta: ChangeMeta, window: { from: string; to: string }) {
    this.#change(meta, { type: 'report.digest', data: { from: window.from, to: window.to } });
    return this.lastDigest()!;
  }

  registerItem(meta: ChangeMeta, item: NewItem) {
    const id = this.nextItemId(meta.at);
    const data = {
      id,
      issue: item.issue,
      unit: item.unit,
      ...(item.responsible ? { responsible: item.responsible } : {}),
      ...(item.responsibleId ? { responsibleId: item.responsibleId } : {}),
      division: item.division,
      ...(item.taskId ? { taskId: item.taskId } : {}),
      ...(item.taskId && item.plan ? { plan: item.plan } : {}),
      deadline: item.deadline,
      ...(item.kind ? { kind: item.kind } : {}),
      ...(item.amount !== undefined ? { amount: item.amount } : {}),
      ...(item.original ? { original: item.original } : {}),
      ...(item.source ? { source: { ...item.source } } : {}),
    };
    this.#change(meta, { type: 'zg.register', data });
    return this.item(id)!;
  }

  addEvidence(meta: ChangeMeta, id: string, file: EvidenceFile & { text?: string; source?: string }) {
    const data = {
      id,
      sha256: file.sha256,
      name: file.name,
      size: file.size,
      mime: file.mime,
      ...(file.text ? { text: file.text } : {}),
      ...(file.source ? { source: file.source } : {}),
    };
    this.#change(meta, { type: 'zg.evidence', data });
    return this.item(id)!;
  }

  setEvidenceRule(meta: ChangeMeta, division: string | undefined, required: boolean) {
    this.#change(meta, { type: 'evidence.rule', data: { ...(division ? { division } : {}), required } });
  }

  noteItem(meta: ChangeMeta, id: string, text: string) {
    this.#change(meta, { type: 'zg.note', data: { id, text } });
    return this.item(id)!;
  }

  extendItem(meta: ChangeMeta, id: string, deadline: string, reason: string) {
    this.#change(meta, { type: 'zg.extend', data: { id, deadline, reason } });
    return this.item(id)!;
  }

  requestExtension(meta: ChangeMeta, id: string, deadline: string, reason: string) {
    this.#change(meta, { type: 'zg.extend.request', data: { id, deadline, reason } });
    return this.item(id)!;
  }

  approveExtension(meta: ChangeMeta, id: string, text?: string) {
    const pending = this.item(id)?.pending;
    const deadline =
      pending?.kind === 'extension' ? pending.deadline : (this.item(id)?.deadline ?? '0000-00-00');
    this.#change(meta, { type: 'zg.extend.approve', data: { id, deadline, ...(text ? { text } : {}) } });
    return this.item(id)!;
  }

  closeItem(meta: ChangeMeta, id: string, text: string, pending: boolean, amount?: number) {
    const data = { id, text, pending, ...(amount !== undefined ? { amount } : {}) };
    this.#change(meta, { type: 'zg.close', data });
    return this.item(id)!;
  }

  approveItem(meta: ChangeMeta, id: string, text?: string) {
    this.#change(meta, { type: 'zg.approve', data: { id, ...(text ? { text } : {}) } });
    return this.item(id)!;
  }

  rejectRequest(meta: ChangeMeta, id: string, reason: string) {
    const request = this.item(id)?.pending?.kind ?? 'close';
    this.#change(meta, { type: 'zg.reject', data: { id, request, reason } });
    return this.item(id)!;
  }

  withdrawRequest(meta: ChangeMeta, id: string, reason?: string) {
    const request = this.item(id)?.pending?.kind ?? 'close';
    this.#change(meta, { type: 'zg.withdraw', data: { id, request, ...(reason ? { reason } : {}) } });
    return this.item(id)!;
  }

  reopenItem(meta: ChangeMeta, id: string, reason: string) {
    this.#change(meta, { type: 'zg.reopen', data: { id, reason } });
    return this.item(id)!;
  }

  voidItem(meta: ChangeMeta, id: string, reason: string) {
    this.#change(meta, { type: 'zg.void', data: { id, reason } });
    return this.item(id)!;
  }

  transferItem(meta: ChangeMeta, id: string, change: ItemTransfer, reason?: string) {
    const data = {
      id,
      ...(change.division ? { division: change.division } : {}),
      ...(change.unit ? { unit: change.unit } : {}),
      ...(change.responsible ? { responsible: change.responsible } : {}),
      ...(change.responsible && change.responsibleId ? { responsibleId: change.responsibleId } : {}),
      ...(reason ? { reason } : {}),
    };
    this.#change(meta, { type: 'zg.transfer', data });
    return this.item(id)!;
  }

  setCalendarDay(meta: ChangeMeta, day: string, kind: DayKind, name?: string) {
    this.#change(meta, { type: 'calendar.set', data: { day, kind, ...(name ? { name } : {}) } });
  }

  unsetCalendarDay(meta: ChangeMeta, day: string) {
    this.#change(meta, { type: 'calendar.unset', data: { day } });
  }

  importCalendar(meta: ChangeMeta, notice: { year: number; days: CalendarImportDay[]; file?: string }) {
    const { year, days, file } = notice;
    this.#change(meta, { type: 'calendar.import', data: { year, days, ...(file ? { file } : {}) } });
    return this.#model.settings.calendarPending!;
  }

  confirmCalendar(meta: ChangeMeta, year: number) {
    this.#change(meta, { type: 'calendar.confirm', data: { year } });
  }

  keepSignInSecret(meta: ChangeMeta, secret: string) {
    this.#change(meta, { type: 'signin.secret', data: { secret } });
  }

  useSignInLink(meta: ChangeMeta, link: string, expires: Date) {
    this.#change(meta, { type: 'signin.link', data: { link, expires: expires.toISOString() } });
  }

  addPlan(meta: ChangeMeta, plan: { id: string; file: string; title: string }) {
    this.#change(meta, { type: 'plan.add', data: { id: plan.id, file: plan.file, title: plan.title } });
  }

  activatePlan(meta: ChangeMeta, id: string) {
    this.#change(meta, { type: 'plan.activate', data: { id } });
  }

  addDivision(meta: ChangeMeta, division: { name: string; aliases: string[] }) {
    this.#change(meta, { type: 'division.add', data: { name: division.name, aliases: division.aliases } });
  }

  renameDivision(meta: ChangeMeta, from: string, to: string) {
    // Parts not in memory yet take the new name as they are read.
    this.#change(meta, { type: 'division.rename', data: { from, to } });
  }

  async importEvents(events: readonly JournalEvent[]) {
    if (this.#tx) throw new StoreError('not-writable', { reason: 'importing' });
    await this.#inTurn(async () => {
      await this.persistence.import(events);
      this.#nextSeq = this.persistence.lastSeq + 1;
    });
  }

  writeProblem() {
    return this.persistence.writeProblem();
  }

  async close() {
    // A single-writer backend closes at once (its changes are durable already); another after what is queued.
    if (!this.persistence.commitNow) await this.#queue;
    await this.persistence.close();
  }
}

const ABORTED = Symbol('aborted');

/** The work's result, or rejects with ABORTED as soon as the signal fires (the work may still be running). */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(ABORTED);
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        // A signal that fired while the result was on its way still wins: nothing commits after it.
        if (signal.aborted) reject(ABORTED);
        else resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
