import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { DayKind } from './working-calendar';

// Overrides of the working-day calendar edited by hand in DATA_DIR/calendar.json (days set in chat with
// `日历 设置` are recorded in the store instead):
// `{ "2027-01-01": "holiday", "2027-02-07": "workday" }` (Chinese 休息日 / 工作日 accepted too).

export const CALENDAR_FILE = 'calendar.json';

const isRealDay = (day: string) => {
  const t = Date.parse(`${day}T00:00:00Z`);
  return Number.isFinite(t) && new Date(t).toISOString().slice(0, 10) === day;
};

const kind = z
  .enum(['holiday', 'workday', '休息日', '工作日', '假日', '上班'])
  .transform((k): DayKind => (k === 'holiday' || k === '休息日' || k === '假日' ? 'holiday' : 'workday'));

export const calendarFileSchema = z.record(z.string(), kind).superRefine((days, ctx) => {
  for (const day of Object.keys(days)) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day))
      ctx.addIssue({ code: 'custom', path: [day], message: '日期应写成 YYYY-MM-DD' });
    else if (!isRealDay(day)) ctx.addIssue({ code: 'custom', path: [day], message: '不存在的日期' });
  }
});

export class CalendarFileError extends Error {
  override name = 'CalendarFileError';
}

export function calendarFilePath(dataDir: string): string {
  return join(dataDir, CALENDAR_FILE);
}

/** Reads the overrides; an absent file means none. A malformed file throws one line naming it and the fault. */
export function loadCalendarOverrides(dataDir: string): Record<string, DayKind> {
  const path = calendarFilePath(dataDir);
  if (!existsSync(path)) return {};
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new CalendarFileError(`日历文件 ${path} 不是有效的 JSON: ${(error as Error).message}`);
  }
  const parsed = calendarFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new CalendarFileError(
      `日历文件 ${path} 有误(${issue.path.join('.') || '根'}): ${issue.path.length > 0 && issue.code === 'invalid_value' ? '应为 holiday / workday(或 休息日 / 工作日)' : issue.message};格式如 {"2027-01-01": "holiday", "2027-02-07": "workday"}`,
    );
  }
  return parsed.data;
}
