import {
  appendFileSync,
  closeSync,
  fdatasync,
  fdatasyncSync,
  fstatSync,
  ftruncateSync,
  openSync,
  write,
  writeSync,
} from 'node:fs';
import { dirname } from 'node:path';
import { fsyncDirectory } from './fsync-directory';
import { readRange } from './read-range';
import { replaceFile } from './replace-file';

// The one append-only JSON-lines file every log of the bot uses (journal, derived logs, inbox). Lines are
// written whole and in order; a crash mid-write can leave a fragment without its newline, which is moved
// aside at open (never glued to the next line); a write that fails half-way is cut back before the next.
// `appendSync` suits the store (a command waits for its own line); `append` groups the lines queued in the
// same turn into one write and one fdatasync (the inbox acknowledges a burst of events for one flush).

export interface JsonlFileOptions {
  /** fdatasync after every write before it counts as done. */
  fsync: boolean;
  /** Told when a torn fragment was moved aside at open. */
  onTorn?: (info: { file: string; setAsideTo: string; bytes: number }) => void;
}

const MAX_OVERLAPPING_SYNCS = 4;

interface Queued {
  text: string;
  resolve: () => void;
  reject: (error: unknown) => void;
}

export class JsonlFile {
  #fd: number;
  #size: number;
  #queue: Queued[] = [];
  #draining: Promise<void> | undefined;
  readonly #syncs = new Set<Promise<void>>();

  private constructor(
    readonly path: string,
    private readonly options: JsonlFileOptions,
  ) {
    this.#fd = openSync(path, 'a+');
    this.#size = fstatSync(this.#fd).size;
    this.#repairTail();
  }

  /** Opens (creating) the file for appending, after moving a torn last fragment aside. */
  static open(path: string, options: JsonlFileOptions): JsonlFile {
    return new JsonlFile(path, options);
  }

  /** Bytes of whole lines in the file. */
  get size(): number {
    return this.#size;
  }

  #repairTail(): void {
    if (this.#size === 0) return;
    if (readRange(this.#fd, this.#size - 1, this.#size)[0] === 0x0a) return;
    this.#setAside(lastNewlineBefore(this.#fd, this.#size) + 1);
  }

  /** Moves the bytes from `keep` to the end into `<file>.torn` and cuts the file back to `keep`. */
  #setAside(keep: number): void {
    const torn = readRange(this.#fd, keep, this.#size);
    const side = `${this.path}.torn`;
    appendFileSync(side, Buffer.concat([torn, Buffer.from('\n')]));
    ftruncateSync(this.#fd, keep);
    fdatasyncSync(this.#fd);
    fsyncDirectory(dirname(this.path));
    this.options.onTorn?.({ file: this.path, setAsideTo: side, bytes: torn.length });
    this.#size = keep;
  }

  /** Cuts the file back to `bytes` (a tail found unusable on reading), setting the rest aside. */
  cutBackTo(bytes: number): void {
    if (bytes < this.#size) this.#setAside(bytes);
  }

  /** Writes the lines (each ending in `\n`) in one go; on failure nothing of them stays in the file. */
  appendSync(text: string): void {
    if (text.length === 0) return;
    const bytes = Buffer.from(text, 'utf8');
    try {
      let written = 0;
      while (written < bytes.length) written += writeSync(this.#fd, bytes, written);
      if (this.options.fsync) fdatasyncSync(this.#fd);
    } catch (error) {
      this.#undo();
      throw error;
    }
    this.#size += bytes.length;
  }

  #undo(): void {
    try {
      ftruncateSync(this.#fd, this.#size);
    } catch {
      // The file may be unwritable altogether; the next open cuts a fragment off anyway.
    }
  }

  /** Queues the lines; resolves once they are written (and synced). Writes keep their order. */
  append(text: string): Promise<void> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ text, resolve, reject });
      this.#draining ??= this.#drain().finally(() => {
        this.#draining = undefined;
      });
    });
  }

  async #drain(): Promise<void> {
    while (this.#queue.length > 0) {
      if (this.#syncs.size >= MAX_OVERLAPPING_SYNCS) await Promise.race(this.#syncs);
      const batch = this.#queue.splice(0);
      const bytes = Buffer.from(batch.map((q) => q.text).join(''), 'utf8');
      try {
        await writeAll(this.#fd, bytes);
      } catch (error) {
        this.#undo();
        for (const q of batch) q.reject(error);
        continue;
      }
      this.#size += bytes.length;
      // Flushes may overlap: lines that arrive during one fdatasync are written and flushed at once.
      const sync = this.options.fsync ? datasync(this.#fd) : Promise.resolve();
      const settled = sync.then(
        () => {
          for (const q of batch) q.resolve();
        },
        (error: unknown) => {
          for (const q of batch) q.reject(error);
        },
      );
      this.#syncs.add(settled);
      void settled.finally(() => this.#syncs.delete(settled));
    }
  }

  /** Waits for every queued line and flush. */
  async flush(): Promise<void> {
    while (this.#draining || this.#syncs.size > 0) {
      await this.#draining;
      await Promise.all(this.#syncs);
    }
  }

  /** Replaces the whole file with these lines, durably (compaction); waits for queued lines first. */
  async rewrite(text: string): Promise<void> {
    await this.flush();
    replaceFile(this.path, text, this.options.fsync);
    closeSync(this.#fd);
    this.#fd = openSync(this.path, 'a+');
    this.#size = fstatSync(this.#fd).size;
  }

  async close(): Promise<void> {
    await this.flush();
    closeSync(this.#fd);
  }

  closeSync(): void {
    closeSync(this.#fd);
  }
}

/** Offset of the last `\n` before byte `end`, or -1. */
function lastNewlineBefore(fd: number, end: number): number {
  const chunk = 1 << 16;
  for (let to = end; to > 0; to -= chunk) {
    const from = Math.max(0, to - chunk);
    const at = readRange(fd, from, to).lastIndexOf(0x0a);
    if (at >= 0) return from + at;
  }
  return -1;
}

function writeAll(fd: number, bytes: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    const step = (offset: number) => {
      write(fd, bytes, offset, bytes.length - offset, null, (error, n) => {
        if (error) reject(error);
        else if (offset + n < bytes.length) step(offset + n);
        else resolve();
      });
    };
    step(0);
  });
}

function datasync(fd: number): Promise<void> {
  return new Promise((resolve, reject) => fdatasync(fd, (error) => (error ? reject(error) : resolve())));
}
