import { createHash, type Hash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { withFile } from '../../files/file-access-error';
import { FileCorruptError } from '../../files/file-corrupt-error';
import { JsonlFile } from '../../files/jsonl-file';
import { readJsonl } from '../../files/read-jsonl';
import { readRange } from '../../files/read-range';
import { replaceFile } from '../../files/replace-file';
import { concernOf } from '../model/concern-of';
import { type JournalEvent, journalRecordSchema, progressTargetSchema } from '../schemas';

// A derived log: the journal's records of one kind (progress, ledger), compact and append-only. It exists so
// that building that kind's state reads a few MB instead of the whole journal, and a command appends one short
// line; it is checked against the journal by `verify`, against the head's digest before it is first read or
// written (an edited log is rebuilt, never served), rebuilt when missing, caught up after a crash.

const head = {
  seq: z.number().int().positive(),
  at: z.string(),
  by: z.string(),
  msg: z.string().optional(),
};
const updateLine = z.object({
  ...head,
  target: progressTargetSchema,
  division: z.string(),
  text: z.string(),
});
const retractLine = z.object({ ...head, retract: z.number().int().positive() });
export type ProgressLine = z.infer<typeof updateLine> | z.infer<typeof retractLine>;

/** A ledger line is the journal record without its chain fields. */
export type LedgerLine = JournalEvent;

export interface DerivedKind<L extends { seq: number }> {
  /** The line a journal record contributes, or undefined when it is not of this kind. */
  lineOf(record: JournalEvent): L | undefined;
  /** Validates one parsed line (throws naming what is wrong). */
  check(value: unknown): L;
}

export const progressKind: DerivedKind<ProgressLine> = {
  lineOf(record) {
    const base = {
      seq: record.seq,
      at: record.at,
      by: record.by,
      ...(record.msg ? { msg: record.msg } : {}),
    };
    if (record.type === 'progress') return { ...base, ...record.data };
    if (record.type === 'progress.retract') return { ...base, retract: record.data.seq };
    return undefined;
  },
  check(value) {
    const schema =
      value !== null && typeof value === 'object' && 'retract' in value ? retractLine : updateLine;
    return schema.parse(value);
  },
};

export const ledgerKind: DerivedKind<LedgerLine> = {
  lineOf(record) {
    if (concernOf(record) !== 'ledger') return undefined;
    const { seq, at, by, msg, type, data } = record;
    return { seq, at, by, ...(msg ? { msg } : {}), type, data } as LedgerLine;
  },
  check(value) {
    return journalRecordSchema.parse(value);
  },
};

/** A derived log's length and the sha256 of its bytes, as the head records it. */
export interface LogDigest {
  bytes: number;
  sha256: string;
}

export class DerivedLog<L extends { seq: number }> {
  readonly #file: JsonlFile;
  #lastSeq: number;
  /** The running sha256 of the whole file, once its recorded prefix was found to match the head. */
  #hash: Hash | undefined;

  private constructor(
    readonly path: string,
    private readonly kind: DerivedKind<L>,
    file: JsonlFile,
  ) {
    this.#file = file;
    this.#lastSeq = this.#readLastSeq();
  }

  static open<L extends { seq: number }>(
    path: string,
    kind: DerivedKind<L>,
    options: {
      fsync: boolean;
      readOnly?: boolean;
      onTorn?: (info: { file: string; setAsideTo: string; bytes: number }) => void;
    },
  ): DerivedLog<L> {
    return new DerivedLog(path, kind, JsonlFile.open(path, options));
  }

  /** Bytes of whole lines. */
  get size(): number {
    return this.#file.size;
  }

  /**
   * Cuts the log back to `bytes` (lines written after the head was: the journal has them). Throws
   * FileCorruptError when `bytes` is not the end of a line: then the log was changed before it.
   */
  cutBackTo(bytes: number): void {
    if (bytes > 0) {
      const fd = openSync(this.path, 'r');
      try {
        if (readRange(fd, bytes - 1, bytes)[0] !== 0x0a)
          throw new FileCorruptError(this.path, `记下的长度 ${bytes} 字节不在行尾(内容被改动)`);
      } finally {
        closeSync(fd);
      }
    }
    this.#file.cutBackTo(bytes);
    this.#lastSeq = this.#readLastSeq();
  }

  /** Whether the log's digest is known (checked against the head, or built by this process). */
  get checked(): boolean {
    return this.#hash !== undefined;
  }

  /**
   * Checks the first `expected.bytes` of the log against the digest the head recorded, and from then on keeps
   * the digest of the whole file as it grows. False (nothing kept) when they differ: the log was edited.
   */
  check(expected: LogDigest): boolean {
    const bytes = withFile(this.path, () => readFileSync(this.path)).subarray(0, this.#file.size);
    if (bytes.length < expected.bytes) return false;
    const hash = createHash('sha256').update(bytes.subarray(0, expected.bytes));
    if (hash.copy().digest('hex') !== expected.sha256) return false;
    hash.update(bytes.subarray(expected.bytes));
    this.#hash = hash;
    return true;
  }

  /** The length and digest to record in the head (undefined until checked). */
  digest(): LogDigest | undefined {
    return this.#hash ? { bytes: this.#file.size, sha256: this.#hash.copy().digest('hex') } : undefined;
  }

  /** Writes the log whole from these journal records (it was missing), durably, before it is opened. */
  static rebuild<L extends { seq: number }>(
    path: string,
    kind: DerivedKind<L>,
    records: readonly JournalEvent[],
    fsync: boolean,
  ): number {
    const lines = records.map((r) => kind.lineOf(r)).filter((l): l is L => l !== undefined);
    replaceFile(path, lines.map((l) => `${JSON.stringify(l)}\n`).join(''), fsync);
    return lines.length;
  }

  /** Seq of the last line (0 when empty). */
  get lastSeq(): number {
    return this.#lastSeq;
  }

  /**
   * The last whole line's seq. A last line that is not JSON (an append torn by power loss: only its end can
   * be) is set aside first — once: a line before it that is not JSON either was confirmed already, and the
   * start stops on it rather than lose it.
   */
  #readLastSeq(): number {
    for (let setAside = 0; ; setAside += 1) {
      const size = this.#file.size;
      if (size === 0) return 0;
      const { text, start } = lastLine(this.path, size);
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        if (setAside > 0) throw new FileCorruptError(this.path, '最后几行都无法读取,不只是断电写了一半');
        this.#file.cutBackTo(start);
        continue;
      }
      try {
        return this.kind.check(value).seq;
      } catch {
        throw new FileCorruptError(this.path, '最后一行不符合格式');
      }
    }
  }

  /** Appends the lines of these records (those of this kind), one write. */
  append(records: readonly JournalEvent[]): void {
    const lines = records.map((r) => this.kind.lineOf(r)).filter((l): l is L => l !== undefined);
    if (lines.length === 0) return;
    const text = lines.map((l) => `${JSON.stringify(l)}\n`).join('');
    this.#file.appendSync(text);
    this.#hash?.update(text, 'utf8');
    this.#lastSeq = lines[lines.length - 1]!.seq;
  }

  /** Every line, in order (the state of this kind is built from them). */
  readAll(): L[] {
    return readDerivedLog(this.path, this.kind, this.#file.size).items;
  }

  close(): void {
    this.#file.closeSync();
  }
}

/** Reads a derived log without opening it for writing (verify). */
export function readDerivedLog<L extends { seq: number }>(path: string, kind: DerivedKind<L>, upTo?: number) {
  return readJsonl(path, (value) => kind.check(value), upTo === undefined ? {} : { toByte: upTo });
}

/** The digest a log holding these bytes has (a log rebuilt whole, an empty one). */
export function digestOfBytes(bytes: Uint8Array | string): LogDigest {
  return {
    bytes: typeof bytes === 'string' ? Buffer.byteLength(bytes) : bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}

/** The last line of a file that ends with `\n` at `size`, and where it starts. */
function lastLine(path: string, size: number): { text: string; start: number } {
  const fd = openSync(path, 'r');
  try {
    const end = Math.min(size, fstatSync(fd).size) - 1; // the final newline
    for (let window = 8192; ; window *= 4) {
      const from = Math.max(0, end - window);
      const buffer = readRange(fd, from, end);
      const nl = buffer.lastIndexOf(0x0a);
      if (nl >= 0 || from === 0) {
        return { text: buffer.subarray(nl + 1).toString('utf8'), start: from + nl + 1 };
      }
    }
  } finally {
    closeSync(fd);
  }
}
