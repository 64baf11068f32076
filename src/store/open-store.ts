import type { Logger } from '../logger';
import { openFileStore } from './file/open-file-store';
import type { Store } from './store';

export interface StoreConfig {
  /** DATA_DIR: the file store's folder (the default backend). */
  dataDir: string;
  /** DATABASE_URL: when set, the store is in this PostgreSQL database instead. */
  databaseUrl?: string;
  logger: Logger;
  timeZone?: string;
  /** File store only: sync every write (default true). */
  fsync?: boolean;
  /** Open read only (a reading verb: on PostgreSQL it keeps no snapshot of the state). */
  readOnly?: boolean;
}

/** Opens the store the configuration names: PostgreSQL when DATABASE_URL is set, else the files in DATA_DIR. */
export async function openStore(config: StoreConfig): Promise<Store> {
  const { logger } = config;
  const timeZone = config.timeZone ? { timeZone: config.timeZone } : {};
  if (config.databaseUrl) {
    // The PostgreSQL client is loaded only when there is a database to talk to.
    const { openPgStore } = await import('./pg/open-pg-store');
    return openPgStore({
      url: config.databaseUrl,
      logger,
      ...timeZone,
      ...(config.readOnly ? { readOnly: true } : {}),
    });
  }
  return openFileStore({
    dataDir: config.dataDir,
    logger,
    ...timeZone,
    ...(config.fsync !== undefined ? { fsync: config.fsync } : {}),
    ...(config.readOnly !== undefined ? { readOnly: config.readOnly } : {}),
  });
}
