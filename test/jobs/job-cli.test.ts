import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logger';
import { openFileStore } from '../../src/store';
import { FakeLark } from '../support/fake-lark';
import { runCliInProcess } from '../support/run-cli-in-process';
import { shanghai } from './job-fixture';

// `npm run cli -- job …` as an operator runs it, in-process on a real DATA_DIR.

describe('cli job', () => {
  let dir: string;
  let fake: FakeLark | undefined;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'job-cli-'));
    const store = openFileStore({ dataDir: dir, logger: silentLogger, fsync: false });
    const meta = { by: 'ou_admin', at: shanghai('2026-09-01') };
    store.addMember(meta, { openId: 'ou_head_sb', division: '社保处', role: '处长', name: '王处' });
    store.registerItem(meta, {
      issue: '社保基金闲置',
      unit: '市社保中心',
      division: '社保处',
      deadline: '2026-09-10',
    });
    store.registerItem(meta, {
      issue: '工程超概算',
      unit: '市城投',
      division: '投资处',
      deadline: '2026-11-27',
    });
    store.close();
  });
  afterEach(async () => {
    await fake?.close();
    fake = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  const job = async (args: string[], env: Record<string, string> = {}) => {
    const env_ = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DATA_DIR: dir, ...env };
    const { status, stdout, stderr } = await runCliInProcess(['job', ...args], env_);
    return { code: status, stdout, stderr };
  };

  it('prints one message per division on a working day, then nothing new the same day', async () => {
    const first = await job(['reminders', '--now', '2026-11-26T09:30:00+08:00']);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('整改提醒 · 社保处');
    expect(first.stdout).toContain('ZG-2026-001');
    expect(first.stdout).toContain('已逾期 77 天');
    expect(first.stdout).toContain('@王处');
    expect(first.stdout).toContain('整改提醒 · 投资处');
    const again = await job(['reminders', '--now', '2026-11-26T11:00:00+08:00']);
    expect(again).toMatchObject({ code: 0, stdout: '' });
  }, 120_000);

  it('prints nothing on a statutory holiday and says why on standard error', async () => {
    const holiday = await job(['reminders', '--now', '2026-10-01T09:30:00+08:00']);
    expect(holiday).toMatchObject({ code: 0, stdout: '' });
    expect(holiday.stderr).toContain('国庆节');
  }, 60_000);

  it('runs at each --now in turn when given several, quiet on a holiday, nothing twice the same day', async () => {
    const days = await job([
      'reminders',
      '--now',
      '2026-10-01T09:30:00+08:00',
      '--now',
      '2026-11-26T09:30:00+08:00',
      '--now',
      '2026-11-26T11:00:00+08:00',
      '--now',
      '2026-11-27T09:30:00+08:00',
    ]);
    expect(days.code).toBe(0);
    expect(days.stderr).toContain('2026-10-01 是非工作日(国庆节)');
    expect(days.stdout.match(/整改提醒 · 社保处 · 2026-11-26/g)).toHaveLength(1);
    expect(days.stdout.match(/整改提醒 · 社保处 · 2026-11-27/g)).toHaveLength(1);
    expect(days.stdout).not.toContain('2026-10-01');
  }, 60_000);

  it('refuses an unknown job or a bad instant with usage on standard error', async () => {
    expect((await job(['weekly'])).code).toBe(2);
    const bad = await job(['digest', '--now', 'yesterday']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('ISO-8601');
  }, 60_000);

  it('sends through Lark when configured: reminders to REMINDER_CHAT_ID, the digest card to DIGEST_CHAT_ID', async () => {
    fake = await FakeLark.start();
    const env = {
      ...fake.serverEnv(),
      REMINDER_CHAT_ID: 'oc_work',
      DIGEST_CHAT_ID: 'oc_secretariat',
    };
    const reminders = await job(['reminders', '--now', '2026-11-26T09:30:00+08:00'], env);
    expect(reminders).toMatchObject({ code: 0, stdout: '' });
    const sent = fake.inChat('oc_work');
    expect(sent).toHaveLength(2);
    expect(sent.map((m) => m.msgType)).toEqual(['interactive', 'interactive']);
    expect(sent.some((m) => m.content.includes('<at id=ou_head_sb></at>'))).toBe(true);

    const digest = await job(['digest', '--now', '2026-11-23T09:00:00+08:00'], env);
    expect(digest).toMatchObject({ code: 0, stdout: '' });
    const [card] = fake.inChat('oc_secretariat');
    const parsed = JSON.parse(card!.content) as { schema: string; body: { elements: { tag: string }[] } };
    expect(parsed.schema).toBe('2.0');
    expect(parsed.body.elements.some((e) => e.tag === 'chart')).toBe(true);
  }, 120_000);

  it('stops with a message naming REMINDER_CHAT_ID when Lark is configured without it', async () => {
    const result = await job(['reminders', '--now', '2026-11-26T09:30:00+08:00'], {
      LARK_APP_ID: 'cli_x',
      LARK_APP_SECRET: 'y',
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('REMINDER_CHAT_ID');
  }, 60_000);
});
