import { z } from 'zod';

// What a State Council holiday notice (国务院办公厅关于20XX年部分节假日安排的通知) gives: for each holiday it
// names, the days off and the make-up working days (调休上班), as `YYYY-MM-DD` calendar days. A day may lie in
// the year before (元旦 from 12月31日).

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const noticeHolidaySchema = z.object({
  /** As the notice names it: `春节`, `国庆节、中秋节`. */
  name: z.string().min(1),
  off: z.array(day),
  work: z.array(day),
});

export const holidayNoticeSchema = z.object({
  year: z.number().int(),
  holidays: z.array(noticeHolidaySchema),
  /** Every day off and every make-up working day, ascending. */
  off: z.array(day),
  work: z.array(day),
});

export type NoticeHoliday = z.infer<typeof noticeHolidaySchema>;
export type HolidayNotice = z.infer<typeof holidayNoticeSchema>;
