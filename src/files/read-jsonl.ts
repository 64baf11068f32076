import { closeSync, existsSync, fstatSync, openSync } from 'node:fs';
import { withFile } from './file-access-error';
import { FileCorruptError } from './file-corrupt-error';
import { readRange } from './read-range';

// Reading a JSON-lines file written by JsonlFile. A line that is not JSON is corruption — unless it is the
// last one (or has no newline yet), which is a write torn by a crash: reported as `torn`, never read. A
// whole JSON line that the caller's check refuses was written whole: that is tampering, and stops the read.

export interface JsonlContents<T> {
  items: T[];
  /** Byte offset just after each item's line (same order as `items`). */
  ends: number[];
  /** Byte offset just after the last whole, readable line. */
  validBytes: number;
  /** The unreadable tail, if any (never acknowledged to anyone). */
  torn?: string;
}

export interface ReadJsonlOptions {
  /** Start reading at this byte offset (the end of a line already known). */
  fromByte?: number;
  /** Number of the line at `fromByte` minus one, for messages. */
  linesBefore?: number;
  /** Stop at this byte offset (a file another process may be appending to: only what was known). */
  toByte?: number;
}

/** `check` validates one parsed line (throwing a message naming what is wrong) and returns the item. */
export function readJsonl<T>(
  path: string,
  check: (value: unknown, lineNo: number) => T,
  options: ReadJsonlOptions = {},
): JsonlContents<T> {
  if (!existsSync(path)) return { items: [], ends: [], validBytes: 0 };
  const from = options.fromByte ?? 0;
  const bytes = withFile(path, () => readFrom(path, from, options.toByte));
  const items: T[] = [];
  const ends: number[] = [];
  let offset = 0;
  let lineNo = options.linesBefore ?? 0;
  while (offset < bytes.length) {
    lineNo += 1;
    const end = bytes.indexOf(0x0a, offset);
    if (end < 0) return { items, ends, validBytes: from + offset, torn: bytes.toString('utf8', offset) };
    const text = bytes.toString('utf8', offset, end);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      if (end === bytes.length - 1) return { items, ends, validBytes: from + offset, torn: text };
      throw new FileCorruptError(path, `第 ${lineNo} 行不是有效的 JSON`);
    }
    try {
      items.push(check(value, lineNo));
    } catch (error) {
      if (error instanceof FileCorruptError) throw error;
      throw new FileCorruptError(path, `第 ${lineNo} 行${describe(error)}`);
    }
    offset = end + 1;
    ends.push(from + offset);
  }
  return { items, ends, validBytes: from + offset };
}

function readFrom(path: string, position: number, to: number | undefined): Buffer {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    return readRange(fd, position, to === undefined ? size : Math.min(size, to));
  } finally {
    closeSync(fd);
  }
}

/** A zod error's paths, or the error's own message. */
export function describe(error: unknown): string {
  if (error && typeof error === 'object' && 'issues' in error) {
    const issues = (error as { issues: { path: PropertyKey[] }[] }).issues;
    return `不符合格式(${issues.map((i) => i.path.map(String).join('.') || '整行').join('、')})`;
  }
  return `:${error instanceof Error ? error.message : String(error)}`;
}
