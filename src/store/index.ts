// The store's public face: what other rooms import. They depend on the `Store` interface; the file backend
// is opened by the wiring (src/main.ts, src/cli, src/core-deps.ts).

export { displayName } from './display-name';
export { dueSoonUntil } from './due-soon-until';
export { type FileStoreOptions, openFileStore } from './file/open-file-store';
export { storePaths } from './file/paths';
export { type VerifyResult, verifyFileStore as verifyStore } from './file/verify-file-store';
export { normaliseItemId } from './item-id';
export { openMemoryStore } from './memory/open-memory-store';
export { verifyMemoryStore } from './memory/verify-memory-store';
export { rejectedOwnRequest } from './model/ledger/rejected-own-request';
export { sameTextKey } from './model/ledger/same-text-key';
export type { Proposed as ProposedChange } from './model/proposed';
export { openStore, type StoreConfig } from './open-store';
export { responsibleName } from './responsible-name';
export type {
  CalendarImportDay,
  CalendarSettings,
  ChangeMeta,
  ChangeSource,
  ItemTransfer,
  NewItem,
  Store,
  Transacted,
  TransactOptions,
} from './store';
export {
  StoreCorruptError,
  StoreError,
  type StoreErrorCode,
  type StoreErrorData,
  type StoreRefusal,
  StoreWriteError,
} from './store-errors';
export { targetKey } from './target-key';
export type * from './types';
export { DUE_SOON_WORKING_DAYS, warningLevel } from './warning-level';
