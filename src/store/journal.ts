import { createHash } from 'node:crypto';
import {
  appendFileSync,
  closeSync,
  existsSync,
  fdatasyncSync,
  ftruncateSync,
  openSync,
  readFileSync,
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
  /** Raw fields per record (only when asked for, e.g. by verify). */
  raws?: Record<string, unknown>[];
  /** Bytes of the valid prefix. */
  validBytes: number;
  /** A torn last line (crash mid-write), if any: never acknowledged to anyone. */
  torn?: string;
}

/**
 * Reads the whole journal. A line that does not parse is corruption — unless it is the last one
 * (no newline after it, or unreadable as JSON), which is a write torn by a crash.
 */
export function readJournal(path: string, keepRaw = false): JournalContents {
  if (!existsSync(path)) return { records: [], validBytes: 0 };
  const text = readFileSync(path, 'utf8');
  const records: JournalRecord[] = [];
  const raws: Record<string, unknown>[] = [];
  let offset = 0;
  let lineNo = 0;
  let prev = GENESIS_HASH;
  while (offset < text.length) {
    const end = text.indexOf('\n', offset);
    const line = end < 0 ? text.slice(offset) : text.slice(offset, end);
    lineNo += 1;
    const isLast = end < 0 || end === text.length - 1;
    if (end < 0) return torn(records, raws, keepRaw, text, offset);
    let parsed: ParsedLine;
    try {
      parsed = parseLine(line);
    } catch (error) {
      if (isLast && !looksLikeJson(line)) return torn(records, raws, keepRaw, text, offset);
      throw new StoreCorruptError(path, `第 ${lineNo} 行无法读取:${describe(error)}`);
    }
    const { record } = parsed;
    if (record.seq !== lineNo) {
      throw new StoreCorruptError(path, `第 ${lineNo} 行的序号是 ${record.seq},应为 ${lineNo}`);
    }
    if (record.prev !== prev) {
      throw new StoreCorruptError(path, `第 ${lineNo} 行(记录 ${record.seq})与上一条记录的哈希不相接`);
    }
    prev = record.hash;
    records.push(record);
    if (keepRaw) raws.push(parsed.raw);
    offset = end + 1;
  }
  return { records, ...(keepRaw ? { raws } : {}), validBytes: Buffer.byteLength(text, 'utf8') };
}

function torn(
  records: JournalRecord[],
  raws: Record<string, unknown>[],
  keepRaw: boolean,
  text: string,
  offset: number,
): JournalContents {
  return {
    records,
    ...(keepRaw ? { raws } : {}),
    validBytes: Buffer.byteLength(text.slice(0, offset), 'utf8'),
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

  constructor(
    path: string,
    last: { seq: number; hash: string },
    private readonly fsync: boolean,
  ) {
    this.#fd = openSync(path, 'a');
    this.#seq = last.seq;
    this.#hash = last.hash;
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

  append(event: JournalEvent): JournalRecord {
    if (event.seq !== this.#seq + 1) throw new Error(`journal seq ${event.seq} after ${this.#seq}`);
    const prev = this.#hash;
    const { line, hash } = serialiseRecord(event, prev);
    const buffer = Buffer.from(line, 'utf8');
    let written = 0;
    while (written < buffer.length) written += writeSync(this.#fd, buffer, written);
    if (this.fsync) fdatasyncSync(this.#fd);
    this.#seq = event.seq;
    this.#hash = hash;
    return { ...event, prev, hash } as JournalRecord;
  }

  close(): void {
    closeSync(this.#fd);
  }
}
