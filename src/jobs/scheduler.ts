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
// days — the calendar job, which says once a week when next year's holidays are not confirmed. A job runs when
// it is due — its time has passed today and it has not run today — so a run missed while the server was down,
// paused, or with its clock stepped, or one whose send failed, is made up once; a day already run is never
// run again. Runs never overlap.

export interface SchedulerOptions {
  times: JobTimes;
  timeZone: string;
  calendar: WorkingCalendar;
  state: JobState;
  clock: Clock;
  logger: Logger;
  /** Runs one job at an instant (runJob with the server's deps); a run that failed leaves the day unrun. */
  run(job: JobName, now: Date): Promise<unknown>;
  /** Told at every check whether the job state file can be read (undefined: it can). */
  onStateProblem?(problem: string | undefined): void;
  /** The jobs that have somewhere to send (default both). */
  jobs?: readonly JobName[];
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

/**
 * Every job due at `now`: what `missedJobs` finds, and the calendar job — daily on working days once
 * DIGEST_TIME has passed (it sends at most once a week itself).
 */
export function dueJobs(
  now: Date,
  options: Pick<SchedulerOptions, 'times' | 'timeZone' | 'calendar' | 'state'>,
): JobName[] {
  const { calendar, state, timeZone, times } = options;
  const due = missedJobs(now, options);
  const today = calendarDay(now, timeZone);
  if (
    calendar.isWorkingDay(today) &&
    minutesOfDay(now, timeZone) >= times.digest &&
    (state.lastRun('calendar') ?? '') < today
  )
    due.push('calendar');
  return due;
}

/** How often the scheduler looks whether a job is due (a pause, a clock step, a failed run are caught then). */
const CHECK_MS = 5000;
/** After a run, the same job is not tried again before this (a failed send is retried, not hammered). */
const RETRY_MS = 60_000;

export function startScheduler(options: SchedulerOptions): Scheduler {
  const { times, timeZone, calendar, state, clock, logger } = options;
  let chain: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const queued = new Set<JobName>();
  /** When each job was last tried (monotonic ms: a clock step never shortens the wait). */
  const tried = new Map<JobName, number>();
  const enqueue = (job: JobName, reason: string) => {
    queued.add(job);
    chain = chain
      .then(() => {
        if (stopped) return;
        const now = clock.now();
        tried.set(job, performance.now());
        logger.info('job.start', { job, reason, day: calendarDay(now, timeZone) });
        return options.run(job, now);
      })
      .catch((error: unknown) =>
        logger.error('job.failed', { job, error: error instanceof Error ? error.message : String(error) }),
      )
      .finally(() => queued.delete(job));
    return chain;
  };

  // A job is due when its time has passed today and it has not run today — whenever that is noticed: at its
  // cron tick, at start, every few seconds after a pause or a clock step, or a minute after a failed run. A
  // clock that goes back finds the day already run (or a later one) and repeats nothing.
  const check = (reason: string): Promise<unknown> => {
    if (stopped) return chain;
    const now = clock.now();
    options.onStateProblem?.(state.problem());
    for (const job of dueJobs(now, options)) {
      if (options.jobs && !options.jobs.includes(job)) continue;
      const last = tried.get(job);
      if (queued.has(job) || (last !== undefined && performance.now() - last < RETRY_MS)) continue;
      void enqueue(job, last === undefined ? reason : 'retry');
    }
    return chain;
  };

  warnIfYearUnknown(clock.now(), calendar, timeZone, logger);
  const at = (minutes: number) => `${minutes % 60} ${Math.floor(minutes / 60)} * * *`;
  const tasks = [
    cron.schedule(at(times.reminders), () => void check('schedule'), {
      timezone: timeZone,
      name: 'reminders',
      noOverlap: true,
    }),
    cron.schedule(
      at(times.digest),
      () => {
        warnIfYearUnknown(clock.now(), calendar, timeZone, logger);
        void check('schedule');
      },
      { timezone: timeZone, name: 'digest', noOverlap: true },
    ),
  ];
  let timer: NodeJS.Timeout | undefined;
  const tick = () => {
    timer = setTimeout(() => {
      void check('due');
      if (!stopped) tick();
    }, CHECK_MS);
    timer.unref();
  };
  const missed = missedJobs(clock.now(), options).filter(
    (job) => !options.jobs || options.jobs.includes(job),
  );
  logger.info('scheduler.started', {
    timeZone,
    reminders: formatTimeOfDay(times.reminders),
    digest: formatTimeOfDay(times.digest),
    catchUp: missed,
  });
  const ready = check('catch-up').then(() => undefined);
  tick();

  return {
    ready,
    nextRuns: () => ({
      reminders: tasks[0]!.getNextRun(),
      digest: tasks[1]!.getNextRun(),
      calendar: tasks[1]!.getNextRun(),
    }),
    async stop() {
      stopped = true;
      clearTimeout(timer);
      for (const task of tasks) await task.stop();
      await chain;
    },
  };
}
