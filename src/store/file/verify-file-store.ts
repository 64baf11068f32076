import type { z } from 'zod';
import { FileCorruptError } from '../../files/file-corrupt-error';
import { type Concern, STATE_CONCERNS, type StateConcern } from '../model/concern-of';
import { ReplayError } from '../model/replay-error';
import { headFileSchema } from '../schemas';
import { StateModel } from '../state-model';
import { type DerivedKind, ledgerKind, progressKind, readDerivedLog } from './derived-log';
import { GENESIS_HASH, type JournalContents, readJournal, recordEndingAt, unfinishedTail } from './journal';
import { storePaths } from './paths';
import { readStateFile, STATE_FILES } from './state-file';
import { evidenceFileProblems } from './verify-evidence-files';

// `verify`: the journal's chain is intact (every hash recomputed); the head points at a record in place; each
// derived log is the journal's records of its kind, in order; every state file equals what replaying the
// journal up to that file's own seq produces. Read-only: it never writes a byte.

export interface VerifyResult {
  ok: boolean;
  /** Whole records in the journal. */
  records: number;
  /** The hash of the last record (the chain's head), when it verified. */
  head?: string;
  /** The first problem found (what `verify` names), when not ok. */
  firstBad?: string;
  /** Harmless findings: a torn tail a crash left, a derived file one step behind. */
  notes: string[];
}

export interface VerifyOptions {
  /**
   * The plan of records that name none (Store.useLegacyPlan: the shipped plan), as the server runs with it:
   * an owner assigned on it replaces one assigned before plans were told apart, so the replay must know it.
   */
  legacyPlan?: string;
}

