import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock';
import { loadConfig } from '../../src/config';
import type { JobName } from '../../src/jobs/job-state';
import { JobState } from '../../src/jobs/job-state';
import { runJob } from '../../src/jobs/run-job';
import {
  dueJobs,
  missedJobs,
  type Scheduler,
  startScheduler,
  warnIfYearUnknown,
} from '../../src/jobs/scheduler';
import type { Logger } from '../../src/logger';
import { silentLogger } from '../../src/logger';
import { createWorkingCalendar } from '../../src/time/working-calendar';
import { type JobFixture, jobFixture, shanghai } from './job-fixture';

const times = { reminders: 9 * 60 + 30, digest: 9 * 60 };

describe('the scheduler', () => {
  let f: JobFixture;
  beforeEach(() => {
    f = jobFixture();
    f.register(shanghai('2026-09-01'), {
      issue: '逾期事项',
      unit: '某单位',
      division: '社保处',
      deadline: '2026-09-15',
    });
  });
  afterEach(() => f.cleanup());

  /** Starts a scheduler as a fresh process would at `now`, and waits for its catch-up. */
  async function start(now: Date, onStarted?: (s: Scheduler) => void): Promise<JobName[]> {
    const ran: JobName[] = [];
    const deps = f.deps();
    const scheduler = startScheduler({
      times,
      timeZone: 'Asia/Shanghai',
      calendar: deps.calendar,
      state: deps.state,
      clock: fixedClock(now),
      logger: silentLogger,
      // These cases are about reminders and the digest; the calendar job's own case is below.
      jobs: ['reminders', 'digest'],
      run: async (job, at) => {
        ran.push(job);
        await runJob(job, at, deps);
      },
    });
    await scheduler.ready;
    onStarted?.(scheduler);
    await scheduler.stop();
    return ran;
  }

  it('makes up a reminder run missed while the server was down, once', async () => {
    f.deps().state.recordRun('digest', '2026-11-23');
    expect(await start(shanghai('2026-11-26', '11:00'))).toEqual(['reminders']);
    expect(f.sent).toHaveLength(1);
    expect(await start(shanghai('2026-11-26', '15:00'))).toEqual([]);
    expect(f.sent).toHaveLength(1);
  });

  it('makes up the digest too when this week’s was missed', async () => {
    expect(await start(shanghai('2026-11-26', '11:00'))).toEqual(['digest', 'reminders']);
    // The digest, then (the item is overdue more than 30 days) the week's 督办 in the same chat.
    expect(f.sent.map((r) => [r.chatId, r.reply.title?.slice(0, 6)])).toEqual([
      ['oc_secretariat', '审计助手周报'],
      ['oc_secretariat', '整改督办 ·'],
      ['oc_work_group', '整改提醒 ·'],
    ]);
    expect(await start(shanghai('2026-11-27', '11:00'))).toEqual(['reminders']);
  });

  it('does not run early, nor on a holiday', async () => {
    f.deps().state.recordRun('digest', '2026-11-23');
    expect(await start(shanghai('2026-11-26', '09:10'))).toEqual([]);
    expect(await start(shanghai('2026-10-01', '11:00'))).toEqual([]);
    expect(f.sent).toEqual([]);
  });

  it('finds the calendar job due on a working day once DIGEST_TIME has passed, until it ran that day', () => {
    const deps = f.deps();
    const options = { times, timeZone: 'Asia/Shanghai', calendar: deps.calendar, state: deps.state };
    deps.state.recordRun('digest', '2026-11-23');
    deps.state.recordRun('reminders', '2026-11-26');
    expect(dueJobs(shanghai('2026-11-26', '08:59'), options)).toEqual([]);
    expect(dueJobs(shanghai('2026-11-26', '09:01'), options)).toEqual(['calendar']);
    deps.state.recordRun('calendar', '2026-11-26');
    expect(dueJobs(shanghai('2026-11-26', '15:00'), options)).toEqual([]);
    expect(dueJobs(shanghai('2026-11-25', '15:00'), options)).toEqual([]);
    expect(dueJobs(shanghai('2026-10-01', '15:00'), options)).toEqual([]);
  });

  it('makes up this week’s digest once, on the first working day or later in the week', () => {
    const deps = f.deps();
    const options = { times, timeZone: 'Asia/Shanghai', calendar: deps.calendar, state: deps.state };
    // Monday 2026-11-23, 08:59: nothing due yet.
    expect(missedJobs(shanghai('2026-11-23', '08:59'), options)).toEqual([]);
    expect(missedJobs(shanghai('2026-11-23', '09:05'), options)).toEqual(['digest']);
    // Down all Monday, back on Wednesday afternoon: the digest and Wednesday's reminders.
    expect(missedJobs(shanghai('2026-11-25', '16:00'), options)).toEqual(['digest', 'reminders']);
    // After the National Day holidays the week's first working day is Thursday 10-08.
    expect(missedJobs(shanghai('2026-10-08', '09:05'), options)).toEqual(['digest']);
    expect(missedJobs(shanghai('2026-10-07', '09:05'), options)).toEqual([]);
    deps.state.recordRun('digest', '2026-11-23');
    const reread = { ...options, state: JobState.open(f.dir) };
    expect(missedJobs(shanghai('2026-11-25', '16:00'), reread)).toEqual(['reminders']);
  });

  it('sets its cron triggers at the configured times in TZ_NAME, whatever the machine’s zone', async () => {
    let next: ReturnType<Scheduler['nextRuns']> | undefined;
    await start(shanghai('2026-11-28', '08:00'), (s) => {
      next = s.nextRuns();
    });
    // 09:30 and 09:00 in Shanghai are 01:30 and 01:00 UTC.
    expect([next?.reminders?.getUTCHours(), next?.reminders?.getUTCMinutes()]).toEqual([1, 30]);
    expect([next?.digest?.getUTCHours(), next?.digest?.getUTCMinutes()]).toEqual([1, 0]);
  });

  it('shares what was sent with another process on the same DATA_DIR (a CLI run beside the server)', () => {
    const server = JobState.open(f.dir);
    const cli = JobState.open(f.dir);
    cli.recordRun('reminders', '2026-11-26', ['ZG-2026-001']);
    expect(server.remindedOn('2026-11-26').has('ZG-2026-001')).toBe(true);
    expect(server.lastRun('reminders')).toBe('2026-11-26');
    server.recordRun('reminders', '2026-11-26', ['ZG-2026-002']);
    expect([...JobState.open(f.dir).remindedOn('2026-11-26')].sort()).toEqual(['ZG-2026-001', 'ZG-2026-002']);
    expect(JobState.open(f.dir).remindedOn('2026-11-27').size).toBe(0);
  });

  it('warns at start when the calendar does not know the current year', () => {
    const warnings: string[] = [];
    const logger: Logger = { info() {}, warn: (msg) => warnings.push(msg), error() {} };
    const calendar = createWorkingCalendar();
    expect(warnIfYearUnknown(shanghai('2026-11-26'), calendar, 'Asia/Shanghai', logger)).toBe(false);
    expect(warnIfYearUnknown(new Date('2099-03-01T02:00:00Z'), calendar, 'Asia/Shanghai', logger)).toBe(true);
    expect(warnings).toEqual(['calendar.year-not-covered']);
    // In December, a warning about the next year comes early enough to add it.
    const december = new Date(`${calendar.officialYears.at(-1)}-12-01T02:00:00Z`);
    expect(warnIfYearUnknown(december, calendar, 'Asia/Shanghai', logger)).toBe(false);
    expect(warnings.at(-1)).toBe('calendar.next-year-not-covered');
  });

  it('reads the run times from REMINDER_TIME and DIGEST_TIME, with 09:30 and 09:00 by default', () => {
    expect(loadConfig({}).jobTimes).toEqual(times);
    expect(loadConfig({ REMINDER_TIME: '8:15', DIGEST_TIME: '' }).jobTimes).toEqual({
      reminders: 495,
      digest: 540,
    });
    expect(() => loadConfig({ REMINDER_TIME: '25:00' })).toThrow(/REMINDER_TIME/);
  });
});
