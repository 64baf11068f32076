import type { BlobStore } from './blob-store';
import type { Proposed } from './model/proposed';
import type { JournalEvent, PendingCalendarImport } from './schemas';
import type {
  DayKind,
  DigestWindow,
  EvidenceFile,
  ItemEvent,
  ItemQuery,
  Member,
  ProgressQuery,
  ProgressTarget,
  ProgressUpdate,
  RectificationItem,
  Role,
  TargetKind,
  TargetOwner,
} from './types';

// What every room reads and writes through. The file backend (src/store/file) is one implementation; any
// other (memory, PostgreSQL) passes the same contract suite (test/store/contract.ts). Returned objects are the
// store's own: do not mutate them.

/** A day a holiday notice gives, with the holiday it belongs to. */
export interface CalendarImportDay {
  day: string;
  kind: DayKind;
  name: string;
}

export interface CalendarSettings {
  names: Readonly<Record<string, string>>;
  confirmed: Readonly<Record<string, { by: string; at: string }>>;
  pending?: PendingCalendarImport;
}

/** Who made a change, when, and from which message. */
export interface ChangeMeta {
  by: string;
  at: Date;
  /** The source message (or card-click event) id: every record the change makes carries it. */
  messageId?: string;
}

/** What caused a transaction: its changes are committed together, keyed by this id. */
export interface ChangeSource {
  messageId?: string;
  /**
   * The message was acknowledged before a restart and may have been committed then: look for its commit
   * in the whole history, not only among this process's commits.
   */
  replay?: boolean;
}

/** What registering an item takes (the id is the store's). */
export type NewItem = Pick<
  RectificationItem,
  | 'issue'
  | 'unit'
  | 'responsible'
  | 'responsibleId'
  | 'division'
  | 'taskId'
  | 'plan'
  | 'deadline'
  | 'kind'
  | 'amount'
  | 'original'
  | 'source'
>;

/** What a 移交 moves: only the fields given change; a new 责任人 without an open_id clears the old one's. */
export interface ItemTransfer {
  division?: string;
  unit?: string;
  responsible?: string;
  responsibleId?: string;
}

/**
 * How a transaction ended. `T` is what the work returns; `R` what a replay gives back: the stored outcome read
 * by the `parse` given to `transact` (else `unknown`, as stored).
 */
export type Transacted<T, R = T> =
  /** The work ran; `recorded` tells whether it changed anything (then its outcome was committed with it). */
  | { kind: 'done'; outcome: T; recorded: boolean }
  /** The source's changes were committed before: nothing ran, this is the outcome stored with them. */
  | { kind: 'replayed'; outcome: R }
  /** The signal fired before the commit: nothing was recorded. */
  | { kind: 'aborted' };

export interface TransactOptions {
  /** Gives up before the commit when it fires: nothing is recorded, and the work's later writes are refused. */
  signal?: AbortSignal;
}

