import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { GENESIS_HASH, type JournalContents, readJournal, recordEndingAt } from './journal';
import { type ProgressLogContents, readProgressLog } from './progress-log';
import { headFileSchema, ledgerFileSchema, rosterFileSchema, targetsFileSchema } from './schemas';
import { type Concern, ReplayError, StateModel } from './state-model';
import { storePaths, toProgressLine } from './store';
import { StoreCorruptError } from './store-errors';

// `verify`: the journal's chain is intact (every hash recomputed), and every state file equals what
// replaying the journal up to that file's own seq produces. Read-only: it never writes a byte.

export interface VerifyResult {
  ok: boolean;
  /** Whole records in the journal. */
  records: number;
  /** The first problem found (what `verify` names), when not ok. */
  firstBad?: string;
  /** Harmless findings: a torn tail a crash left, a state file one step behind. */
  notes: string[];
}

export function verifyStore(dataDir: string): VerifyResult {
  const paths = storePaths(dataDir);
  const notes: string[] = [];
  const fail = (records: number, firstBad: string): VerifyResult => ({ ok: false, records, firstBad, notes });

  let journal: JournalContents;
  try {
    journal = readJournal(paths.journal, true);
  } catch (error) {
    if (error instanceof StoreCorruptError) return fail(0, `${error.file}: ${error.detail}`);
    throw error;
  }
  const { records } = journal;
  if (journal.torn !== undefined) {
    notes.push(`日志末尾有一条未写完的记录(进程中断所致,从未确认),下次启动时移入 ${paths.journal}.torn`);
  }

  const readState = <T>(path: string, schema: z.ZodType<T>): T | undefined | string => {
    if (!existsSync(path)) return undefined;
    try {
      const parsed = schema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
      return parsed.success ? parsed.data : `${path}: 内容不符合格式`;
    } catch {
      return `${path}: 不是有效的 JSON`;
    }
  };

  const head = readState(paths.head, headFileSchema);
  if (typeof head === 'string') return fail(records.length, head);
  const headSeq = head?.seq ?? 0;
  if (headSeq > records.length) {
    return fail(
      records.length,
      `${paths.journal}: 日志只有 ${records.length} 条,已确认到第 ${headSeq} 条:日志被截短`,
    );
  }
  if (head && headSeq > 0 && records[headSeq - 1]!.hash !== head.hash) {
    return fail(records.length, `${paths.journal}: 第 ${headSeq} 条记录与 ${paths.head} 记下的哈希不符`);
  }
  if (headSeq === 0 && head && head.hash !== GENESIS_HASH) {
    return fail(records.length, `${paths.head}: 哈希与空日志不符`);
  }
  if (head && headSeq > 0 && recordEndingAt(paths.journal, head.bytes)?.seq !== headSeq) {
    return fail(
      records.length,
      `${paths.head}: 记下的日志长度 ${head.bytes} 字节不在第 ${headSeq} 条记录末尾`,
    );
  }

  // The progress log must be the journal's progress records, in order, up to its last line.
  let log: ProgressLogContents;
  try {
    log = readProgressLog(paths.progress);
  } catch (error) {
    if (error instanceof StoreCorruptError) return fail(records.length, `${error.file}: ${error.detail}`);
    throw error;
  }
  const expectedLines = records.map(toProgressLine).filter((l) => l !== undefined);
  for (let i = 0; i < log.lines.length; i += 1) {
    const expected = expectedLines[i];
    if (!expected || canonical(expected) !== canonical(log.lines[i])) {
      return fail(
        records.length,
        `${paths.progress}: 第 ${i + 1} 行(seq ${log.lines[i]!.seq})与日志中的进展记录不符`,
      );
    }
  }
  if (log.lines.length < expectedLines.length) {
    notes.push(`${paths.progress} 比日志少 ${expectedLines.length - log.lines.length} 条进展,下次启动时补上`);
  }

  // The state files as they are on disk, keyed by concern.
  const files = new Map<Concern, { path: string; seq: number; content: unknown }>();
  const load = (concern: Concern, path: string, schema: z.ZodType<{ seq: number }>): string | undefined => {
    const data = readState(path, schema);
    if (typeof data === 'string') return data;
    if (data) files.set(concern, { path, seq: data.seq, content: data });
    return undefined;
  };
  const problems = [
    load('roster', paths.roster, rosterFileSchema),
    load('targets', paths.targets, targetsFileSchema),
    ...(existsSync(paths.stateDir) ? readdirSync(paths.stateDir) : [])
      .map((f) => /^(ledger-\d{4})\.json$/.exec(f)?.[1])
      .filter((c): c is string => c !== undefined)
      .map((c) => load(c as Concern, join(paths.stateDir, `${c}.json`), ledgerFileSchema)),
  ].filter((p): p is string => p !== undefined);
  if (problems[0]) return fail(records.length, problems[0]);

  // Replay, taking a snapshot of each concern at the seq its file says it holds.
  const model = new StateModel();
  const snapshot = (concern: Concern): string =>
    canonical(
      concern === 'roster'
        ? model.roster
        : concern === 'targets'
          ? model.targets
          : model.ledgers.get(concern),
    );
  const snapshots = new Map<Concern, string>();
  const lastOf = new Map<Concern, number>();
  for (const [concern, file] of files) if (file.seq === 0) snapshots.set(concern, snapshot(concern));
  for (const record of records) {
    let concern: Concern;
    try {
      concern = model.apply(record);
    } catch (error) {
      if (error instanceof ReplayError) return fail(records.length, `${paths.journal}: ${error.message}`);
      throw error;
    }
    lastOf.set(concern, record.seq);
    if (files.get(concern)?.seq === record.seq) snapshots.set(concern, snapshot(concern));
  }

  for (const [concern, file] of files) {
    const expected = snapshots.get(concern);
    if (expected === undefined) {
      return fail(records.length, `${file.path}: 记下的第 ${file.seq} 条记录不属于该文件,或日志中不存在`);
    }
    if (canonical(file.content) !== expected) {
      return fail(
        records.length,
        `${file.path}: 内容与日志(到第 ${file.seq} 条)重放的结果不符:${firstDifference(file.content, JSON.parse(expected))}`,
      );
    }
    const last = lastOf.get(concern) ?? 0;
    if (last > file.seq) notes.push(`${file.path} 比日志落后(第 ${file.seq} → ${last} 条),下次启动时补上`);
  }
  for (const [concern, last] of lastOf) {
    if (concern !== 'progress' && !files.has(concern)) {
      notes.push(`${concern} 尚无状态文件(日志到第 ${last} 条),下次启动时补上`);
    }
  }
  return { ok: true, records: records.length, notes };
}

/** JSON with object keys sorted, so key order never matters when comparing. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

/** Names the first member / owner / item that differs, for a message a person can act on. */
function firstDifference(actual: unknown, expected: unknown): string {
  const list = (v: unknown): unknown[] => {
    const o = v as Record<string, unknown> | undefined;
    return (o?.members ?? o?.owners ?? o?.items ?? []) as unknown[];
  };
  const a = list(actual);
  const e = list(expected);
  for (let i = 0; i < Math.max(a.length, e.length); i += 1) {
    if (canonical(a[i]) !== canonical(e[i])) {
      const x = (e[i] ?? a[i]) as Record<string, unknown> | undefined;
      return `第 ${i + 1} 项(${String(x?.id ?? x?.openId ?? x?.index ?? '?')})`;
    }
  }
  return 'seq 字段';
}