export function verifyFileStore(dataDir: string, options: VerifyOptions = {}): VerifyResult {
  const paths = storePaths(dataDir);
  const notes: string[] = [];
  const fail = (records: number, firstBad: string): VerifyResult => ({ ok: false, records, firstBad, notes });
  const named = (error: unknown, records: number): VerifyResult => {
    if (error instanceof FileCorruptError) return fail(records, `${error.file}: ${error.detail}`);
    throw error;
  };

  let journal: JournalContents;
  try {
    journal = readJournal(paths.journal, true);
  } catch (error) {
    return named(error, 0);
  }
  if (journal.torn !== undefined)
    notes.push(`日志末尾有一条未写完的记录(进程中断所致,从未确认),下次启动时移入 ${paths.journal}.torn`);
  const unfinished = unfinishedTail(journal.records);
  if (unfinished > 0)
    notes.push(
      `日志末尾有 ${unfinished} 条记录属于一个未完成的事务(从未确认),下次启动时移入 ${paths.journal}.torn`,
    );
  const records = journal.records.slice(0, journal.records.length - unfinished);
  const n = records.length;

  let head: z.infer<typeof headFileSchema> | null;
  try {
    head = readStateFile(paths.head, headFileSchema);
  } catch (error) {
    return named(error, n);
  }
  const headSeq = head?.seq ?? 0;
  if (headSeq > journal.records.length)
    return fail(
      n,
      `${paths.journal}: 日志只有 ${journal.records.length} 条,已确认到第 ${headSeq} 条:日志被截短`,
    );
  if (head && headSeq > 0 && journal.records[headSeq - 1]!.hash !== head.hash)
    return fail(n, `${paths.journal}: 第 ${headSeq} 条记录与 ${paths.head} 记下的哈希不符`);
  if (headSeq === 0 && head && head.hash !== GENESIS_HASH) return fail(n, `${paths.head}: 哈希与空日志不符`);
  if (head && headSeq > 0 && recordEndingAt(paths.journal, head.bytes)?.seq !== headSeq)
    return fail(n, `${paths.head}: 记下的日志长度 ${head.bytes} 字节不在第 ${headSeq} 条记录末尾`);

  // Each derived log must be the journal's records of its kind, in order, up to its last line.
  const checkLog = <L extends { seq: number }>(
    path: string,
    kind: DerivedKind<L>,
  ): VerifyResult | undefined => {
    let lines: L[];
    try {
      lines = readDerivedLog(path, kind).items;
    } catch (error) {
      return named(error, n);
    }
    const expected = records.map((r) => kind.lineOf(r)).filter((l): l is L => l !== undefined);
    for (let i = 0; i < lines.length; i += 1) {
      if (!expected[i] || canonical(expected[i]) !== canonical(lines[i]))
        return fail(n, `${path}: 第 ${i + 1} 行(seq ${lines[i]!.seq})与日志中的记录不符`);
    }
    if (lines.length < expected.length)
      notes.push(`${path} 比日志少 ${expected.length - lines.length} 条,下次启动时补上`);
    return undefined;
  };
  const logProblem = checkLog(paths.progress, progressKind) ?? checkLog(paths.ledger, ledgerKind);
  if (logProblem) return logProblem;

  // The state files as they are on disk.
  const files = new Map<StateConcern, { path: string; seq: number; content: unknown }>();
  for (const concern of STATE_CONCERNS) {
    const path = paths[concern];
    const { schema } = STATE_FILES[concern];
    try {
      const data = readStateFile(path, schema);
      if (data) files.set(concern, { path, seq: data.seq, content: data });
    } catch (error) {
      return named(error, n);
    }
  }

  // Replay, taking a snapshot of each state concern at the seq its file says it holds.
  const model = new StateModel();
  if (options.legacyPlan) model.useLegacyPlan(options.legacyPlan);
  const snapshots = new Map<StateConcern, string>();
  const lastOf = new Map<Concern, number>();
  for (const [concern, file] of files) if (file.seq === 0) snapshots.set(concern, canonical(model[concern]));
  for (const record of records) {
    let concern: Concern;
    try {
      concern = model.apply(record);
    } catch (error) {
      if (error instanceof ReplayError) return fail(n, `${paths.journal}: ${error.message}`);
      throw error;
    }
    lastOf.set(concern, record.seq);
    if (isStateConcern(concern) && files.get(concern)?.seq === record.seq)
      snapshots.set(concern, canonical(model[concern]));
  }
  for (const [concern, file] of files) {
    const expected = snapshots.get(concern);
    if (expected === undefined)
      return fail(n, `${file.path}: 记下的第 ${file.seq} 条记录不属于该文件,或日志中不存在`);
    if (canonical(file.content) !== expected)
      return fail(
        n,
        `${file.path}: 内容与日志(到第 ${file.seq} 条)重放的结果不符:${firstDifference(file.content, JSON.parse(expected))}`,
      );
    const last = lastOf.get(concern) ?? 0;
    if (last > file.seq) notes.push(`${file.path} 比日志落后(第 ${file.seq} → ${last} 条),下次启动时补上`);
  }
  for (const concern of STATE_CONCERNS) {
    const last = lastOf.get(concern);
    if (last !== undefined && !files.has(concern))
      notes.push(`${concern} 尚无状态文件(日志到第 ${last} 条),下次启动时补上`);
  }
  // Evidence files: the first problem fails the check, the others are listed with it.
  const [badFile, ...otherFiles] = evidenceFileProblems(dataDir, records);
  if (badFile) {
    notes.push(...otherFiles);
    return fail(n, badFile);
  }
  return { ok: true, records: n, head: n > 0 ? records[n - 1]!.hash : GENESIS_HASH, notes };
}

function isStateConcern(concern: Concern): concern is StateConcern {
  return (STATE_CONCERNS as readonly string[]).includes(concern);
}

/** JSON with object keys sorted, so key order never matters when comparing. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

/** Names the first member / owner that differs, for a message a person can act on. */
function firstDifference(actual: unknown, expected: unknown): string {
  const list = (v: unknown): unknown[] => {
    const o = v as Record<string, unknown> | undefined;
    return (o?.members ??
      o?.owners ??
      Object.entries(
        (o?.calendar as object) ?? (o?.names as object) ?? (o?.links as object) ?? o?.digest ?? {},
      )) as unknown[];
  };
  // The sign-in secret is named, never shown.
  const secretOf = (v: unknown) => (v as { secret?: unknown } | undefined)?.secret;
  if (secretOf(actual) !== secretOf(expected)) return '看板签名密钥(内容不显示)';
  const a = list(actual);
  const e = list(expected);
  for (let i = 0; i < Math.max(a.length, e.length); i += 1) {
    if (canonical(a[i]) !== canonical(e[i])) {
      const x = (e[i] ?? a[i]) as Record<string, unknown> | undefined;
      return `第 ${i + 1} 项(${String(x?.openId ?? x?.index ?? (Array.isArray(x) ? x[0] : '?'))})`;
    }
  }
  return 'seq 字段';
}
