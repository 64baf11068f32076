import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { open, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { diskFault } from '../../disk-fault';
import { fsyncDirectory } from '../../files/fsync-directory';
import { type BlobStore, SHA256_HEX } from '../blob-store';
import { sha256Hex } from '../sha256-hex';
import { StoreWriteError } from '../store-errors';

// Blobs of the file backend: DATA_DIR/files/<sha256>, each written whole (a temporary file of its own,
// synced, renamed, the folder synced) before the journal may name it — a crash leaves at worst a file no
// record names, never a record naming a file that is not all there.

/** The file backend's blobs in `dir`; `readOnly` refuses to write. */
export function fileBlobs(dir: string, options: { fsync?: boolean; readOnly?: boolean } = {}): BlobStore {
  const fsync = options.fsync !== false;
  const pathOf = (sha: string) => join(dir, sha);
  return {
    async put(bytes) {
      const sha = sha256Hex(bytes);
      const path = pathOf(sha);
      // Kept before, and still whole: nothing to write. One changed since is written afresh.
      if (existsSync(path) && sha256Hex(await readFile(path).catch(() => new Uint8Array())) === sha)
        return sha;
      if (options.readOnly) throw new StoreWriteError('no', 'the store is open read-only');
      const temp = join(dir, `.${sha}.${randomUUID()}.tmp`);
      try {
        mkdirSync(dir, { recursive: true });
        diskFault(path);
        const handle = await open(temp, 'w');
        try {
          await handle.writeFile(bytes);
          if (fsync) await handle.sync();
        } finally {
          await handle.close();
        }
        await rename(temp, path);
        if (fsync) fsyncDirectory(dir);
      } catch (error) {
        await rm(temp, { force: true }).catch(() => {});
        throw new StoreWriteError(
          'no',
          `file not kept: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      return sha;
    },
    async get(sha) {
      if (!SHA256_HEX.test(sha)) return undefined;
      try {
        return new Uint8Array(await readFile(pathOf(sha)));
      } catch {
        return undefined;
      }
    },
    async has(sha) {
      return SHA256_HEX.test(sha) && existsSync(pathOf(sha));
    },
  };
}
