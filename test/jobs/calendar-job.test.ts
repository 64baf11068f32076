import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runJob } from '../../src/jobs/run-job';
import { silentLogger } from '../../src/logger';
import { renderText } from '../../src/reply/render-text';
import { openFileStore } from '../../src/store';
import { FakeLark } from '../support/fake-lark';
import { runCliInProcess } from '../support/run-cli-in-process';
import { ADMIN, DIGEST_CHAT, type JobFixture, jobFixture, shanghai } from './job-fixture';

// The calendar job: from 1 November, while next year's holidays are not confirmed, the secretariat's chat
// gets one message a week (@ the admins and the secretariat's heads) — never twice a week, never once the
// year is confirmed. And the reminders and the digest follow a confirmed import's days.

describe('the weekly “holidays not confirmed” message', () => {
  let f: JobFixture;
  beforeEach(() => {
    f = jobFixture();
    f.store.addMember(
      { by: ADMIN, at: shanghai('2026-09-01') },
      { openId: 'ou_sec_head', division: '秘书处', role: '处长', name: '秘书处王处' },
    );
  });
  afterEach(() => f.cleanup());

  const run = (day: string) => runJob('calendar', shanghai(day, '09:00'), { ...f.deps(), admins: [ADMIN] });

  it('starts on 1 November and goes once a week to DIGEST_CHAT_ID (@ the secretariat) and to each admin privately', async () => {
    expect((await run('2026-10-30')).status).toBe('nothing-due');
    const first = await run('2026-11-02');
    expect(first.status).toBe('sent');
    expect(f.sent.map((m) => [m.chatId, m.receiveIdType])).toEqual([
      [DIGEST_CHAT, undefined],
      [ADMIN, 'open_id'],
    ]);
    const [group, direct] = f.sent.map((m) => renderText(m.reply));
    for (const text of [group!, direct!]) {
      expect(text).toContain('⚠ 2027 年的节假日安排未确认');
      expect(text).toContain('日历 导入');
    }
    expect(group).toContain('@秘书处王处');
    // Not again that week, whatever the day or how often it runs; again the next week.
    for (const day of ['2026-11-02', '2026-11-03', '2026-11-06'])
      expect((await run(day)).status).toBe('nothing-due');
    expect(f.sent).toHaveLength(2);
    expect((await run('2026-11-09')).status).toBe('sent');
    expect(f.sent).toHaveLength(4);
    expect(new Set(f.sent.map((m) => m.key)).size).toBe(4);
  });

  it('says the notice waits for confirmation once imported, and stops once the year is confirmed', async () => {
    const meta = { by: ADMIN, at: shanghai('2026-11-10') };
    f.store.importCalendar(meta, {
      year: 2027,
      days: [{ day: '2027-01-01', kind: 'holiday', name: '元旦' }],
    });
    await run('2026-11-16');
    expect(renderText(f.sent[0]!.reply)).toContain('通知已导入,尚待确认');
    const sent = f.sent.length;
    f.store.confirmCalendar(meta, 2027);
    expect((await run('2026-11-23')).status).toBe('nothing-due');
    expect((await run('2026-12-07')).status).toBe('nothing-due');
    expect(f.sent).toHaveLength(sent);
  });

  it('keeps going into the new year while that year is still not confirmed, and never a day by hand silences it', async () => {
    f.store.setCalendarDay({ by: ADMIN, at: shanghai('2026-12-01') }, '2027-01-01', 'holiday');
    // 2027-01-04 is a Monday and, with only 01-01 set, a working day.
    expect((await run('2027-01-04')).status).toBe('sent');
    expect(renderText(f.sent[0]!.reply)).toContain('和已设定的 1 天');
  });
});

// `npm run cli -- say / job` as the bureau's operator drives them, in-process on a real DATA_DIR.
const NOTICE_2027 = readFileSync('test/fixtures/notices/2027-shaped.txt', 'utf8');

