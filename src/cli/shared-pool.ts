import type { Pool } from 'pg';
import type { Config } from '../config';
import type { Logger } from '../logger';
import type { CliIo } from './cli-io';

// With DATABASE_URL, what instances share besides the store — added plans, the days of calendar.json, the
// jobs' state — is in the same database: a verb reaches it through this pool (its tables made with the
// store's schema), let go of when the verb is done. Without a database there is none.

export async function sharedPool(
  io: CliIo,
  config: Pick<Config, 'databaseUrl'>,
  logger: Logger,
): Promise<Pool | undefined> {
  if (!config.databaseUrl) return undefined;
  const { openPool } = await import('../store/pg/open-pg-store');
  const { migrateSchema } = await import('../store/pg/pg-schema');
  const pool = openPool(config.databaseUrl, logger);
  io.atEnd(() => pool.end());
  await migrateSchema(pool);
  return pool;
}
