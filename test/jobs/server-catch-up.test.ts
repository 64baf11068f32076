import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JOB_STATE_FILE } from '../../src/jobs/job-state';
import { silentLogger } from '../../src/logger';
import { openFileStore } from '../../src/store';
import { calendarFilePath } from '../../src/time/calendar-overrides';
import { addDays, calendarDay } from '../../src/time/zoned-time';
import { FakeLark } from '../support/fake-lark';
import { until } from '../support/until';

// `npm start` (tsx src/main.ts) on a DATA_DIR whose reminders and digest have not run today: the server
// makes them up once at start, through Lark; a restart the same day sends nothing new. The real clock is
// used, so today is declared a working day in calendar.json and both run times set to 00:00.

const root = join(import.meta.dirname, '..', '..');

describe('the server at start', () => {
  let fake: FakeLark;
  let dataDir: string;
  let child: ChildProcess | undefined;
  let stderr = '';

  const start = () => {
    stderr = '';
    child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: root,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        PORT: '0',
        DATA_DIR: dataDir,
        ...fake.serverEnv(),
        REMINDER_CHAT_ID: 'oc_work',
        DIGEST_CHAT_ID: 'oc_secretariat',
        REMINDER_TIME: '00:00',
        DIGEST_TIME: '00:00',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
  };
  const stop = async () => {
    const c = child!;
    const exited = new Promise((resolve) => c.once('exit', resolve));
    c.kill('SIGTERM');
    await exited;
    child = undefined;
  };

  // The secretariat's chat also gets the weekly calendar notice (next year's holidays unconfirmed), due at the
  // same time: the digests are counted by their title.
  const digests = () => fake.inChat('oc_secretariat').filter((m) => m.content.includes('审计助手周报'));

  beforeEach(async () => {
    fake = await FakeLark.start();
    dataDir = mkdtempSync(join(tmpdir(), 'jobs-server-'));
    const today = calendarDay(new Date());
    writeFileSync(calendarFilePath(dataDir), JSON.stringify({ [today]: 'workday' }));
    const store = openFileStore({ dataDir, logger: silentLogger, fsync: false });
    const meta = { by: 'ou_admin', at: new Date() };
    store.addMember(meta, { openId: 'ou_head', division: '社保处', role: '处长' });
    store.registerItem(meta, {
      issue: '逾期问题',
      unit: '某单位',
      division: '社保处',
      deadline: addDays(today, -3),
    });
    store.close();
  });
  afterEach(async () => {
    if (child) await stop();
    await fake.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('makes up today’s missed reminders and this week’s digest once, and nothing on a restart', async () => {
    start();
    await until(() => fake.inChat('oc_work').length === 1 && digests().length === 1, 20_000, 'catch-up');
    await until(
      () => readFileSync(join(dataDir, JOB_STATE_FILE), 'utf8').includes('reminded'),
      5_000,
      'job state',
    );
    expect(fake.inChat('oc_work')[0]!.content).toContain('<at id=ou_head></at>');
    await stop();

    start();
    await until(() => stderr.includes('scheduler.started'), 20_000, 'scheduler');
    // The restart finds nothing to make up, and a graceful stop leaves no run behind: then count.
    expect(stderr).toContain('"catchUp":[]');
    await stop();
    expect(fake.inChat('oc_work')).toHaveLength(1);
    expect(digests()).toHaveLength(1);
  }, 60_000);
});
