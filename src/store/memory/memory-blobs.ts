import type { BlobStore } from '../blob-store';
import { sha256Hex } from '../sha256-hex';

/** Blobs kept in this process's memory (the memory store's; nothing survives the process). */
export function memoryBlobs(): BlobStore {
  const kept = new Map<string, Uint8Array>();
  return {
    async put(bytes) {
      const sha = sha256Hex(bytes);
      if (!kept.has(sha)) kept.set(sha, new Uint8Array(bytes));
      return sha;
    },
    async get(sha) {
      const bytes = kept.get(sha);
      return bytes ? new Uint8Array(bytes) : undefined;
    },
    async has(sha) {
      return kept.has(sha);
    },
  };
}
