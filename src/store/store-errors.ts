// Named store errors. Corruption (FileCorruptError) stops the start with a message saying which file and what
// is wrong; a refused operation carries a code the commands turn into Chinese wording.

export { FileCorruptError as StoreCorruptError } from '../files/file-corrupt-error';

export type StoreErrorCode =
  | 'item-not-found'
  | 'item-exists'
  | 'item-closed'
  | 'item-not-pending'
  | 'update-not-found'
  | 'update-retracted'
  /** A write outside the transaction of its own message, or after the store failed. */
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
