import { type FileHandle, open, rename } from 'node:fs/promises';

// Append-only JSON-lines file with group commit: records queued in the same tick share one write and
// one fdatasync, so acknowledging many events at once costs one disk flush, not one per event.

const MAX_OVERLAPPING_SYNCS = 4;

interface Pending {
  line: string;
  resolve: () => void;
  reject: (error: unknown) => void;
}

export class JsonlWriter {
  private queue: Pending[] = [];
  private running = false;
  private idle: Promise<void> = Promise.resolve();
  private markIdle: () => void = () => {};
  private readonly syncs = new Set<Promise<void>>();
  private constructor(
    private readonly path: string,
    private handle: FileHandle,
    private readonly beforeBatch: () => Promise<void>,
  ) {}

  static async open(path: string, beforeBatch: () => Promise<void> = async () => {}): Promise<JsonlWriter> {
    return new JsonlWriter(path, await open(path, 'a'), beforeBatch);
  }

  /** Resolves once the record is on disk (written and data-synced). */
  append(record: unknown): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queue.push({ line: `${JSON.stringify(record)}\n`, resolve, reject });
      if (!this.running) void this.drain();
    });
  }

  /** Replaces the whole file atomically with these records (used by compaction, between batches). */
  async rewrite(records: unknown[]): Promise<void> {
    await Promise.all(this.syncs);
    const tmp = `${this.path}.tmp`;
    const out = await open(tmp, 'w');
    try {
      await out.writeFile(records.map((r) => `${JSON.stringify(r)}\n`).join(''));
      await out.datasync();
    } finally {
      await out.close();
    }
    await rename(tmp, this.path);
    await this.handle.close();
    this.handle = await open(this.path, 'a');
  }

  /** Waits for every queued record, then closes the file. */
  async close(): Promise<void> {
    if (this.running) await this.idle;
    await Promise.all(this.syncs);
    await this.handle.close();
  }

  // Writes stay strictly in order (one at a time); flushes may overlap, so records that arrive while
  // one fdatasync is in progress are written and flushed at once instead of waiting for it to end.
  private async drain(): Promise<void> {
    this.running = true;
    this.idle = new Promise((resolve) => {
      this.markIdle = resolve;
    });
    while (this.queue.length > 0) {
      try {
        await this.beforeBatch();
      } catch {
        // Compaction is an optimisation; appending still works if it fails.
      }
      if (this.syncs.size >= MAX_OVERLAPPING_SYNCS) await Promise.race(this.syncs);
      const batch = this.queue.splice(0);
      if (batch.length === 0) continue;
      try {
        await this.handle.appendFile(batch.map((p) => p.line).join(''));
      } catch (error) {
        for (const p of batch) p.reject(error);
        continue;
      }
      const sync: Promise<void> = this.handle.datasync().then(
        () => {
          for (const p of batch) p.resolve();
        },
        (error: unknown) => {
          for (const p of batch) p.reject(error);
        },
      );
      this.syncs.add(sync);
      void sync.finally(() => this.syncs.delete(sync));
    }
    this.running = false;
    this.markIdle();
  }
}
