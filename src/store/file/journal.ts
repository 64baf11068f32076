import { createHash } from 'node:crypto';
import { closeSync, existsSync, fstatSync, openSync } from 'node:fs';
import { FileCorruptError } from '../../files/file-corrupt-error';
import { describe, readJsonl } from '../../files/read-jsonl';
import { readRange } from '../../files/read-range';
import { chainFieldsSchema, type JournalEvent, type JournalRecord, journalRecordSchema } from '../schemas';

// The journal: one JSON line per change, append-only, each line carrying the hash of the one before.
// The hash covers the line's own fields in written order, so any edit, insertion or removal breaks the chain.
// A transaction's records carry `tx` and end with its `outcome`: a tail of `tx` records without one was
// cut off by a crash before it was acknowledged.

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

/** Recomputes a line's hash from its raw fields. */
export function recomputeHash(raw: Record<string, unknown>): string {
  const { hash: _hash, ...fields } = raw;
  return chainHash(String(fields.prev), JSON.stringify(fields));
}

/** A journal line as parsed: the record, or a message naming what is wrong. */
export function parseRecord(value: unknown): JournalRecord {
  const event = journalRecordSchema.parse(value);
  const chain = chainFieldsSchema.parse(value);
  return { ...event, ...chain } as JournalRecord;
}

/** Where reading starts: after the record `seq` (hash `hash`) that ends at byte `bytes`. */
export interface JournalPosition {
  seq: number;
  hash: string;
  bytes: number;
}

export const JOURNAL_START: JournalPosition = { seq: 0, hash: GENESIS_HASH, bytes: 0 };

export interface JournalContents {
  records: JournalRecord[];
  /** Byte offset just after each record's line. */
  ends: number[];
  /** Bytes of the valid prefix. */
  validBytes: number;
  torn?: string;
}

/**
 * Reads the journal from a position (default: the start), checking seq continuity and `prev` links; with
 * `checkHashes` (verify) each record's own hash is recomputed in the same pass, so the first bad record is
 * the one named whatever kind its fault is.
 */
export function readJournal(
  path: string,
  checkHashes = false,
  from: JournalPosition = JOURNAL_START,
  toByte?: number,
): JournalContents {
  let prev = from.hash;
  let expected = from.seq;
  const contents = readJsonl(
    path,
    (value, lineNo) => {
      expected += 1;
      let record: JournalRecord;
      try {
        record = parseRecord(value);
      } catch (error) {
        throw new FileCorruptError(path, `第 ${lineNo} 行无法读取:字段${describe(error)}`);
      }
      if (record.seq !== expected)
        throw new FileCorruptError(path, `第 ${lineNo} 行的序号是 ${record.seq},应为 ${expected}`);
      if (record.prev !== prev)
        throw new FileCorruptError(path, `第 ${lineNo} 行(记录 ${record.seq})与上一条记录的哈希不相接`);
      if (checkHashes && recomputeHash(value as Record<string, unknown>) !== record.hash)
        throw new FileCorruptError(path, `第 ${lineNo} 条记录(seq ${record.seq})的哈希不符:内容被改动`);
      prev = record.hash;
      return record;
    },
    { fromByte: from.bytes, linesBefore: from.seq, ...(toByte !== undefined ? { toByte } : {}) },
  );
  return {
    records: contents.items,
    ends: contents.ends,
    validBytes: contents.validBytes,
    ...(contents.torn !== undefined ? { torn: contents.torn } : {}),
  };
}

/** How many records at the end belong to a transaction that never got its outcome (a crash mid-commit). */
export function unfinishedTail(records: readonly JournalRecord[]): number {
  let n = 0;
  for (let i = records.length - 1; i >= 0; i -= 1) {
    const r = records[i]!;
    if (!r.tx || r.type === 'outcome') break;
    n += 1;
  }
  return n;
}

/** The record whose line ends exactly at byte `bytes` (the head the store last acknowledged). */
export function recordEndingAt(path: string, bytes: number): JournalRecord | undefined {
  if (bytes === 0 || !existsSync(path)) return undefined;
  const fd = openSync(path, 'r');
  try {
    if (fstatSync(fd).size < bytes) return undefined;
    for (let window = 4096; ; window *= 4) {
      const start = Math.max(bytes - window, 0);
      const buffer = readRange(fd, start, bytes);
      if (buffer[buffer.length - 1] !== 0x0a) return undefined;
      const nl = buffer.lastIndexOf(0x0a, buffer.length - 2);
      if (nl >= 0 || start === 0) {
        try {
          return parseRecord(JSON.parse(buffer.subarray(nl + 1, buffer.length - 1).toString('utf8')));
        } catch {
          return undefined;
        }
      }
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * The outcome record of the transaction a message caused, searched from the end of the journal back (the
 * bytes are scanned, not parsed: a replay after a crash looks only for what it needs). Undefined when the
 * message committed nothing.
 */
export function findOutcome(path: string, messageId: string, upTo?: number): JournalRecord | undefined {
  if (!existsSync(path)) return undefined;
  const needle = Buffer.from(`"msg":${JSON.stringify(messageId)},"tx":true,"type":"outcome"`, 'utf8');
  const fd = openSync(path, 'r');
  try {
    const size = Math.min(fstatSync(fd).size, upTo ?? Number.POSITIVE_INFINITY);
    const chunk = 1 << 20;
    for (let end = size; end > 0; end -= chunk) {
      const start = Math.max(0, end - chunk - needle.length);
      const buffer = readRange(fd, start, end);
      const at = buffer.lastIndexOf(needle);
      if (at < 0) continue;
      // The whole line around the match.
      const lineStart = lastNewline(fd, start + at) + 1;
      const lineEnd = nextNewline(fd, start + at, size);
      try {
        const record = parseRecord(JSON.parse(readRange(fd, lineStart, lineEnd).toString('utf8')));
        if (record.type === 'outcome' && record.msg === messageId) return record;
      } catch {
        // Text that merely contains the needle (a message quoting it): keep looking.
      }
      end = start + at + chunk; // continue below the match on the next turn
    }
    return undefined;
  } finally {
    closeSync(fd);
  }
}

function lastNewline(fd: number, before: number): number {
  for (let end = before; end > 0; end -= 4096) {
    const start = Math.max(0, end - 4096);
    const at = readRange(fd, start, end).lastIndexOf(0x0a);
    if (at >= 0) return start + at;
  }
  return -1;
}

function nextNewline(fd: number, from: number, size: number): number {
  for (let start = from; start < size; start += 4096) {
    const at = readRange(fd, start, Math.min(size, start + 4096)).indexOf(0x0a);
    if (at >= 0) return start + at;
  }
  return size;
}
