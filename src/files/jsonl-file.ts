import {
  appendFileSync,
  closeSync,
  existsSync,
  fdatasync,
  fdatasyncSync,
  fstatSync,
  ftruncateSync,
  openSync,
  write,
  writeSync,
} from 'node:fs';
import { dirname } from 'node:path';
import { diskFault } from '../disk-fault';
import { FileAccessError, isSystemError, withFile } from './file-access-error';
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
  /** Opened only to read (a verb beside a running server): nothing is ever written, a torn tail only skipped. */
  readOnly?: boolean;
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
  /** A failed write could not be cut back: the file may hold a fragment past `#size` until it can. */
  #dirty = false;
  #queue: Queued[] = [];
  #draining: Promise<void> | undefined;
  readonly #syncs = new Set<Promise<void>>();

  private constructor(
    readonly path: string,
    private readonly options: JsonlFileOptions,
  ) {
    // Read-only and absent: an empty file that is never written.
    this.#fd =
      options.readOnly && !existsSync(path)
        ? -1
        : withFile(path, () => openSync(path, options.readOnly ? 'r' : 'a+'));
    this.#size = this.#fd < 0 ? 0 : fstatSync(this.#fd).size;
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
    if (this.options.readOnly) {
      // Read-only: the tail is only left out of what is read.
      this.#size = keep;
      return;
    }
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

  /**
   * Writes the lines (each ending in `\n`) in one go. On failure it throws JsonlWriteError: `undone` when the
   * file was cut back to its whole lines (certain: nothing of them stays), else the file may hold them, and
   * every later write first tries the cut again (refusing until it works).
   */
  appendSync(text: string): void {
    if (text.length === 0) return;
    this.#clean();
    const bytes = Buffer.from(text, 'utf8');
    try {
      diskFault(this.path);
      let written = 0;
      while (written < bytes.length) written += writeSync(this.#fd, bytes, written);
      if (this.options.fsync) fdatasyncSync(this.#fd);
    } catch (error) {
      throw new JsonlWriteError(this.path, error, this.#undo());
    }
    this.#size += bytes.length;
  }

  /** Whether no fragment of a failed write is left in the file (trying to cut one back first). */
  repaired(): boolean {
    return !this.#dirty || this.#undo();
  }

  /** Cuts back a fragment a failed write left (throws JsonlWriteError, not undone, while it cannot). */
  #clean(): void {
    if (this.options.readOnly) throw new JsonlWriteError(this.path, new Error('read-only'), true);
    if (this.#dirty && !this.#undo())
      throw new JsonlWriteError(this.path, new Error('an earlier failed write is still in the file'), false);
  }

  /** Cuts the file back to its whole lines; whether that worked. */
  #undo(): boolean {
    try {
      ftruncateSync(this.#fd, this.#size);
      this.#dirty = false;
      return true;
    } catch {
      // The file may be unwritable altogether: the next write tries again; the next open cuts a fragment off.
      this.#dirty = true;
      return false;
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
        this.#clean();
        diskFault(this.path);
        await writeAll(this.#fd, bytes);
      } catch (error) {
        const failure =
          error instanceof JsonlWriteError ? error : new JsonlWriteError(this.path, error, this.#undo());
        for (const q of batch) q.reject(failure);
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
    diskFault(this.path);
    replaceFile(this.path, text, this.options.fsync);
    this.#dirty = false;
    closeSync(this.#fd);
    this.#fd = openSync(this.path, 'a+');
    this.#size = fstatSync(this.#fd).size;
  }

  async close(): Promise<void> {
    await this.flush();
    this.closeSync();
  }

  closeSync(): void {
    if (this.#fd >= 0) closeSync(this.#fd);
    this.#fd = -1;
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

/** A write to a JSON-lines file failed; `undone` when none of its bytes stayed in the file. */
export class JsonlWriteError extends Error {
  readonly code: string;
  constructor(
    readonly file: string,
    override readonly cause: unknown,
    readonly undone: boolean,
  ) {
    const code = isSystemError(cause) ? cause.code : 'EIO';
    super(
      isSystemError(cause)
        ? new FileAccessError(file, code).message
        : `无法写入 ${file}: ${cause instanceof Error ? cause.message : String(cause)}`,
    );
    this.code = code;
    this.name = 'JsonlWriteError';
  }
}
