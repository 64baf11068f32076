// Named store errors. Corruption (FileCorruptError) stops the start with a message saying which file and what
// is wrong; a refused operation carries a code the commands turn into Chinese wording.

export { FileCorruptError as StoreCorruptError } from '../files/file-corrupt-error';

export type StoreErrorCode =
  | 'item-not-found'
  | 'item-exists'
  | 'item-closed'
  | 'item-not-pending'
  /** A request already waits for review (or a close is pending and must be reviewed first). */
  | 'item-pending'
  | 'item-voided'
  | 'item-not-closed'
  /** An identical open item (same problem, same 责任单位) exists. */
  | 'item-duplicate'
  /** A new deadline not later than the current one. */
  | 'deadline-not-later'
  /** A requester approving their own request. */
  | 'own-request'
  /** Someone other than the requester withdrawing a request. */
  | 'not-own-request'
  /** A change that changes nothing (a 移交 to where the item already is). */
  | 'no-change'
  /** A progress update someone else wrote. */
  | 'update-not-own'
  /** A digest window that would leave a day out or count one twice. */
  | 'digest-window'
  /** A calendar confirmation with no notice waiting for it. */
  | 'calendar-not-pending'
  /** A calendar day taken back that was never set. */
  | 'calendar-not-set'
  | 'update-not-found'
  | 'update-retracted'
  /** A one-time sign-in link used before, or a second sign-in secret. */
  | 'link-used'
  | 'secret-exists'
  /** A write outside the transaction of its own message, or of a message given up on. */
  | 'not-writable';

export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'StoreError';
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
