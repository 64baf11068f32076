import { type FileHandle, open, rename } from 'node:fs/promises';

// Append-only JSON-lines file with group commit: records queued in the same tick share one write and
// one fdatasync, so acknowledging many events at once costs one disk flush, not one per event.

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
    await this.handle.close();
  }

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
      const batch = this.queue.splice(0);
      try {
        await this.handle.appendFile(batch.map((p) => p.line).join(''));
        await this.handle.datasync();
        for (const p of batch) p.resolve();
      } catch (error) {
        for (const p of batch) p.reject(error);
      }
    }
    this.running = false;
    this.markIdle();
  }
}