export interface Store {
  // ——— reads ———
  member(openId: string): Member | undefined;
  /** A person's display name when known (learnt from Lark, else the roster's); see displayName(). */
  personName(openId: string): string | undefined;
  members(): Member[];
  membersOf(division: string): Member[];
  /** The 处长 of a division. */
  headsOf(division: string): Member[];
  targetOwners(): TargetOwner[];
  /** The owner of a goal or indicator of a plan (absent plan: the legacy plan). */
  targetOwner(kind: TargetKind, index: number, plan?: string): TargetOwner | undefined;
  item(id: string): RectificationItem | undefined;
  /** Ledger items in id order (voided ones only when the query asks for them). */
  items(query?: ItemQuery): RectificationItem[];
  /** An open item with the same problem text and 责任单位 (it would be registered twice). */
  openDuplicateOf(issue: string, unit: string): RectificationItem | undefined;
  /** The person's latest ledger event, with its item. */
  lastItemEventBy(openId: string): { item: RectificationItem; event: ItemEvent } | undefined;
  /** The person's latest progress update that stands (not retracted). */
  lastStandingProgressBy(openId: string): ProgressUpdate | undefined;
  /** The days the last digest that went out covered. */
  lastDigest(): DigestWindow | undefined;
  /** Progress updates, oldest first. */
  progress(query?: ProgressQuery): ProgressUpdate[];
  /** One update by its number (`#1234`), retracted or not. */
  progressUpdate(seq: number): ProgressUpdate | undefined;
  /** Standing updates whose instant is in [from, to). */
  progressBetween(from: Date, to: Date): ProgressUpdate[];
  /** The latest standing update on a target. */
  lastProgress(target: ProgressTarget): ProgressUpdate | undefined;
  /** The id the next item registered at `at` would get (`ZG-<year>-<n>`, the year in the bureau's zone). */
  nextItemId(at: Date): string;
  /** Working-calendar days set in chat (and imported from a confirmed notice). */
  calendarOverrides(): Readonly<Record<string, DayKind>>;
  /**
   * The rest of the calendar's settings: holiday names of days set or imported, years whose notice was
   * confirmed (by whom, when), and a notice waiting for confirmation.
   */
  calendarSettings(): CalendarSettings;
  /** Plans added (by plan add or in chat) and made current, and the plan an admin made current last. */
  planSettings(): {
    plans: Readonly<Record<string, { added?: string; activated?: string }>>;
    current?: string;
  };
  /** Divisions added beyond the plans', and old division names with the names they go by now. */
  divisionSettings(): {
    divisions: readonly { name: string; aliases: string[] }[];
    renames: Readonly<Record<string, string>>;
  };
  /**
   * Records that name no plan (made before plans were told apart) belong to this one. Set once by the
   * wiring, before the first read of progress or owners.
   */
  useLegacyPlan(id: string): void;
  /** The key the dashboard's sign-in links and sessions are signed with, once it was made. */
  signInSecret(): string | undefined;
  /** Whether a one-time sign-in link (its nonce) was used. */
  signInLinkUsed(link: string): boolean;
  /** Number of records in the history. */
  readonly journalLength: number;
  /** Files kept with items (佐证材料), by their SHA-256: written before any record names them. */
  readonly blobs: BlobStore;
  /** Whether a member's close in this division needs a file (`整改 设置 佐证`; the division's, else all's). */
  evidenceRequired(division: string): boolean;
  /** The 佐证 rules set: by division, and `*` for every division without its own. */
  evidenceRules(): Readonly<Record<string, boolean>>;

  /**
   * Throws the StoreError the change would meet if `meta`'s sender made it now, and makes nothing: for a
   * command that must not start what the store would refuse (wait for a file for a close that cannot be
   * made), and whose own rules of the day come after the store's.
   */
  check(meta: ChangeMeta, change: Proposed): void;