describe('reminders and the digest on a 2027 notice imported in chat (cli)', () => {
  let dir: string;
  const cli = async (args: string[], input?: string, extra: Record<string, string> = {}) => {
    const env = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      DATA_DIR: dir,
      ADMIN_OPEN_IDS: ADMIN,
      ...extra,
    };
    const { status, stdout, stderr } = await runCliInProcess(args, env, input);
    return { code: status, stdout, stderr };
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'calendar-cli-'));
    const store = openFileStore({ dataDir: dir, logger: silentLogger, fsync: false });
    const meta = { by: ADMIN, at: shanghai('2026-12-01') };
    store.addMember(meta, { openId: 'ou_head_sb', division: '社保处', role: '处长', name: '王处' });
    store.registerItem(meta, {
      issue: '社保基金闲置',
      unit: '市社保中心',
      division: '社保处',
      deadline: '2027-01-20',
    });
    store.close();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('sends a reminder on 春节 2027 while the year is not confirmed, and none once the notice is confirmed', async () => {
    const before = await cli(['job', 'reminders', '--now', '2027-02-08T09:30:00+08:00']);
    expect(before.stdout).toContain('整改提醒 · 社保处'); // the bug the notice fixes: a Monday of 春节
    const line = (text: string) => `${JSON.stringify({ text, user: ADMIN })}\n`;
    const said = await cli(
      ['say', '--now', '2026-12-08T10:00:00+08:00', '--json'],
      line(`日历 导入 ${NOTICE_2027}`) + line('日历 导入 确认'),
    );
    expect(said.code).toBe(0);
    expect(said.stdout).toContain('已确认导入 2027 年节假日安排');
    for (const day of ['2027-01-01', '2027-02-08', '2027-02-12', '2027-10-04']) {
      const quiet = await cli(['job', 'reminders', '--now', `${day}T09:30:00+08:00`]);
      expect(quiet, day).toMatchObject({ code: 0, stdout: '' });
      expect(quiet.stderr, day).toMatch(/非工作日\((元旦|春节|国庆节)\)/);
    }
    const digest = await cli(['job', 'digest', '--now', '2027-02-08T09:00:00+08:00']);
    expect(digest).toMatchObject({ code: 0, stdout: '' });
    expect(digest.stderr).toContain('春节');
  }, 180_000);

  it('sends reminders on the make-up Sunday and Saturday the notice gives', async () => {
    const line = (text: string) => `${JSON.stringify({ text, user: ADMIN })}\n`;
    await cli(
      ['say', '--now', '2026-12-08T10:00:00+08:00'],
      line(`日历 导入 ${NOTICE_2027}`) + line('日历 导入 确认'),
    );
    const sunday = await cli(['job', 'reminders', '--now', '2027-02-14T09:30:00+08:00']);
    expect(sunday.code).toBe(0);
    expect(sunday.stdout).toContain('整改提醒 · 社保处');
    expect(sunday.stdout).toContain('ZG-2026-001');
    const saturday = await cli(['job', 'reminders', '--now', '2027-02-20T09:30:00+08:00']);
    expect(saturday.stdout).toContain('整改提醒 · 社保处');
    // An ordinary Saturday stays quiet.
    expect((await cli(['job', 'reminders', '--now', '2027-02-27T09:30:00+08:00'])).stdout).toBe('');
  }, 180_000);

  it('sends the weekly calendar message through Lark to DIGEST_CHAT_ID and to each admin privately', async () => {
    const fake = await FakeLark.start();
    try {
      const env = {
        ...fake.serverEnv(),
        DIGEST_CHAT_ID: 'oc_secretariat',
        ADMIN_OPEN_IDS: 'ou_admin_a,ou_admin_b',
      };
      const sent = await cli(['job', 'calendar', '--now', '2026-11-02T09:00:00+08:00'], undefined, env);
      expect(sent).toMatchObject({ code: 0, stdout: '' });
      for (const chat of ['oc_secretariat', 'p2p:ou_admin_a', 'p2p:ou_admin_b']) {
        expect(fake.inChat(chat), chat).toHaveLength(1);
        expect(fake.inChat(chat)[0]!.content, chat).toContain('2027 年的节假日安排未确认');
      }
      expect(
        (await cli(['job', 'calendar', '--now', '2026-11-03T09:00:00+08:00'], undefined, env)).code,
      ).toBe(0);
      expect(fake.inChat('oc_secretariat')).toHaveLength(1);
    } finally {
      await fake.close();
    }
  }, 120_000);

  it('runs the weekly calendar message once with cli job calendar', async () => {
    const first = await cli(['job', 'calendar', '--now', '2026-11-02T09:00:00+08:00']);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('2027 年的节假日安排未确认');
    const again = await cli(['job', 'calendar', '--now', '2026-11-04T09:00:00+08:00']);
    expect(again).toMatchObject({ code: 0, stdout: '' });
    expect(again.stderr).toContain('本周已提醒过');
  }, 120_000);
});
