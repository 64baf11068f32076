import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SNAPSHOT_AT_CLOSE } from '../../src/store/pg/pg-backend';
import { FakeLark } from '../support/fake-lark';
import { freshDatabase, onDatabase, pgAvailable, type TestDatabase } from '../support/pg-database';
import { startPgInstance } from '../support/pg-instance';
import { runCli } from '../support/run-cli';
import { exited, killTestServer, type TestServer } from '../support/test-server';

// A server on PostgreSQL stopped cleanly (SIGTERM) keeps a snapshot of the state it reached before it exits,
// so the next start reads little of the journal. The records are written by the CLI and the snapshot it kept
// is removed: the server alone applied them, and only its stop can keep one.
const available = await pgAvailable();
const ADMIN = 'ou_admin';

describe.skipIf(!available)('a clean stop on PostgreSQL', () => {
  let db: TestDatabase;
  let fake: FakeLark;
  let server: TestServer | undefined;
  const dir = mkdtempSync(join(tmpdir(), 'pg-clean-stop-'));

  beforeAll(async () => {
    db = await freshDatabase();
    fake = await FakeLark.start();
  }, 60_000);
  afterAll(async () => {
    await killTestServer(server);
    await fake?.close();
    rmSync(dir, { recursive: true, force: true });
    await db?.drop();
  });

  it('keeps a snapshot at the last record before the process exits', async () => {
    const lines = Array.from(
      { length: SNAPSHOT_AT_CLOSE + 20 },
      (_, i) => `整改 登记 问题${i} 单位:单位${i} 期限:2027-06-30 处室:社保处`,
    );
    const written = await runCli(dir, ['say', '--user', ADMIN], `${lines.join('\n')}\n`, {
      DATABASE_URL: db.url,
      ADMIN_OPEN_IDS: ADMIN,
    });
    expect(written.stdout).toContain('ZG-');
    await onDatabase(db.url, 'DELETE FROM state_snapshot');
    const [journal] = await onDatabase<{ last: number }>(db.url, 'SELECT max(seq)::int AS last FROM journal');
    expect(journal!.last).toBeGreaterThanOrEqual(SNAPSHOT_AT_CLOSE);

    server = await startPgInstance(db, fake, dir, ADMIN);
    server.child.kill('SIGTERM');
    expect(await exited(server.child)).toEqual({ code: 0, signal: null });
    server = undefined;

    const [after] = await onDatabase<{ last: number }>(db.url, 'SELECT max(seq)::int AS last FROM journal');
    const snapshots = await onDatabase<{ seq: number }>(db.url, 'SELECT seq::int AS seq FROM state_snapshot');
    expect(snapshots.map((s) => s.seq)).toEqual([after!.last]);
  }, 60_000);
});
