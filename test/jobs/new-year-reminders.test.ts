import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logger';
import { openFileStore } from '../../src/store';
import { runCliInProcess } from '../support/run-cli-in-process';

// 元旦 2027 (01-01 to 01-03) through `cli job reminders`, as the scheduler runs it each day at 09:30, with an
// item overdue all along. The library's data ends with 2026, so before the notice is confirmed Friday 01-01 is
// taken for a working day and reminded (what the notice fixes); once the 2027 notice is imported and
// confirmed in chat, none of the three days sends anything, each says why, and Monday 01-04 is reminded.

const ADMIN = 'ou_admin';
const NOTICE_2027 = readFileSync('test/fixtures/notices/2027-shaped.txt', 'utf8');
const NEW_YEAR = ['2027-01-01', '2027-01-02', '2027-01-03'];
const TITLE = /【整改提醒 · [^ ]+ · (\d{4}-\d{2}-\d{2})】/g;

const dir = mkdtempSync(join(tmpdir(), 'new-year-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const cli = (args: string[], input?: string) =>
  runCliInProcess(
    args,
    { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DATA_DIR: dir, ADMIN_OPEN_IDS: ADMIN },
    input,
  );
const reminders = async (days: string[]) => {
  const run = await cli(['job', 'reminders', ...days.flatMap((d) => ['--now', `${d}T09:30:00+08:00`])]);
  expect(run.status, run.stderr).toBe(0);
  return { ...run, days: [...run.stdout.matchAll(TITLE)].map((m) => m[1]) };
};

describe('reminders over 元旦 2027', () => {
  it('sends none on 01-01, 01-02 or 01-03 once the notice is confirmed, and one on 01-04', async () => {
    const store = openFileStore({ dataDir: dir, logger: silentLogger, fsync: false });
    const meta = { by: ADMIN, at: new Date('2026-12-01T10:00:00+08:00') };
    store.addMember(meta, { openId: 'ou_head_sb', division: '社保处', role: '处长' });
    store.registerItem(meta, {
      issue: '社保基金闲置',
      unit: '市社保中心',
      division: '社保处',
      deadline: '2026-12-20',
    });
    store.close();

    // Not confirmed: 2027 is unknown to the library, and Friday 01-01 looks like a working day.
    expect((await reminders(['2027-01-01'])).days).toEqual(['2027-01-01']);

    const line = (text: string) => `${JSON.stringify({ text, user: ADMIN })}\n`;
    const said = await cli(
      ['say', '--now', '2026-12-08T10:00:00+08:00', '--json'],
      line(`日历 导入 ${NOTICE_2027}`) + line('日历 导入 确认'),
    );
    expect(said.status, said.stderr).toBe(0);
    expect(said.stdout).toContain('已确认导入 2027 年节假日安排');

    const run = await reminders([...NEW_YEAR, '2027-01-04']);
    expect(run.days).toEqual(['2027-01-04']);
    expect(run.stdout).toContain('社保基金闲置');
    for (const day of NEW_YEAR) expect(run.stderr).toMatch(new RegExp(`${day} 是非工作日[^\\n]*元旦`));
  }, 120_000);
});
