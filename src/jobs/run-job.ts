import type { Logger } from '../logger';
import type { AddressedReply } from '../reply/reply';
import { paragraph } from '../reply/reply';
import { calendarReminder } from '../reports/calendar-reminder';
import { type DigestBatch, digest } from '../reports/digest';
import { reminderBatches } from '../reports/reminders';
import type { JobDeps, JobStore } from '../reports/report-deps';
import type { Store } from '../store';
import { calendarDay } from '../time/zoned-time';
import type { JobName, JobState } from './job-state';

// Runs one job at one instant, as the scheduler does: computes the replies, hands each to `send`, and
// records what went out so a restart or a second run never repeats it: per item for reminders (job
// state), and for the digest the days it covered — in the store's journal, where `周报` (a command, which
// cannot read job state) finds them too, and where they survive restarts like any other record.

/** The store as the jobs use it: its reads, and the record of a digest's window. */
export type JobRunStore = JobStore & Pick<Store, 'transact' | 'recordDigest'>;

export interface JobRunDeps extends Omit<JobDeps, 'remindedOn' | 'store'> {
  store: JobRunStore;
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
  const lastEscalation = deps.state.lastRun('escalation');
  const lastCalendarReminder = deps.state.lastRun('calendar-reminder');
  const jobDeps: JobDeps = {
    ...deps,
    remindedOn: (d) => deps.state.remindedOn(d),
    ...(lastEscalation ? { lastEscalation } : {}),
    ...(lastCalendarReminder ? { lastCalendarReminder } : {}),
  };
  const batches: (DigestBatch & { itemIds?: string[]; calendar?: true })[] =
    job === 'reminders'
      ? reminderBatches(now, jobDeps)
      : job === 'digest'
        ? digest(now, jobDeps)
        : calendarBatches(now, jobDeps);
  const outcome: JobOutcome = { ...base, status: batches.length > 0 ? 'sent' : 'nothing-due' };
  for (const batch of batches) {
    try {
      await deps.send(batch.reply);
      outcome.sent.push(batch.reply);
      if (job === 'reminders') deps.state.recordRun('reminders', day, batch.itemIds ?? []);
      if (batch.escalation) deps.state.recordRun('escalation', day);
      if (batch.calendar) deps.state.recordRun('calendar-reminder', day);
      if (batch.window) await recordWindow(batch.window, batch.reply.key, now, deps);
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
  // A day with a failed send is not recorded as run: the scheduler tries it again (what went out is not
  // repeated: reminded items are recorded per item, a digest's days in the journal).
  if (outcome.failed === 0) deps.state.recordRun(job, day);
  deps.logger.info('job.ran', { job, day, sent: outcome.sent.length, failed: outcome.failed });
  return outcome;
}

/** The weekly "holidays not confirmed" messages, when due. */
function calendarBatches(now: Date, deps: JobDeps): { reply: AddressedReply; calendar: true }[] {
  return calendarReminder(now, deps).map((reply) => ({ reply, calendar: true as const }));
}

/**
 * The days a digest that went out covered, recorded as one transaction keyed by the digest's own key. A
 * crash between the send and this record sends the same digest again at the restart (same key: Lark drops
 * the repeat), then records it; the store refuses any window that does not start the day after the last.
 */
async function recordWindow(
  window: { from: string; to: string },
  key: string,
  now: Date,
  deps: JobRunDeps,
): Promise<void> {
  try {
    await deps.store.transact({ messageId: key }, () => {
      deps.store.recordDigest({ by: 'scheduler', at: now, messageId: key }, window);
      return { blocks: [paragraph(`周报已发出,覆盖 ${window.from} 至 ${window.to}`)] };
    });
  } catch (error) {
    // It went out; only its record failed (another process wrote a window meanwhile): say so, keep going.
    deps.logger.error('job.digest-window-not-recorded', {
      ...window,
      key,
      error: error instanceof Error ? error.message : String(error),
    });
  }
}
