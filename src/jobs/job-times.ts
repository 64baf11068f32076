import { z } from 'zod';
import { parseTimeOfDay } from './zoned-time';

// When the jobs run, in TZ_NAME local time: REMINDER_TIME (09:30) and DIGEST_TIME (09:00), `HH:MM`.
// Read here rather than in src/config.ts so the jobs room owns its settings; an empty variable is unset.

const timeOfDay = (fallback: string) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      const minutes = parseTimeOfDay(v === undefined || v.trim() === '' ? fallback : v);
      if (minutes === undefined) {
        ctx.addIssue({ code: 'custom', message: '应为 24 小时制 HH:MM,例如 09:30' });
        return z.NEVER;
      }
      return minutes;
    });

const schema = z.object({ REMINDER_TIME: timeOfDay('09:30'), DIGEST_TIME: timeOfDay('09:00') });

export interface JobTimes {
  /** Minutes after local midnight. */
  reminders: number;
  digest: number;
}

export class JobTimesError extends Error {
  override name = 'JobTimesError';
}

export function loadJobTimes(env: NodeJS.ProcessEnv = process.env): JobTimes {
  const parsed = schema.safeParse({ REMINDER_TIME: env.REMINDER_TIME, DIGEST_TIME: env.DIGEST_TIME });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new JobTimesError(`配置错误: ${String(issue.path[0])} ${issue.message}`);
  }
  return { reminders: parsed.data.REMINDER_TIME, digest: parsed.data.DIGEST_TIME };
}
