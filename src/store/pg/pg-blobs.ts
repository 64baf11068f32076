import type pg from 'pg';
import { type BlobStore, SHA256_HEX } from '../blob-store';
import { sha256Hex } from '../sha256-hex';
import { StoreWriteError } from '../store-errors';

// Evidence files on PostgreSQL: one row per file, named by its SHA-256, committed before any journal record
// names it (the insert is its own statement, done before the message's transaction).

/** The blobs table on the pool's database (made by the schema's migration, step 4). */
export function pgBlobs(pool: pg.Pool): BlobStore {
  return {
    async put(bytes) {
      const sha = sha256Hex(bytes);
      try {
        await pool.query(
          'INSERT INTO evidence_blobs (sha256, bytes) VALUES ($1, $2) ON CONFLICT (sha256) DO NOTHING',
          [sha, Buffer.from(bytes)],
        );
      } catch (error) {
        throw new StoreWriteError(
          'no',
          `file not kept: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      return sha;
    },
    async get(sha) {
      if (!SHA256_HEX.test(sha)) return undefined;
      const { rows } = await pool.query<{ bytes: Buffer }>(
        'SELECT bytes FROM evidence_blobs WHERE sha256 = $1',
        [sha],
      );
      return rows[0] ? new Uint8Array(rows[0].bytes) : undefined;
    },
    async has(sha) {
      if (!SHA256_HEX.test(sha)) return false;
      const { rowCount } = await pool.query('SELECT 1 FROM evidence_blobs WHERE sha256 = $1', [sha]);
      return (rowCount ?? 0) > 0;
    },
  };
}
