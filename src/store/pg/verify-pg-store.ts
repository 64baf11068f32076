import type { Logger } from '../../logger';
import { type BlobState, evidenceProblem } from '../evidence-problem';
import { chainHash, GENESIS_HASH } from '../file/journal';
import type { VerifyResult } from '../file/verify-file-store';
import type { JournalEvent } from '../schemas';
import { sha256Hex } from '../sha256-hex';
import { StateModel } from '../state-model';
import { openPool } from './open-pg-store';
import { type JournalRow, rowEvent, SELECT_ROWS } from './pg-backend';

// `verify` on PostgreSQL: every journal row's hash recomputed over its text, seqs continuous from 1, each
// `prev` the hash of the row before, each record valid, and the whole journal replayed by the state model's
// rules (the state every instance derives); then every evidence file (佐证材料) a record names is in the
// evidence_blobs table and its bytes still hash to the SHA-256 the record names. Read-only.

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
      }
      if (rows.length < PAGE) break;
    }
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
