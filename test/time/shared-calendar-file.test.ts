import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger';
import { openPgStore } from '../../src/store/pg/open-pg-store';
import { calendarFilePath } from '../../src/time/calendar-overrides';
import { openSharedCalendarFile } from '../../src/time/shared-calendar-file';
import { freshDatabase, pgAvailable, type TestDatabase } from '../support/pg-database';

// Two running instances on one database, each with its own DATA_DIR: calendar.json edited by hand on A while
// both run reaches B at B's next refresh, with no restart; a malformed edit on A is logged and changes nothing
// stored; a later good edit is taken again.
const available = await pgAvailable();

describe.skipIf(!available)('calendar.json edited while instances run', () => {
  let db: TestDatabase;
  let pool: pg.Pool;
  const dirA = mkdtempSync(join(tmpdir(), 'shared-cal-a-'));
  const dirB = mkdtempSync(join(tmpdir(), 'shared-cal-b-'));
  const lines: string[] = [];
  const logger = createLogger((line) => lines.push(line));

  beforeAll(async () => {
    db = await freshDatabase();
    // The schema (calendar_file among it) is made by the store's first open.
    await (await openPgStore({ url: db.url, logger })).close();
    pool = new pg.Pool({ connectionString: db.url });
  });
  afterAll(async () => {
    await pool?.end();
    await db?.drop();
    for (const dir of [dirA, dirB]) rmSync(dir, { recursive: true, force: true });
  });

  /** Writes A's file as an edit made `minutes` after the epoch of this test (mtime set, so edits are ordered). */
  const edit = (text: string, minutes: number) => {
    const path = calendarFilePath(dirA);
    writeFileSync(path, text);
    const at = new Date(Date.UTC(2026, 11, 7, 8, minutes));
    utimesSync(path, at, at);
  };

  it('takes an edit on A to B at its next refresh, and keeps the stored days through a malformed edit', async () => {
    edit(JSON.stringify({ '2027-01-04': 'holiday' }), 0);
    const a = await openSharedCalendarFile(pool, dirA, logger);
    const b = await openSharedCalendarFile(pool, dirB, logger);
    expect(b.days()).toEqual({ '2027-01-04': 'holiday' });

    edit(JSON.stringify({ '2027-01-04': 'holiday', '2027-02-20': 'workday' }), 5);
    await b.refresh();
    expect(b.days()).toEqual({ '2027-01-04': 'holiday' });
    await a.refresh();
    await b.refresh();
    expect(b.days()).toEqual({ '2027-01-04': 'holiday', '2027-02-20': 'workday' });

    edit('{ "2027-03-01": "holday" ', 10);
    await a.refresh();
    await b.refresh();
    expect(a.days()).toEqual({ '2027-01-04': 'holiday', '2027-02-20': 'workday' });
    expect(b.days()).toEqual({ '2027-01-04': 'holiday', '2027-02-20': 'workday' });
    expect(lines.some((l) => l.includes('calendar.file-invalid') && l.includes('calendar.json'))).toBe(true);

    edit(JSON.stringify({ '2027-03-01': 'holiday' }), 15);
    await a.refresh();
    await b.refresh();
    expect(b.days()).toEqual({ '2027-03-01': 'holiday' });
  });
});
