import type { Pool, PoolClient } from 'pg';
import { readJsonl } from '../../files/read-jsonl';
import { chainHash } from '../file/journal';
import { storePaths } from '../file/paths';
import { lockedTransaction } from './locked-transaction';
import { insertRows, type JournalRow } from './pg-backend';
import { LOCK, migrateSchema } from './pg-schema';

// `migrate`: a file store's journal copied into an empty PostgreSQL database, in one database transaction
// (nothing half-copied), each record's text kept as written so its hash, and the chain's head, stay the same.
// A database whose journal holds anything is refused, naming how much it holds.

/** Records per INSERT. */
const BATCH = 2000;

export class MigrateRefused extends Error {}

/** What else is copied in the same transaction (the folder's other files): refused by `held` if it says why. */
export interface AlsoCopied {
  held(client: PoolClient): Promise<string | undefined>;
  copy(client: PoolClient): Promise<void>;
}

/** Copies the first `records` records of the journal in `dataDir` (those `verify` vouched for). */
export async function copyFileStore(
  dataDir: string,
  records: number,
  pool: Pool,
  also?: AlsoCopied,
): Promise<void> {
  const rows = readJsonl(storePaths(dataDir).journal, (value) => journalRowOf(value)).items.slice(0, records);
  await migrateSchema(pool);
  await lockedTransaction(pool, LOCK.journal, async (client) => {
    const { rows: count } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM journal');
    const held = count[0]?.n ?? 0;
    if (held > 0)
      throw new MigrateRefused(`目标数据库不是空的:已有 ${held} 条日志记录。只迁入空数据库,未写入任何内容`);
    const other = await also?.held(client);
    if (other) throw new MigrateRefused(`目标数据库不是空的:已有${other}。只迁入空数据库,未写入任何内容`);
    for (let i = 0; i < rows.length; i += BATCH) await insertRows(client, rows.slice(i, i + BATCH));
    await also?.copy(client);
  });
  await pool.query('ANALYZE journal');
}

/** A journal line as a row: its fields without `hash`, as written (JSON.parse keeps their order). */
function journalRowOf(value: unknown): JournalRow {
  const { hash, ...fields } = value as Record<string, unknown> & { hash: string; prev: string; seq: number };
  const record = JSON.stringify(fields);
  if (chainHash(fields.prev, record) !== hash) throw new Error(`记录 ${fields.seq} 的哈希不符`);
  return { seq: fields.seq, prev: fields.prev, hash, record };
}
