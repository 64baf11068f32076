import type { Logger } from '../../logger';
import { type BlobState, evidenceProblem } from '../evidence-problem';
import { chainHash, GENESIS_HASH } from '../file/journal';
import type { VerifyResult } from '../file/verify-file-store';
import { canonicalJson } from '../model/snapshot/canonical-json';
import type { ModelSnapshot } from '../model/snapshot/model-snapshot';
import { STATE_MODEL_VERSION } from '../model/snapshot/model-version';
import type { JournalEvent } from '../schemas';
import { sha256Hex } from '../sha256-hex';
import { StateModel } from '../state-model';
import { openPool } from './open-pg-store';
import { type JournalRow, rowEvent, SELECT_ROWS } from './pg-backend';

// `verify` on PostgreSQL: every journal row's hash recomputed over its text, seqs continuous from 1, each
// `prev` the hash of the row before, each record valid, and the whole journal replayed by the state model's
// rules (the state every instance derives), which must equal the snapshot of the state instances start from
// at its record (an edited snapshot would be served: it is named, with what to do); then every evidence file
// (佐证材料) a record names is in the evidence_blobs table and its bytes still hash to the SHA-256 the record
// names. Read-only.

const PAGE = 5000;

export async function verifyPgStore(url: string, logger: Logger): Promise<VerifyResult> {
  const pool = openPool(url, logger);
  const notes: string[] = [];
  const model = new StateModel();
  let seq = 0;
  let hash = GENESIS_HASH;
  const evidence: Extract<JournalEvent, { type: 'zg.evidence' }>[] = [];
  const fail = (firstBad: string): VerifyResult => ({ ok: false, records: seq, firstBad, notes });
  try {
    const { rows: snapshots } = await pool.query<{ seq: number; hash: string; state: string }>(
      'SELECT seq::int AS seq, hash, state FROM state_snapshot WHERE model_version = $1',
      [STATE_MODEL_VERSION],
    );
    const snapshot = snapshots[0];
    for (;;) {
      const { rows } = await pool.query<JournalRow>(
        `${SELECT_ROWS} WHERE seq > $1 ORDER BY seq LIMIT ${PAGE}`,
        [seq],
      );
      for (const row of rows) {
        if (row.seq !== seq + 1) return fail(`数据库日志第 ${seq + 1} 条缺失(下一条是第 ${row.seq} 条)`);
        if (row.prev !== hash) return fail(`数据库日志第 ${row.seq} 条的 prev 与上一条的哈希不符`);
        if (chainHash(row.prev, row.record) !== row.hash)
          return fail(`数据库日志第 ${row.seq} 条的哈希不符:记录被改动`);
        try {
          const event = rowEvent(row);
          if ((JSON.parse(row.record) as { prev?: unknown }).prev !== row.prev || event.seq !== row.seq)
            return fail(`数据库日志第 ${row.seq} 条的字段与所在行不符`);
          model.apply(event);
          if (event.type === 'zg.evidence') evidence.push(event);
        } catch (error) {
          // A record the rules refuse (ReplayError) or the schema does not know.
          if (error instanceof Error) return fail(`数据库日志第 ${row.seq} 条: ${error.message}`);
          throw error;
        }
        seq = row.seq;
        hash = row.hash;
        if (snapshot?.seq === seq) {
          const problem = snapshotProblem(snapshot, row, model);
          if (problem?.fails) return fail(problem.text);
          if (problem) notes.push(problem.text);
        }
      }
      if (rows.length < PAGE) break;
    }
    if (snapshot && snapshot.seq > seq)
      notes.push(`状态快照在第 ${snapshot.seq} 条,日志只有 ${seq} 条:下次启动时不用它,从日志重建`);
    // Evidence files: the first problem fails the check, the others are listed with it.
    const checked = new Map<string, BlobState>();
    const problems: string[] = [];
    for (const record of evidence) {
      const { sha256 } = record.data;
      let state = checked.get(sha256);
      if (!state) {
        const { rows } = await pool.query<{ bytes: Buffer }>(
          'SELECT bytes FROM evidence_blobs WHERE sha256 = $1',
          [sha256],
        );
        state = !rows[0] ? 'missing' : sha256Hex(rows[0].bytes) === sha256 ? 'ok' : 'changed';
        checked.set(sha256, state);
      }
      const problem = evidenceProblem(record, state, `数据库中的文件 ${sha256.slice(0, 12)}…`);
      if (problem) problems.push(problem);
    }
    const [badFile, ...otherFiles] = problems;
    if (badFile) {
      notes.push(...otherFiles);
      return fail(badFile);
    }
    return { ok: true, records: seq, head: hash, notes };
  } finally {
    await pool.end();
  }
}

/**
 * Whether the snapshot at this row is the state the replay reached there: one of another record (not this
 * row's hash) is harmless (a start ignores it); one whose state differs would be served, and fails.
 */
function snapshotProblem(
  snapshot: { seq: number; hash: string; state: string },
  row: JournalRow,
  model: StateModel,
): { fails: boolean; text: string } | undefined {
  if (snapshot.hash !== row.hash)
    return { fails: false, text: `状态快照与日志第 ${row.seq} 条不符:下次启动时不用它,从日志重建` };
  let stored: ModelSnapshot;
  try {
    stored = JSON.parse(snapshot.state) as ModelSnapshot;
  } catch {
    return { fails: false, text: `状态快照(第 ${row.seq} 条)无法解析:下次启动时不用它,从日志重建` };
  }
  // Records that name no plan are keyed as the instance that took it knew them.
  model.useLegacyPlan(stored.legacyPlan);
  if (canonicalJson(model.snapshot()) === canonicalJson(stored)) return undefined;
  return {
    fails: true,
    text: `数据库中的状态快照(第 ${row.seq} 条)与日志重放的结果不符:快照被改动过。请停止所有实例,执行 DELETE FROM state_snapshot 后再启动(状态将从日志重建)`,
  };
}
