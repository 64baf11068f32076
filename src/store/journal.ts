import { createHash } from 'node:crypto';
import {
  appendFileSync,
  closeSync,
  existsSync,
  fdatasyncSync,
  fstatSync,
  ftruncateSync,
  openSync,
  readFileSync,
  readSync,
  writeSync,
} from 'node:fs';
import { chainFieldsSchema, type JournalEvent, type JournalRecord, journalRecordSchema } from './schemas';
import { StoreCorruptError } from './store-errors';

// The journal: one JSON line per change, append-only, each line carrying the hash of the one before.
// The hash covers the line's own fields in written order, so any edit, insertion or removal breaks the chain.

export const GENESIS_HASH = '0'.repeat(64);

/** Hash of one record: sha256 over the previous hash and the record's fields (without `hash`) as written. */
export function chainHash(prev: string, fieldsJson: string): string {
  return createHash('sha256').update(prev).update('\n').update(fieldsJson).digest('hex');
}

/** The line for an event appended after `prev`. */
export function serialiseRecord(event: JournalEvent, prev: string): { line: string; hash: string } {
  const fields = { ...event, prev };
  const hash = chainHash(prev, JSON.stringify(fields));
  return { line: `${JSON.stringify({ ...fields, hash })}\n`, hash };
}

export interface ParsedLine {
  record: JournalRecord;
  /** The record's fields as written (JSON.parse order), for re-hashing. */
  raw: Record<string, unknown>;
}

/** Parses and validates one journal line; throws a message naming what is wrong. */
export function parseLine(text: string): ParsedLine {
  const raw: unknown = JSON.parse(text);
  const event = journalRecordSchema.parse(raw);
  const chain = chainFieldsSchema.parse(raw);
  return { record: { ...event, ...chain } as JournalRecord, raw: raw as Record<string, unknown> };
}

/** Recomputes a line's hash from its raw fields. */
export function recomputeHash(raw: Record<string, unknown>): string {
  const { hash: _hash, ...fields } = raw;
  return chainHash(String(fields.prev), JSON.stringify(fields));
}

export interface JournalContents {
  records: JournalRecord[];
  /** Bytes of the valid prefix. */
  validBytes: number;
  /** A torn last line (crash mid-write), if any: never acknowledged to anyone. */
  torn?: string;
}

/** Where reading starts: after the record `seq` (hash `hash`) that ends at byte `bytes`. */
export interface JournalPosition {
  seq: number;
  hash: string;
  bytes: number;
}

export const JOURNAL_START: JournalPosition = { seq: 0, hash: GENESIS_HASH, bytes: 0 };

/**
 * Reads the journal from a position (default: the start). A line that does not parse is corruption —
 * unless it is the last one (no newline after it, or unreadable as JSON), which is a write torn by a crash.
 * With `checkHashes` (verify) each record's own hash is recomputed too, in the same pass, so the first
 * bad record is the one named whatever kind its fault is.
 */
export function readJournal(
  path: string,
  checkHashes = false,
  from: JournalPosition = JOURNAL_START,
): JournalContents {
  if (!existsSync(path)) return { records: [], validBytes: 0 };
  const text = readFrom(path, from.bytes);
  const records: JournalRecord[] = [];
  let offset = 0;
  let lineNo = from.seq;
  let prev = from.hash;
  while (offset < text.length) {
    const end = text.indexOf('\n', offset);
    const line = end < 0 ? text.slice(offset) : text.slice(offset, end);
    lineNo += 1;
    const isLast = end < 0 || end === text.length - 1;
    if (end < 0) return torn(records, text, offset, from.bytes);
    let parsed: ParsedLine;
    try {
      parsed = parseLine(line);
    } catch (error) {
      if (isLast && !looksLikeJson(line)) return torn(records, text, offset, from.bytes);
      throw new StoreCorruptError(path, `第 ${lineNo} 行无法读取:${describe(error)}`);
    }
    const { record } = parsed;
    if (record.seq !== lineNo) {
      throw new StoreCorruptError(path, `第 ${lineNo} 行的序号是 ${record.seq},应为 ${lineNo}`);
    }
    if (record.prev !== prev) {
      throw new StoreCorruptError(path, `第 ${lineNo} 行(记录 ${record.seq})与上一条记录的哈希不相接`);
    }
    if (checkHashes && recomputeHash(parsed.raw) !== record.hash) {
      throw new StoreCorruptError(path, `第 ${lineNo} 条记录(seq ${lineNo})的哈希不符:内容被改动`);
    }
    prev = record.hash;
    records.push(record);
    offset = end + 1;
  }
  return { records, validBytes: from.bytes + Buffer.byteLength(text, 'utf8') };
}

