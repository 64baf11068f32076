import type { Pool, PoolClient } from 'pg';
import { lockedTransaction } from './locked-transaction';

// The PostgreSQL schema, created and migrated by the bot at start (never by hand). Each step is applied once,
// in order, inside one transaction under an advisory lock, so instances starting together wait for each
// other and find the work done; `schema_version` records each step applied.

/** The advisory lock keys this backend takes (one number per purpose, in this project's range). */
export const LOCK = {
  schema: 19_000_001,
  journal: 19_000_002,
  jobs: 19_000_003,
} as const;

const STEPS: readonly string[] = [
  // 1: the journal. `record` is the record's JSON as written (a json column keeps its text), which the hash
  // covers; `msg` and `type` are copied out for the replay lookup.
  `CREATE TABLE journal (
     seq bigint PRIMARY KEY,
     prev text NOT NULL,
     hash text NOT NULL,
     msg text,
     type text NOT NULL,
     record json NOT NULL
   );
   CREATE UNIQUE INDEX journal_outcome ON journal (msg) WHERE type = 'outcome';`,
  // 2: the inbox shared by instances: an event is claimed by inserting its key (once, whoever inserts first),
  // held under a lease its instance renews, and taken over by another once the lease runs out.
  `CREATE TABLE inbox (
     key text PRIMARY KEY,
     at bigint NOT NULL,
     item jsonb,
     done boolean NOT NULL DEFAULT false,
     sent int[] NOT NULL DEFAULT '{}',
     claimed_by text,
     claimed_until timestamptz
   );
   CREATE INDEX inbox_open ON inbox (claimed_until) WHERE NOT done;`,
  // 3: what the jobs remember (the last day each ran, items reminded), one document the instances share.
  `CREATE TABLE job_state (id int PRIMARY KEY CHECK (id = 1), data jsonb NOT NULL);`,
  // 4: evidence files (佐证材料), named by their SHA-256; a row is committed before a record names it.
  `CREATE TABLE IF NOT EXISTS evidence_blobs (sha256 text PRIMARY KEY, bytes bytea NOT NULL);`,
  // 5: plan files added (plan add, or sent in chat): the file's bytes under its name (`2026-2030.docx`) and
  // the text read from it, which the plans are built from at start.
  `CREATE TABLE IF NOT EXISTS plan_files (
     name text PRIMARY KEY,
     bytes bytea NOT NULL,
     text text NOT NULL,
     added_at timestamptz NOT NULL DEFAULT now()
   );`,
  // 6: the working-day overrides edited by hand in an instance's calendar.json, stored at its start (the most
  // recently edited file wins), which every instance reads.
  `CREATE TABLE IF NOT EXISTS calendar_file (
     id int PRIMARY KEY CHECK (id = 1),
     days jsonb NOT NULL,
     edited_at timestamptz NOT NULL,
     source text NOT NULL,
     stored_at timestamptz NOT NULL DEFAULT now()
   );`,
  // 7: answers set aside (Lark refused them for good, or they were still not delivered when no longer
  // useful): one row each, as a line of undelivered.jsonl.
  `CREATE TABLE IF NOT EXISTS undelivered (
     id bigserial PRIMARY KEY,
     key text NOT NULL,
     line jsonb NOT NULL,
     at timestamptz NOT NULL DEFAULT now()
   );`,
];

/** The schema version this build writes. */
export const SCHEMA_VERSION = STEPS.length;

/** Brings the database's schema to this build's version; a database ahead of it is refused. */
export async function migrateSchema(pool: Pool): Promise<void> {
  await lockedTransaction(pool, LOCK.schema, async (client) => {
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_version (version int PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const current = await schemaVersion(client);
    if (current > SCHEMA_VERSION)
      throw new Error(`数据库结构版本 ${current} 比本程序的 ${SCHEMA_VERSION} 新:请先升级程序`);
    for (let version = current + 1; version <= SCHEMA_VERSION; version += 1) {
      await client.query(STEPS[version - 1]!);
      await client.query('INSERT INTO schema_version (version) VALUES ($1)', [version]);
    }
  });
}

async function schemaVersion(client: PoolClient): Promise<number> {
  const { rows } = await client.query<{ version: number | null }>(
    'SELECT max(version) AS version FROM schema_version',
  );
  return rows[0]?.version ?? 0;
}
