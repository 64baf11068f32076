import pg from 'pg';
import type { Logger } from '../../logger';
import { BUREAU_TIME_ZONE } from '../../time/calendar-day';
import { ModelStore } from '../model-store';
import type { Store } from '../store';
import { PgBackend } from './pg-backend';
import { pgBlobs } from './pg-blobs';
import { migrateSchema } from './pg-schema';

export interface PgStoreOptions {
  /** DATABASE_URL: postgres://user@host:port/database */
  url: string;
  logger: Logger;
  /** TZ_NAME: the year of an item id is the year in this zone. Default Asia/Shanghai. */
  timeZone?: string;
  /** A reading verb's store: it keeps no snapshot of the state. */
  readOnly?: boolean;
}

/** A pool on DATABASE_URL that says why in one line when the database is gone, instead of crashing. */
export function openPool(url: string, logger: Logger): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max: 4,
    connectionTimeoutMillis: 5000,
    allowExitOnIdle: true,
  });
  pool.on('error', (error) => logger.warn('store.db-connection-lost', { error: error.message }));
  return pool;
}

/**
 * Opens the store on a PostgreSQL database: its schema brought to this build's version, its state loaded
 * (the latest snapshot, and the records after it).
 */
export async function openPgStore(options: PgStoreOptions): Promise<Store> {
  const pool = openPool(options.url, options.logger);
  try {
    await migrateSchema(pool);
    const backend = await PgBackend.open(pool, options.logger, { readOnly: options.readOnly === true });
    return new ModelStore(backend, options.timeZone ?? BUREAU_TIME_ZONE, pgBlobs(pool));
  } catch (error) {
    await pool.end().catch(() => {});
    throw error;
  }
}
