import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UNDELIVERED_FILE } from '../../src/bot/worker/undelivered';
import { JOB_STATE_FILE } from '../../src/jobs/job-state';
import { sha256Hex } from '../../src/store/sha256-hex';
import { calendarFilePath } from '../../src/time/calendar-overrides';
import { freshDatabase, onDatabase, pgAvailable, type TestDatabase } from '../support/pg-database';
import { runCli } from '../support/run-cli';

// `migrate --to`: a file store moved into an empty database, verified there (same records, same chain head);
// a database that holds anything is refused and left as it was.
const available = await pgAvailable();
const FIFTEENTH = 'test/fixtures/plans/bureau-15th-five-year.txt';

describe.skipIf(!available)('cli migrate --to', () => {
  let db: TestDatabase;
  let dir = '';
  beforeAll(async () => {
    db = await freshDatabase();
    dir = mkdtempSync(join(tmpdir(), 'pg-migrate-'));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await db?.drop();
  });

  it('copies the journal, verifies it, and the database then answers as the folder did', async () => {
    const lines = [
      '整改 登记 专项资金挪用 单位:市财政局 期限:12月31日 处室:社保处',
      '整改 进展 ZG-2026-001 已追回部分资金',
      '整改 登记 补缴税款 单位:市税务局 期限:12月1日 处室:社保处',
    ];
    expect((await runCli(dir, ['say', '--now', '2026-12-07T10:00'], lines.join('\n'))).status).toBe(0);
    const fileVerify = await runCli(dir, ['verify']);
    const records = Number(/共 (\d+) 条/.exec(fileVerify.stdout)?.[1]);
    expect(records).toBeGreaterThan(3);

    const moved = await runCli(dir, ['migrate', '--to', db.url]);
    expect(moved.stdout).toContain(`已迁移: ${dir} 的 ${records} 条日志记录已写入数据库,校验通过`);
    expect(moved.status).toBe(0);
    const pgVerify = await runCli(dir, ['verify'], '', { DATABASE_URL: db.url });
    expect(pgVerify.stdout).toContain(`共 ${records} 条日志记录`);
    // The store on PostgreSQL goes on from the copy: the next item number follows the folder's.
    const next = await runCli(
      dir,
      ['say', '--now', '2026-12-07T11:00', '整改 登记 违规发放 单位:市社保中心 期限:12月20日 处室:社保处'],
      '',
      {
        DATABASE_URL: db.url,
      },
    );
    expect(next.stdout).toContain('ZG-2026-003');
  });

  it("copies the folder's other files too: added plans, calendar.json, answers set aside, job state, evidence", async () => {
    const folder = mkdtempSync(join(tmpdir(), 'pg-migrate-files-'));
    const empty = mkdtempSync(join(tmpdir(), 'pg-migrate-empty-'));
    const target = await freshDatabase();
    try {
      expect((await runCli(folder, ['plan', 'add', FIFTEENTH])).status).toBe(0);
      writeFileSync(calendarFilePath(folder), JSON.stringify({ '2027-01-04': 'holiday' }));
      const setAside = {
        key: 'om_lost',
        chat: 'oc_x',
        askedAt: '2026-12-01T02:00:00.000Z',
        failed: 1,
        parts: 1,
        content: ['答复'],
      };
      writeFileSync(join(folder, UNDELIVERED_FILE), `${JSON.stringify(setAside)}\n`);
      const jobs = {
        lastRun: { reminders: '2026-12-01' },
        reminded: { day: '2026-12-01', items: ['ZG-2026-001'] },
      };
      writeFileSync(join(folder, JOB_STATE_FILE), JSON.stringify(jobs));
      const evidence = Buffer.from('整改报告');
      mkdirSync(join(folder, 'files'));
      writeFileSync(join(folder, 'files', sha256Hex(evidence)), evidence);

      const moved = await runCli(folder, ['migrate', '--to', target.url]);
      expect(moved.stdout).toContain(
        '一并迁入:方案文件 1 个、日历(calendar.json)1 天、未送达答复 1 条、佐证文件 1 个、定时任务状态 1 份',
      );
      expect(moved.status).toBe(0);
      // An instance on a new, empty folder has everything.
      const env = { DATABASE_URL: target.url };
      const list = await runCli(empty, ['plan', 'list'], '', env);
      expect(list.stdout).toMatch(/2026-2030\t.*postgres:plan_files\/2026-2030\.txt/);
      expect(
        (await runCli(empty, ['say', '--now', '2026-12-07T10:00', '日历 2027-01-04'], '', env)).stdout,
      ).toContain('2027-01-04:休息日');
      const [row] = await onDatabase<{ line: unknown }>(target.url, 'SELECT line FROM undelivered');
      expect(row!.line).toEqual(setAside);
      const [state] = await onDatabase<{ data: unknown }>(target.url, 'SELECT data FROM job_state');
      expect(state!.data).toEqual(jobs);
      const [blob] = await onDatabase<{ bytes: Buffer }>(target.url, 'SELECT bytes FROM evidence_blobs');
      expect(blob!.bytes.equals(evidence)).toBe(true);
      expect(readdirSync(empty)).toEqual([]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
      rmSync(empty, { recursive: true, force: true });
      await target.drop();
    }
  });

  it('refuses a database that is not empty, naming what it holds, and writes nothing', async () => {
    const [before] = await onDatabase<{ n: number }>(db.url, 'SELECT count(*)::int AS n FROM journal');
    const again = await runCli(dir, ['migrate', '--to', db.url]);
    expect(again.status).toBe(1);
    expect(again.stdout).toContain(`目标数据库不是空的:已有 ${before!.n} 条日志记录`);
    const [after] = await onDatabase<{ n: number }>(db.url, 'SELECT count(*)::int AS n FROM journal');
    expect(after!.n).toBe(before!.n);
  });

  it('says how it is used when --to is missing or not a database address', async () => {
    const bad = await runCli(dir, ['migrate', '--to', 'mysql://x']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('用法: migrate --to postgres://');
  });
});
