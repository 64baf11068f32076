import {
  closeSync,
  existsSync,
  fdatasyncSync,
  fstatSync,
  openSync,
  readFileSync,
  readSync,
  writeSync,
} from 'node:fs';
import { z } from 'zod';
import { progressTargetSchema } from './schemas';
import { StoreCorruptError } from './store-errors';

// The progress log: a compact, append-only copy of the journal's progress and retraction records.
// It is derived (verify checks it against the journal) and exists so that loading the progress index reads
// a few MB instead of the whole journal, and a progress command appends one short line.

const updateLine = z.object({
  seq: z.number().int().positive(),
  at: z.string(),
  by: z.string(),
  msg: z.string().optional(),
  target: progressTargetSchema,
  division: z.string(),
  text: z.string(),
});
const retractLine = z.object({
  seq: z.number().int().positive(),
  at: z.string(),
  by: z.string(),
  msg: z.string().optional(),
  retract: z.number().int().positive(),
});
export type ProgressLine = z.infer<typeof updateLine> | z.infer<typeof retractLine>;

/** Validates one parsed line: as a retraction when it says `retract`, else as an update (one schema tried, not two). */
function checkLine(value: unknown) {
  const schema = value !== null && typeof value === 'object' && 'retract' in value ? retractLine : updateLine;
  return schema.safeParse(value);
}

export interface ProgressLogContents {
  lines: ProgressLine[];
  validBytes: number;
  torn?: string;
}

/**
 * Reads the whole log line by line from the bytes (no 20 MB string of the whole file, nor a copy joined
 * into one JSON array: together they cost more than the parsing). A bad line is corruption, except the
 * last one when it is not JSON (a write torn by a crash) or has no newline yet.
 */
export function readProgressLog(path: string): ProgressLogContents {
  if (!existsSync(path)) return { lines: [], validBytes: 0 };
  const bytes = readFileSync(path);
  const lines: ProgressLine[] = [];
  let offset = 0;
  for (let lineNo = 1; ; lineNo += 1) {
    const end = bytes.indexOf(0x0a, offset);
    if (end < 0) {
      if (offset === bytes.length) return { lines, validBytes: offset };
      return { lines, validBytes: offset, torn: bytes.toString('utf8', offset) };
    }
    const text = bytes.toString('utf8', offset, end);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      if (end === bytes.length - 1) return { lines, validBytes: offset, torn: text };
      throw new StoreCorruptError(path, `第 ${lineNo} 行不是有效的 JSON`);
    }
    const line = checkLine(value);
    if (!line.success) throw new StoreCorruptError(path, `第 ${lineNo} 行不符合格式`);
    lines.push(line.data);
    offset = end + 1;
  }
}

export class ProgressLogWriter {
  readonly #fd: number;

  constructor(
    path: string,
    private readonly fsync: boolean,
  ) {
    this.#fd = openSync(path, 'a');
  }

  append(lines: readonly ProgressLine[]): void {
    if (lines.length === 0) return;
    const buffer = Buffer.from(lines.map((l) => `${JSON.stringify(l)}\n`).join(''), 'utf8');
    let written = 0;
    while (written < buffer.length) written += writeSync(this.#fd, buffer, written);
    if (this.fsync) fdatasyncSync(this.#fd);
  }

  close(): void {
    closeSync(this.#fd);
  }
}

/** Reads the log's end only: the last whole line's seq, and a torn tail if a crash left one. */
export function progressLogTail(path: string): { lastSeq: number; validBytes: number; torn?: string } {
  if (!existsSync(path)) return { lastSeq: 0, validBytes: 0 };
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    for (let window = 8192; ; window *= 4) {
      const start = Math.max(size - window, 0);
      const buffer = Buffer.alloc(size - start);
      readSync(fd, buffer, 0, buffer.length, start);
      const cut = buffer.lastIndexOf(0x0a) + 1; // end of the last whole line
      const prior = cut > 0 ? buffer.lastIndexOf(0x0a, cut - 2) : -1;
      if (start > 0 && prior < 0) continue; // the last line is longer than the window
      const torn = buffer.subarray(cut).toString('utf8');
      if (cut === 0) return { lastSeq: 0, validBytes: 0, ...(torn ? { torn } : {}) };
      const lastLine = buffer.subarray(prior + 1, cut - 1).toString('utf8');
      let value: unknown;
      try {
        value = JSON.parse(lastLine);
      } catch {
        // A whole-looking last line that is not JSON: torn by power loss. Its seq is unknown (-1): the
        // caller sets it aside and reads the tail again.
        return { lastSeq: -1, validBytes: start + prior + 1, torn: `${lastLine}\n${torn}` };
      }
      const line = checkLine(value);
      if (!line.success) throw new StoreCorruptError(path, '最后一行不符合格式');
      return { lastSeq: line.data.seq, validBytes: start + cut, ...(torn ? { torn } : {}) };
    }
  } finally {
    closeSync(fd);
  }
}
