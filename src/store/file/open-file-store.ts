import { join } from 'node:path';
import type { Logger } from '../../logger';
import { BUREAU_TIME_ZONE } from '../../time/calendar-day';
import { ModelStore } from '../model-store';
import type { Store } from '../store';
import { FileBackend } from './file-backend';
import { fileBlobs } from './file-blobs';

export interface FileStoreOptions {
  dataDir: string;
  logger: Logger;
  /** fdatasync every append and rename before a change counts as done (survives power loss). Default true. */
  fsync?: boolean;
  /** TZ_NAME: the year of an item id is the year in this zone. Default Asia/Shanghai. */
  timeZone?: string;
  /** Read only (a verb beside a running server): nothing in the folder is written; writes are refused. */
  readOnly?: boolean;
}

/** Opens (or creates) the store in a data directory. Throws FileCorruptError on data it cannot trust. */
export function openFileStore(options: FileStoreOptions): Store {
  return new ModelStore(
    new FileBackend(options),
    options.timeZone ?? BUREAU_TIME_ZONE,
    fileBlobs(join(options.dataDir, 'files'), {
      ...(options.fsync === false ? { fsync: false } : {}),
      ...(options.readOnly ? { readOnly: true } : {}),
    }),
  );
}
