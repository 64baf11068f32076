// Files kept with the ledger (佐证材料), by content: a file's SHA-256 is its name, so the same file sent
// twice is kept once, and the journal's record of it (the hash) says exactly which bytes it means.
// Each backend keeps them its own way (the file backend: DATA_DIR/files/<sha256>).

export interface BlobStore {
  /** Keeps the bytes durably (written and synced before it resolves) and returns their SHA-256 (hex). */
  put(bytes: Uint8Array): Promise<string>;
  /** The bytes kept under a hash, or undefined when there are none. */
  get(sha256: string): Promise<Uint8Array | undefined>;
  has(sha256: string): Promise<boolean>;
}

/** A SHA-256 in hex, as blobs are named. */
export const SHA256_HEX = /^[0-9a-f]{64}$/;
