import { BUREAU_TIME_ZONE } from '../../time/calendar-day';
import { ModelStore } from '../model-store';
import type { Store } from '../store';
import { MemoryBackend } from './memory-backend';
import { memoryBlobs } from './memory-blobs';

/** Each memory store's backend, for `verifyMemoryStore`. */
const backends = new WeakMap<Store, MemoryBackend>();

/** A store that keeps everything in memory (nothing survives the process). */
export function openMemoryStore(timeZone = BUREAU_TIME_ZONE): Store {
  const backend = new MemoryBackend();
  const store = new ModelStore(backend, timeZone, memoryBlobs());
  backends.set(store, backend);
  return store;
}

/** The memory store's backend (`verifyMemoryStore`); undefined for a store of another kind. */
export function memoryBackendOf(store: Store): MemoryBackend | undefined {
  return backends.get(store);
}
