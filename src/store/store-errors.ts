import type { ItemStatus, PendingRequest } from './types';

// Named store errors. Corruption (FileCorruptError) stops the start with a message saying which file and what
// is wrong; a refused operation carries a code and the data that explain it — never wording: the commands'
// room turns the code into the sentence the user reads (src/reply/store-refusal-wording.ts).

export { FileCorruptError as StoreCorruptError } from '../files/file-corrupt-error';

/** Each code and the data it carries. */
export interface StoreErrorData {
  'item-not-found': { id: string };
  'item-exists': { id: string };
  /** A change to an item already closed (已销号) — `at`: when it was closed. */
  'item-closed': { id: string; at: string };
  /** A review or withdrawal of a request that is not waiting (`deadline`: the extension that is). */
  'item-not-pending': {
    id: string;
    request: 'close' | 'extension';
    change: 'approve' | 'reject' | 'withdraw';
    status: ItemStatus;
    deadline?: string;
  };
  /**
   * A request already waits for review (or a close is pending and must be reviewed first): `change` is what
   * was refused (a close, or a request to extend), `division` whose reviewers decide the one that waits.
   */
  'item-pending': { id: string; pending: PendingRequest; change: 'close' | 'extend'; division: string };
  /** A change to a voided item — `at`: when it was voided, `reason`: why. */
  'item-voided': { id: string; at: string; reason?: string };
  'item-not-closed': { id: string; status: ItemStatus };
  /** An identical open item (same problem, same 责任单位) exists. */
  'item-duplicate': { id: string; status: ItemStatus; issue: string; unit: string; division: string };
  /** A new deadline not later than the current one. */
  'deadline-not-later': { id: string; deadline: string; current: string };
  /**
   * A requester deciding their own request: reviewing it (`approve`, `reject`), or — after it was refused —
   * making the change directly themselves (`close`, `extend`).
   */
  'own-request': {
    id: string;
    change: 'approve' | 'reject' | 'close' | 'extend';
    pending?: PendingRequest;
    /** Whose other reviewers decide it. */
    division: string;
  };
  /** Someone other than the requester withdrawing a request. */
  'not-own-request': { id: string; pending: PendingRequest };
  /** A change that changes nothing (a 移交 to where the item already is). */
  'no-change': { id: string };
  'update-not-found': { seq: number };
  'update-retracted': { seq: number };
  /** A progress update someone else wrote. */
  'update-not-own': { seq: number };
  /** A digest window that would leave a day out or count one twice (`expected`: where it must start). */
  'digest-window': { from: string; to: string; lastTo?: string; expected?: string };
  /** A calendar confirmation with no notice waiting for it (`pending`: the year that waits, if any). */
  'calendar-not-pending': { year: number; pending?: number };
  /** A calendar day taken back that was never set. */
  'calendar-not-set': { day: string };
  /** A one-time sign-in link used before, or a second sign-in secret. */
  'link-used': Record<string, never>;
  'secret-exists': Record<string, never>;
  /**
   * A write outside the transaction of its own message, or of a message given up on, or during an import, or
   * (committed behind, outside a transaction) after another instance appended first.
   */
  'not-writable': {
    reason: 'abandoned' | 'other-transaction' | 'importing' | 'overtaken';
    messageId?: string;
  };
}

export type StoreErrorCode = keyof StoreErrorData;

/** A refusal as one value, narrowed by its code. */
export type StoreRefusal = { [C in StoreErrorCode]: { code: C; data: StoreErrorData[C] } }[StoreErrorCode];

export class StoreError<C extends StoreErrorCode = StoreErrorCode> extends Error {
  constructor(
    readonly code: C,
    readonly data: StoreErrorData[C],
  ) {
    super(`${code} ${JSON.stringify(data)}`);
    this.name = 'StoreError';
  }

  /** The code and its data, narrowed together. */
  get refusal(): StoreRefusal {
    return { code: this.code, data: this.data } as StoreRefusal;
  }
}

/**
 * The store could not keep a change (a full disk, an I/O error). `recorded: 'no'` when it is certain that
 * nothing of it was kept; `'unknown'` when a failed write may have left it in the journal (the store then
 * refuses writes until it can cut that back, and a restart would find it committed).
 */
export class StoreWriteError extends Error {
  constructor(
    readonly recorded: 'no' | 'unknown',
    message: string,
  ) {
    super(message);
    this.name = 'StoreWriteError';
  }
}
