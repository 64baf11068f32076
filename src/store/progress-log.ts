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
// It is derived (verify checks it against the journal) and exists so that start-up reads a few MB in
// one JSON.parse instead of the whole journal, and a progress command appends one short line.

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
export const progressLineSchema = z.union([updateLine, retractLine]);
export type ProgressLine = z.infer<typeof progressLineSchema>;

export interface ProgressLogContents {
  lines: ProgressLine[];
  validBytes: number;
  torn?: string;
}

/** Reads the whole log: one JSON.parse over all lines; a bad line other than a torn last one is corruption. */
export function readProgressLog(path: string): ProgressLogContents {
  if (!existsSync(path)) return { lines: [], validBytes: 0 };
  const text = readFileSync(path, 'utf8');
  const cut = text.lastIndexOf('\n') + 1;
  const whole = text.slice(0, cut);
  const tail = text.slice(cut);
  let raw: unknown;
  try {
    raw = JSON.parse(`[${whole.slice(0, -1).replaceAll('\n', ',')}]`);
  } catch {
    return readLineByLine(path, text);
  }
  const parsed = z.array(progressLineSchema).safeParse(raw);
  if (!parsed.success) {
    const line = Number(parsed.error.issues[0]?.path[0] ?? 0) + 1;
    throw new StoreCorruptError(path, `第 ${line} 行不符合格式`);
  }
  return {
    lines: parsed.data,
    validBytes: Buffer.byteLength(whole, 'utf8'),
    ...(tail.length > 0 ? { torn: tail } : {}),
  };
}

function readLineByLine(path: string, text: string): ProgressLogContents {
  const lines: ProgressLine[] = [];
  const parts = text.split('\n');
  let bytes = 0;
  for (let i = 0; i < parts.length; i += 1) {
    const part = parts[i]!;
    const last = i >= parts.length - 2 && parts.slice(i + 1).every((p) => p === '');
    if (part === '' && i === parts.length - 1) break;
    let value: unknown;
    try {
      value = JSON.parse(part);
    } catch {
      if (last) return { lines, validBytes: bytes, torn: part };
      throw new StoreCorruptError(path, `第 ${i + 1} 行不是有效的 JSON`);
    }
    const line = progressLineSchema.safeParse(value);
    if (!line.success) throw new StoreCorruptError(path, `第 ${i + 1} 行不符合格式`);
    lines.push(line.data);
    bytes += Buffer.byteLength(part, 'utf8') + 1;
  }
  return { lines, validBytes: bytes };
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
      const line = progressLineSchema.safeParse(value);
      if (!line.success) throw new StoreCorruptError(path, '最后一行不符合格式');
      return { lastSeq: line.data.seq, validBytes: start + cut, ...(torn ? { torn } : {}) };
    }
  } finally {
    closeSync(fd);
  }
}
