import type { Pool } from 'pg';
import type { Clock } from '../clock';
import type { Config } from '../config';
import type { Logger } from '../logger';
import type { AddressedReply } from '../reply/reply';
import type { JobDeps } from '../reports/report-deps';
import { DEFAULT_JOB_TIMES } from '../time/time-of-day';
import type { WorkingCalendar } from '../time/working-calendar';
import { type JobName, JobState } from './job-state';
import { type JobRunStore, jobChats, runJob } from './run-job';
import { runOnceAcross } from './run-once-across';
import { dueJobs, type Scheduler, startScheduler } from './scheduler';

// The server's jobs, wired once the core is ready: calendar overrides and job state from DATA_DIR, run
// times from REMINDER_TIME / DIGEST_TIME, replies handed to the bot's durable outbox (`bot.send`).

export interface StartJobsOptions {
  config: Pick<
    Config,
    'dataDir' | 'timeZone' | 'reminderChatId' | 'digestChatId' | 'lark' | 'jobTimes' | 'admins'
  >;
  store: JobRunStore;
  /** The current plan at the instant a job runs (an admin may switch plans meanwhile), and the plans. */
  plan: () => Pick<JobDeps, 'knowledge' | 'plan' | 'plans' | 'actionsFor'>;
  /** The working-day calendar the core uses (so a day set in chat counts at once). */
  calendar: WorkingCalendar;
  /** The bot's push: resolves per reply once it is durably queued (`until: 'queued'`). */
  send(addressed: AddressedReply[], options: { until: 'queued' }): Promise<{ key: string; status: string }[]>;
  clock: Clock;
  logger: Logger;
  /** Told whether the jobs can run (a job state file that cannot be read): undefined when they can. */
  health?(problem: string | undefined): void;
  /** The database instances share (DATABASE_URL): job state kept there, each run once across instances. */
  sharedBy?: Pool;
  /** With `sharedBy`: takes in what the other instances recorded (records, plans) before a job runs. */
  catchUp?: () => Promise<void>;
}

/** Starts the scheduler, or returns undefined (logged) when there is nowhere to send. Throws on bad settings. */
export function startJobs(options: StartJobsOptions): Scheduler | undefined {
  const { config, logger } = options;
  if (!config.lark) {
    logger.warn('jobs.off', {
      reason: '本地模式: 未设置 LARK_APP_ID / LARK_APP_SECRET,不发送整改提醒和周报',
    });
    return undefined;
  }
  if (!config.reminderChatId)
    logger.warn('jobs.no-chat', { variable: 'REMINDER_CHAT_ID', effect: '不发送整改提醒' });
  if (!config.digestChatId) logger.warn('jobs.no-chat', { variable: 'DIGEST_CHAT_ID', effect: '不发送周报' });
  const times = config.jobTimes ?? DEFAULT_JOB_TIMES;
  const { calendar } = options;
  const state = options.sharedBy ? JobState.held() : JobState.open(config.dataDir);
  const run = async (job: JobName, now: Date) => {
    const chatId = job === 'reminders' ? config.reminderChatId : config.digestChatId;
    // The calendar message also goes to each admin privately: it has somewhere to go without the chat.
    if (!chatId && !(job === 'calendar' && config.admins.length > 0)) return;
    await runJob(job, now, {
      store: options.store,
      ...options.plan(),
      calendar,
      timeZone: config.timeZone,
      ...jobChats(config),
      admins: config.admins,
      state,
      logger,
      send: async (reply) => {
        // Durable in the bot's outbox is enough: it is delivered from there however long Lark is down, and
        // across restarts. `duplicate` (queued already) is accepted; an inbox that cannot write throws.
        const [result] = await options.send([reply], { until: 'queued' });
        if (result?.status === 'failed') throw new Error(`发送到 ${reply.chatId} 失败`);
      },
    });
  };
  const scheduling = {
    times,
    timeZone: config.timeZone,
    calendar,
    state,
    clock: options.clock,
    logger,
    ...(options.health ? { onStateProblem: options.health } : {}),
    jobs: [
      ...(config.reminderChatId ? (['reminders'] as const) : []),
      ...(config.digestChatId ? (['digest', 'calendar'] as const) : []),
    ],
  };
  return startScheduler({
    ...scheduling,
    run: options.sharedBy
      ? runOnceAcross(
          options.sharedBy,
          state,
          (job, now) => dueJobs(now, scheduling).includes(job),
          run,
          options.catchUp ?? (() => Promise.resolve()),
        )
      : run,
  });
}
