import { existsSync, statSync } from 'node:fs';
import { hostname } from 'node:os';
import type { Pool } from 'pg';
import { fileStamp } from '../files/file-stamp';
import type { Logger } from '../logger';
import {
  CalendarFileError,
  calendarFilePath,
  calendarFileSchema,
  loadCalendarOverrides,
} from './calendar-overrides';
import type { DayKind } from './working-calendar';

// With DATABASE_URL the days edited by hand in calendar.json live in the database (calendar_file), so every
// instance honours them, also one started on an empty DATA_DIR. An instance that has a calendar.json stores
// it when it opens, if it was edited after the one stored (the most recently edited file wins; an older one
// is left unused and the log says so). A malformed file stops the start, as without a database. Instances
// read the stored days at start and again at each `refresh`, which first stores this instance's file if it
// was edited since (a malformed edit then is logged and the stored days kept, as without a database).

export interface SharedCalendarFile {
  /** The stored days (what `refresh` last read). */
  days(): Readonly<Record<string, DayKind>>;
  /** Stores this instance's file if edited since, then reads the stored days again (another may have stored one). */
  refresh(): Promise<void>;
}

interface StoredRow {
  days: unknown;
  edited_at: Date;
  source: string;
}

export async function openSharedCalendarFile(
  pool: Pool,
  dataDir: string,
  logger: Logger,
): Promise<SharedCalendarFile> {
  const path = calendarFilePath(dataDir);
  let seen = fileStamp(path);
  if (existsSync(path)) await storeNewer(pool, path, loadCalendarOverrides(dataDir), logger);
  let days: Readonly<Record<string, DayKind>> = {};
  const storeIfEdited = async () => {
    const stamp = fileStamp(path);
    if (stamp === seen) return;
    seen = stamp;
    if (!existsSync(path)) return;
    try {
      await storeNewer(pool, path, loadCalendarOverrides(dataDir), logger);
    } catch (error) {
      if (!(error instanceof CalendarFileError)) throw error;
      logger.error('calendar.file-invalid', { error: error.message });
    }
  };
  const refresh = async () => {
    await storeIfEdited();
    const row = await stored(pool);
    const parsed = calendarFileSchema.safeParse(row?.days ?? {});
    if (parsed.success) days = parsed.data;
    else logger.error('calendar.stored-invalid', { error: parsed.error.issues[0]?.message });
  };
  await refresh();
  return { days: () => days, refresh };
}

async function stored(pool: Pool): Promise<StoredRow | undefined> {
  const { rows } = await pool.query<StoredRow>(
    'SELECT days, edited_at, source FROM calendar_file WHERE id = 1',
  );
  return rows[0];
}

/** Stores the file's days when it was edited after those stored (under a row lock: two starts store one). */
async function storeNewer(
  pool: Pool,
  path: string,
  days: Record<string, DayKind>,
  logger: Logger,
): Promise<void> {
  const edited = statSync(path).mtime;
  const source = `${hostname()}:${path}`;
  const { rows } = await pool.query<{ stored: boolean }>(
    `INSERT INTO calendar_file (id, days, edited_at, source) VALUES (1, $1, $2, $3)
     ON CONFLICT (id) DO UPDATE SET days = excluded.days, edited_at = excluded.edited_at,
       source = excluded.source, stored_at = now()
     WHERE calendar_file.edited_at < excluded.edited_at AND calendar_file.days <> excluded.days
     RETURNING true AS stored`,
    [JSON.stringify(days), edited, source],
  );
  if (rows.length > 0) {
    logger.info('calendar.file-stored', { file: path, days: Object.keys(days).length });
    return;
  }
  const row = await stored(pool);
  if (row && JSON.stringify(sorted(row.days)) !== JSON.stringify(sorted(days)))
    logger.warn('calendar.file-older', {
      file: path,
      kept: `数据库里的日历(${row.source},${row.edited_at.toISOString()} 修改)比本文件新,本文件未采用`,
    });
}

function sorted(value: unknown): unknown {
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)));
}