  // ——— writes ———
  /**
   * Runs `work` as one unit: the changes it makes are applied at once (its own reads see them) and committed
   * together with the outcome it returns — or, if it throws or `signal` fires first, not at all. A source
   * whose changes were committed before is not run again: its stored outcome comes back as `replayed`.
   * Transactions run one at a time. A change made outside any transaction commits on its own.
   */
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
  /**
   * Catches up on records other instances sharing the backend appended since this one last looked (a
   * transaction does this itself, under the append lock, before its work). Nothing to do on a file store.
   */
  refresh(): Promise<void>;
  /**
   * Waits until every change made outside a transaction is durable, and throws the first that could not be
   * kept. On the file store such changes are durable when the call returns; on PostgreSQL they are committed
   * behind, in order.
   */
  flush(): Promise<void>;
  addMember(
    meta: ChangeMeta,
    member: { openId: string; division: string; role: Role; name?: string },
  ): Member;
  removeMember(meta: ChangeMeta, openId: string): Member | undefined;
  assignTarget(
    meta: ChangeMeta,
    owner: { kind: TargetKind; index: number; division: string; plan?: string },
  ): TargetOwner;
  recordProgress(
    meta: ChangeMeta,
    update: { target: ProgressTarget; division: string; text: string },
  ): ProgressUpdate;
  /** Takes back the author's latest standing update; undefined when there is none. */
  retractLastProgress(meta: ChangeMeta): ProgressUpdate | undefined;
  /** Takes back one update (`撤销 #N`): only its author may. */
  retractProgress(meta: ChangeMeta, seq: number): ProgressUpdate;
  /**
   * Remembers a person's display name when it is new or changed. Inside a transaction it is recorded with
   * the transaction's other changes, and not at all when there are none.
   */
  learnName(meta: ChangeMeta, openId: string, name: string): void;
  /** The days a digest that went out covered: the next one starts the day after `to`. */
  recordDigest(meta: ChangeMeta, window: { from: string; to: string }): DigestWindow;
  registerItem(meta: ChangeMeta, item: NewItem): RectificationItem;
  noteItem(meta: ChangeMeta, id: string, text: string): RectificationItem;
  /** An extension applied at once (later deadlines only). */
  extendItem(meta: ChangeMeta, id: string, deadline: string, reason: string): RectificationItem;
  /** An extension asked for: the deadline changes only when it is approved. */
  requestExtension(meta: ChangeMeta, id: string, deadline: string, reason: string): RectificationItem;
  approveExtension(meta: ChangeMeta, id: string, text?: string): RectificationItem;
  /** 销号: closes at once, or (`pending`) asks for confirmation (待审核). `amount`: 整改金额 in 万元. */
  closeItem(meta: ChangeMeta, id: string, text: string, pending: boolean, amount?: number): RectificationItem;
  /** Approves the pending close (审核通过). */
  approveItem(meta: ChangeMeta, id: string, text?: string): RectificationItem;
  /** Refuses the pending request (close or extension) with a reason. */
  rejectRequest(meta: ChangeMeta, id: string, reason: string): RectificationItem;
  /** The requester takes back their own pending close or extension (a close goes back to 整改中). */
  withdrawRequest(meta: ChangeMeta, id: string, reason?: string): RectificationItem;
  reopenItem(meta: ChangeMeta, id: string, reason: string): RectificationItem;
  /**
   * A file kept with an item (佐证材料): its bytes must already be in `blobs` under `file.sha256`.
   * `text`: what was said with it; `source`: the chat message that carried it.
   */
  addEvidence(
    meta: ChangeMeta,
    id: string,
    file: EvidenceFile & { text?: string; source?: string },
  ): RectificationItem;
  /** Sets whether a member's close needs a file, for a division or (undefined) for every division. */
  setEvidenceRule(meta: ChangeMeta, division: string | undefined, required: boolean): void;
  voidItem(meta: ChangeMeta, id: string, reason: string): RectificationItem;
  transferItem(meta: ChangeMeta, id: string, change: ItemTransfer, reason?: string): RectificationItem;
  /** A day set by hand (日历 设置), with its holiday's name when given; it also leaves a waiting import. */
  setCalendarDay(meta: ChangeMeta, day: string, kind: DayKind, name?: string): void;
  /** A day set or imported taken back (日历 删除); also leaves a waiting import. */
  unsetCalendarDay(meta: ChangeMeta, day: string): void;
  /** A notice's days, waiting for confirmation (replacing any import still waiting). */
  importCalendar(
    meta: ChangeMeta,
    notice: { year: number; days: CalendarImportDay[]; file?: string },
  ): PendingCalendarImport;
  /** The waiting import of `year` applied: its days set, its year confirmed. */
  confirmCalendar(meta: ChangeMeta, year: number): void;
  /** Keeps the sign-in secret (once: a second one is refused, so nothing signed before stops working). */
  keepSignInSecret(meta: ChangeMeta, secret: string): void;
  /** Records the use of a one-time sign-in link; a link used before is refused (`link-used`). */
  useSignInLink(meta: ChangeMeta, link: string, expires: Date): void;
  addPlan(meta: ChangeMeta, plan: { id: string; file: string; title: string }): void;
  activatePlan(meta: ChangeMeta, id: string): void;
  addDivision(meta: ChangeMeta, division: { name: string; aliases: string[] }): void;
  renameDivision(meta: ChangeMeta, from: string, to: string): void;
  /**
   * Appends ready-made records in bulk (demo history, imports): they carry consecutive seqs from
   * `journalLength + 1` and are checked by replay only.
   */
  importEvents(events: readonly JournalEvent[]): Promise<void>;
  /**
   * Why the store cannot write right now (a full disk, an I/O error), in one line naming the file; undefined
   * while writes work. Asking tries again what a failed write left to do, so it clears once space returns.
   */
  writeProblem(): string | undefined;
  /** Which backend keeps the records (`/healthz`). */
  readonly backend: 'file' | 'memory' | 'postgres';
  /** Whether the backend answers now (PostgreSQL: a round trip; the others: always). */
  reachable(): Promise<boolean>;
  close(): Promise<void>;
}