function readFrom(path: string, position: number): string {
  if (position === 0) return readFileSync(path, 'utf8');
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const buffer = Buffer.alloc(Math.max(size - position, 0));
    let read = 0;
    while (read < buffer.length) {
      const n = readSync(fd, buffer, read, buffer.length - read, position + read);
      if (n === 0) break;
      read += n;
    }
    return buffer.subarray(0, read).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** The record whose line ends exactly at byte `bytes` (the head the store last acknowledged). */
export function recordEndingAt(path: string, bytes: number): JournalRecord | undefined {
  if (bytes === 0 || !existsSync(path)) return undefined;
  const fd = openSync(path, 'r');
  try {
    if (fstatSync(fd).size < bytes) return undefined;
    let window = 4096;
    for (;;) {
      const start = Math.max(bytes - window, 0);
      const buffer = Buffer.alloc(bytes - start);
      readSync(fd, buffer, 0, buffer.length, start);
      if (buffer[buffer.length - 1] !== 0x0a) return undefined;
      const nl = buffer.lastIndexOf(0x0a, buffer.length - 2);
      if (nl >= 0 || start === 0) {
        try {
          return parseLine(buffer.subarray(nl + 1, buffer.length - 1).toString('utf8')).record;
        } catch {
          return undefined;
        }
      }
      window *= 4;
    }
  } finally {
    closeSync(fd);
  }
}

function torn(records: JournalRecord[], text: string, offset: number, base: number): JournalContents {
  return {
    records,
    validBytes: base + Buffer.byteLength(text.slice(0, offset), 'utf8'),
    torn: text.slice(offset),
  };
}

/** A complete JSON object that fails validation was written whole: that is tampering, not a torn write. */
function looksLikeJson(line: string): boolean {
  try {
    JSON.parse(line);
    return true;
  } catch {
    return false;
  }
}

function describe(error: unknown): string {
  if (error instanceof SyntaxError) return '不是有效的 JSON';
  if (error && typeof error === 'object' && 'issues' in error) {
    const issues = (error as { issues: { path: PropertyKey[]; message: string }[] }).issues;
    return `字段不符合格式(${issues.map((i) => i.path.join('.') || '(整行)').join('、')})`;
  }
  return String(error);
}

/** Moves a torn tail to a side file and cuts the journal back to its last whole line. */
export function setAsideTornTail(path: string, contents: JournalContents, sidePath: string): void {
  if (contents.torn === undefined) return;
  appendFileSync(sidePath, `${contents.torn}\n`);
  const fd = openSync(path, 'r+');
  try {
    ftruncateSync(fd, contents.validBytes);
    fdatasyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Appends records; each append is one write of a whole line, optionally fsync'ed before it returns. */
export class JournalWriter {
  readonly #fd: number;
  #seq: number;
  #hash: string;
  #pending: string[] = [];
  #pendingChars = 0;

  #bytes: number;

  constructor(
    path: string,
    last: JournalPosition,
    private readonly fsync: boolean,
  ) {
    this.#fd = openSync(path, 'a');
    this.#seq = last.seq;
    this.#hash = last.hash;
    this.#bytes = last.bytes;
  }

  /** The position after the last record written (the head to acknowledge). */
  get position(): JournalPosition {
    return { seq: this.#seq, hash: this.#hash, bytes: this.#bytes };
  }

  get seq(): number {
    return this.#seq;
  }

  get hash(): string {
    return this.#hash;
  }

  /** The next sequence number (the id the next record will get). */
  get nextSeq(): number {
    return this.#seq + 1;
  }

  /**
   * Appends one record. With `now` false the line is buffered until flush() (bulk imports); otherwise it
   * is written in one call (and fsync'ed when configured) before this returns.
   */
  append(event: JournalEvent, now = true): JournalRecord {
    if (event.seq !== this.#seq + 1) throw new Error(`journal seq ${event.seq} after ${this.#seq}`);
    // A record the reader would refuse is never written: one would stop every later start.
    const checked = journalRecordSchema.safeParse(event);
    if (!checked.success) throw new Error(`记录未写入日志:${describe(checked.error)}`);
    const prev = this.#hash;
    const { line, hash } = serialiseRecord(event, prev);
    if (now) {
      // Written (and synced) before the in-memory head moves: a failed write leaves the chain as it was.
      this.flush();
      this.#write(line);
    } else {
      this.#pending.push(line);
      this.#pendingChars += line.length;
    }
    this.#seq = event.seq;
    this.#hash = hash;
    if (this.#pendingChars > 4_000_000) this.flush();
    return { ...event, prev, hash } as JournalRecord;
  }

  #write(text: string): void {
    const buffer = Buffer.from(text, 'utf8');
    let written = 0;
    while (written < buffer.length) written += writeSync(this.#fd, buffer, written);
    if (this.fsync) fdatasyncSync(this.#fd);
    this.#bytes += buffer.length;
  }

  flush(): void {
    if (this.#pending.length === 0) return;
    const text = this.#pending.join('');
    this.#pending = [];
    this.#pendingChars = 0;
    this.#write(text);
  }

  close(): void {
    this.flush();
    closeSync(this.#fd);
  }
}
