import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JOB_STATE_FILE } from '../../src/jobs/job-state';
import { silentLogger } from '../../src/logger';
import { openFileStore } from '../../src/store';
import { calendarFilePath } from '../../src/time/calendar-overrides';
import { addDays, calendarDay } from '../../src/time/zoned-time';
import { FakeLark } from '../support/fake-lark';
import { exited, killTestServer, startTestServer, type TestServer } from '../support/test-server';
import { until } from '../support/until';
import { writeClockOffset } from '../support/write-clock-offset';

// The scheduler on the real server, with the test build's clock (AUDIT_CLOCK_FILE: an offset the test steps):
// the process paused (SIGSTOP) across 09:30, the clock stepped past it, the clock a day behind at a restart,
// and a job state file that cannot be read. The reminder goes out once when it is due, never twice for a
// day, and a scheduler that could not start makes /healthz not ok.

const DAY = calendarDay(new Date());
const YESTERDAY = addDays(DAY, -1);

describe('the scheduler misses nothing and repeats nothing', () => {
  let fake: FakeLark;
  let dataDir: string;
  let clockFile: string;
  let server: TestServer | undefined;

  /** Sets the server's clock to this wall-clock time (Asia/Shanghai) on `day`, from now on. */
  const setClock = (day: string, time: string) =>
    writeClockOffset(clockFile, new Date(`${day}T${time}+08:00`).getTime() - Date.now());
  const start = (options: { waitForOk?: boolean } = {}) =>
    startTestServer(
      {
        DATA_DIR: dataDir,
        ...fake.serverEnv(),
        AUDIT_CLOCK_FILE: clockFile,
        REMINDER_CHAT_ID: 'oc_work',
        REMINDER_TIME: '09:30',
      },
      undefined,
      options,
    );
  const stop = async () => {
    server!.child.kill('SIGTERM');
    expect(await exited(server!.child)).toEqual({ code: 0, signal: null });
  };
  const reminders = () => fake.inChat('oc_work');

  beforeEach(async () => {
    fake = await FakeLark.start();
    dataDir = mkdtempSync(join(tmpdir(), 'scheduler-faults-'));
    clockFile = join(dataDir, '..', `${dataDir.split('/').pop()}.clock`);
    writeFileSync(calendarFilePath(dataDir), JSON.stringify({ [DAY]: 'workday', [YESTERDAY]: 'workday' }));
    const store = openFileStore({ dataDir, logger: silentLogger, fsync: false });
    const meta = { by: 'ou_admin', at: new Date() };
    store.addMember(meta, { openId: 'ou_head', division: '社保处', role: '处长' });
    store.registerItem(meta, {
      issue: '逾期问题',
      unit: '某单位',
      division: '社保处',
      deadline: addDays(YESTERDAY, -10),
    });
    store.close();
  });
  afterEach(async () => {
    await killTestServer(server);
    await fake.close();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(clockFile, { force: true });
  });

  it('sends the reminder once when the process was paused across 09:30', async () => {
    setClock(DAY, '09:20:00');
    server = await start();
    await until(() => server!.stderr().includes('"catchUp":[]'), 20_000, 'the scheduler');
    // Two seconds before 09:30, then stopped for four: the minute passes while the process cannot run.
    setClock(DAY, '09:29:58');
    server.child.kill('SIGSTOP');
    await new Promise((r) => setTimeout(r, 4000));
    server.child.kill('SIGCONT');
    await until(() => reminders().length > 0, 20_000, 'the reminder');
    await stop();
    expect(reminders()).toHaveLength(1);
    expect(reminders()[0]!.content).toContain('逾期问题');
  }, 60_000);

  it('sends it once when the clock steps past 09:30, and never again for that day when the clock stands a day behind at a restart', async () => {
    setClock(DAY, '09:00:00');
    server = await start();
    await until(() => server!.stderr().includes('"catchUp":[]'), 20_000, 'the scheduler');
    setClock(DAY, '11:00:00');
    await until(() => reminders().length > 0, 20_000, 'the reminder');
    await stop();
    expect(reminders()).toHaveLength(1);

    // A day behind, after that day's time: that day must not be run (a later one was).
    setClock(YESTERDAY, '11:00:00');
    server = await start();
    await until(() => server!.stderr().includes('"catchUp":[]'), 20_000, 'the scheduler');
    await stop();
    expect(reminders()).toHaveLength(1);
  }, 60_000);

  it('says /healthz is not ok, naming the file, when the job state cannot be read', async () => {
    writeFileSync(join(dataDir, JOB_STATE_FILE), '{"lastRun": {"reminders": 20');
    setClock(DAY, '11:00:00');
    server = await start({ waitForOk: false });
    await until(
      async () =>
        ((await fetch(`${server!.url}/healthz`).then((r) => r.json())) as { jobs?: string }).jobs ===
        'failed',
      20_000,
      'the jobs to fail',
    );
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(503);
    const body = (await health.json()) as { ok: boolean; problems: { jobs: string } };
    expect(body.ok).toBe(false);
    expect(body.problems.jobs).toContain(JOB_STATE_FILE);
    await stop();
    expect(reminders()).toHaveLength(0);
  }, 60_000);
});
