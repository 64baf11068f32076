import { z } from 'zod';

// When the jobs run, in TZ_NAME local time: REMINDER_TIME (09:30) and DIGEST_TIME (09:00), `HH:MM`.
// Self-contained (zod only) so src/config.ts can validate them with the rest of the environment.

export interface JobTimes {
  /** Minutes after local midnight. */
  reminders: number;
  digest: number;
}

export const DEFAULT_JOB_TIMES: JobTimes = { reminders: 9 * 60 + 30, digest: 9 * 60 };

/** `HH:MM` (24 h) → minutes since midnight; undefined when malformed. */
export function parseTimeOfDay(text: string): number | undefined {
  const m = /^(\d{1,2})[::](\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const hour = Number(m[1]);
  const minute = Number(m[2]);
  if (hour > 23 || minute > 59) return undefined;
  return hour * 60 + minute;
}

/** `570` → `09:30`. */
export function formatTimeOfDay(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** A zod schema for one `HH:MM` variable; unset or blank → `fallback` minutes. */
export const timeOfDaySchema = (fallback: number) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v.trim() === '') return fallback;
      const minutes = parseTimeOfDay(v);
      if (minutes === undefined) {
        ctx.addIssue({ code: 'custom', message: '应为 24 小时制 HH:MM,例如 09:30' });
        return z.NEVER;
      }
      return minutes;
    });
