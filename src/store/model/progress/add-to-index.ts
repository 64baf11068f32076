import type { ProgressUpdate } from '../../types';

/** Appends the update to the index's list under `key`. */
export function addToIndex(index: Map<string, ProgressUpdate[]>, key: string, update: ProgressUpdate): void {
  const list = index.get(key);
  if (list) list.push(update);
  else index.set(key, [update]);
}
