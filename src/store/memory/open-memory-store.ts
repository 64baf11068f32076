import { BUREAU_TIME_ZONE } from '../../time/calendar-day';
import { ModelStore } from '../model-store';
import type { Store } from '../store';
import { MemoryBackend } from './memory-backend';
import { memoryBlobs } from './memory-blobs';

/** A store that keeps everything in memory (nothing survives the process). */
export function openMemoryStore(timeZone = BUREAU_TIME_ZONE): Store {
  return new ModelStore(new MemoryBackend(), timeZone, memoryBlobs());
}
