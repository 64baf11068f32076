// The store's public face: what commands and jobs import.
export type { ChangeMeta, ItemQuery, ProgressQuery, StoreOptions } from './store';
export { normaliseItemId, openStore, Store, storePaths, targetKey } from './store';
export { StoreCorruptError, StoreError, type StoreErrorCode } from './store-errors';
export type * from './types';
export { type VerifyResult, verifyStore } from './verify-store';
export { DUE_SOON_DAYS, warningLevel } from './warning-level';
