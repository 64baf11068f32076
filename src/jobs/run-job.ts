import type { Logger } from '../logger';
import type { AddressedReply } from '../reply/reply';
import { digest } from '../reports/digest';
import { reminderBatches } from '../reports/reminders';
import type { JobDeps } from '../reports/report-deps';
import { calendarDay } from '../time/zoned-time';
import type { JobName, JobState } from './job-state';

// Runs one job at one instant, as the scheduler does: computes the replies, hands each to `send`, and
// records what went out (per item for reminders) so a restart or a second run never repeats it.

export interface JobRunDeps extends Omit<JobDeps, 'remindedOn'> {
  state: JobState;
  logger: Logger;
  /** Delivers one reply (Lark outbox, direct send, or print); throws when it could not. */
  send(reply: AddressedReply): Promise<void>;
}

export interface JobOutcome {
  job: JobName;
  day: string;
  /** `quiet`: not a working day, nothing sent. */
  status: 'sent' | 'nothing-due' | 'quiet';
  sent: AddressedReply[];
  failed: number;
}

/** Where the jobs send, from the configuration: only the chat ids that are set. */
export function jobChats(config: {
  reminderChatId?: string | undefined;
  digestChatId?: string | undefined;
}): Pick<JobDeps, 'reminderChatId' | 'digestChatId'> {
  return {
    ...(config.reminderChatId ? { reminderChatId: config.reminderChatId } : {}),
    ...(config.digestChatId ? { digestChatId: config.digestChatId } : {}),
  };
}

export async function runJob(job: JobName, now: Date, deps: JobRunDeps): Promise<JobOutcome> {
  const day = calendarDay(now, deps.timeZone);
  const base = { job, day, sent: [] as AddressedReply[], failed: 0 };
  if (!deps.calendar.isWorkingDay(day)) {
    deps.logger.info('job.quiet-day', { job, day, reason: deps.calendar.describe(day) });
    return { ...base, status: 'quiet' };
  }
  const jobDeps: JobDeps = { ...deps, remindedOn: (d) => deps.state.remindedOn(d) };
  const batches =
    job === 'reminders'
      ? reminderBatches(now, jobDeps)
      : digest(now, jobDeps).map((reply) => ({ reply, itemIds: [] as string[] }));
  const outcome: JobOutcome = { ...base, status: batches.length > 0 ? 'sent' : 'nothing-due' };
  for (const batch of batches) {
    try {
      await deps.send(batch.reply);
      outcome.sent.push(batch.reply);
      if (job === 'reminders') deps.state.recordRun('reminders', day, batch.itemIds);
    } catch (error) {
      outcome.failed += 1;
      deps.logger.error('job.send-failed', {
        job,
        day,
        chat: batch.reply.chatId,
        key: batch.reply.key,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }
  deps.state.recordRun(job, day);
  deps.logger.info('job.ran', { job, day, sent: outcome.sent.length, failed: outcome.failed });
  return outcome;
}
