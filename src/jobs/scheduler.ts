import cron from 'node-cron';
import type { Clock } from '../clock';
import type { Logger } from '../logger';
import type { JobTimes } from '../time/time-of-day';
import { formatTimeOfDay } from '../time/time-of-day';
import type { WorkingCalendar } from '../time/working-calendar';
import { calendarDay, minutesOfDay } from '../time/zoned-time';
import type { JobName, JobState } from './job-state';

// The clock that makes the bot speak first: reminders every working day at REMINDER_TIME, the digest at
// DIGEST_TIME on the first working day of each week, both in TZ_NAME, and — also at DIGEST_TIME on working
// days — the calendar job, which says once a week when next year's holidays are not confirmed (run daily, so
// a morning missed is made up the next working day). On start, a run missed while the server was down
// (today's reminders; this week's digest) is made up once. Runs never overlap.

export interface SchedulerOptions {
  times: JobTimes;
  timeZone: string;
  calendar: WorkingCalendar;
  state: JobState;
  clock: Clock;
  logger: Logger;
  /** Runs one job at an instant (runJob with the server's deps). */
  run(job: JobName, now: Date): Promise<unknown>;
}

export interface Scheduler {
  /** Settles when the start-up catch-up is done. */
  readonly ready: Promise<void>;
  /** The next instants the cron triggers fire (whether the day is a working day is checked then). */
  nextRuns(): Record<JobName, Date | null>;
  stop(): Promise<void>;
}

/** The jobs whose run for `now` is due and was not done: what a start at `now` must make up. */
export function missedJobs(
  now: Date,
  options: Pick<SchedulerOptions, 'times' | 'timeZone' | 'calendar' | 'state'>,
): JobName[] {
  const { calendar, state, timeZone, times } = options;
  const today = calendarDay(now, timeZone);
  if (!calendar.isWorkingDay(today)) return [];
  const minutes = minutesOfDay(now, timeZone);
  const missed: JobName[] = [];
  const first = calendar.firstWorkingDayOfWeek(today);
  const digestDue = first !== undefined && (today > first || minutes >= times.digest);
  if (first !== undefined && digestDue && (state.lastRun('digest') ?? '') < first) missed.push('digest');
  if (minutes >= times.reminders && (state.lastRun('reminders') ?? '') < today) missed.push('reminders');
  return missed;
}

/**
 * Warns (stderr log) when the calendar does not know the year of `now` — holidays would be missed — and,
 * in December, when it does not know the next one yet. Returns whether the current year is unknown.
 */
export function warnIfYearUnknown(
  now: Date,
  calendar: WorkingCalendar,
  timeZone: string,
  logger: Logger,
): boolean {
  const today = calendarDay(now, timeZone);
  const year = Number(today.slice(0, 4));
  const years = `${calendar.officialYears[0]}–${calendar.officialYears.at(-1)}`;
  const fix = (y: number) =>
    `${y} 年的法定节假日和调休未确认,只按周末判断;请管理员或秘书处在群里发送“日历 导入”加国务院办公厅《关于${y}年部分节假日安排的通知》全文并确认(或升级 chinese-days)`;
  if (!calendar.knowsYear(year)) {
    logger.warn('calendar.year-not-covered', { year, officialYears: years, fix: fix(year) });
    return true;
  }
  if (today.slice(5, 7) === '12' && !calendar.knowsYear(year + 1))
    logger.warn('calendar.next-year-not-covered', {
      year: year + 1,
      officialYears: years,
      fix: fix(year + 1),
    });
  return false;
}

export function startScheduler(options: SchedulerOptions): Scheduler {
  const { times, timeZone, calendar, state, clock, logger } = options;
  let chain: Promise<unknown> = Promise.resolve();
  const enqueue = (job: JobName, reason: string) => {
    chain = chain
      .then(() => {
        const now = clock.now();
        logger.info('job.start', { job, reason, day: calendarDay(now, timeZone) });
        return options.run(job, now);
      })
      .catch((error: unknown) =>
        logger.error('job.failed', { job, error: error instanceof Error ? error.message : String(error) }),
      );
    return chain;
  };

  warnIfYearUnknown(clock.now(), calendar, timeZone, logger);
  const at = (minutes: number) => `${minutes % 60} ${Math.floor(minutes / 60)} * * *`;
  const tasks = [
    cron.schedule(
      at(times.reminders),
      () => {
        const today = calendarDay(clock.now(), timeZone);
        if (calendar.isWorkingDay(today)) void enqueue('reminders', 'schedule');
      },
      { timezone: timeZone, name: 'reminders', noOverlap: true },
    ),
    cron.schedule(
      at(times.digest),
      () => {
        const now = clock.now();
        const today = calendarDay(now, timeZone);
        warnIfYearUnknown(now, calendar, timeZone, logger);
        if (calendar.firstWorkingDayOfWeek(today) === today && state.lastRun('digest') !== today)
          void enqueue('digest', 'schedule');
        // Daily, on working days: the job itself sends at most once a week, and nothing once confirmed.
        if (calendar.isWorkingDay(today)) void enqueue('calendar', 'schedule');
      },
      { timezone: timeZone, name: 'digest', noOverlap: true },
    ),
  ];
  const missed = missedJobs(clock.now(), options);
  logger.info('scheduler.started', {
    timeZone,
    reminders: formatTimeOfDay(times.reminders),
    digest: formatTimeOfDay(times.digest),
    catchUp: missed,
  });
  let ready: Promise<void> = Promise.resolve();
  for (const job of missed) ready = ready.then(() => enqueue(job, 'catch-up').then(() => undefined));

  return {
    ready,
    nextRuns: () => ({
      reminders: tasks[0]!.getNextRun(),
      digest: tasks[1]!.getNextRun(),
      calendar: tasks[1]!.getNextRun(),
    }),
    async stop() {
      for (const task of tasks) await task.stop();
      await chain;
    },
  };
}
