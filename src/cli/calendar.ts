import { PlanFileError } from '../plan/plan-file-error';
import { readPlanFile } from '../plan/read-plan-file';
import { holidayLines } from '../reply/calendar-wording';
import { NoticeError, readHolidayNotice } from '../time/notice';
import { jsonFlagArgs } from './json-flag-args';
import type { Verb } from './verb';

// `calendar parse FILE [--json]`: the days off and make-up working days a State Council holiday notice
// (.txt or .docx; .md and .pdf too, through the plan readers) gives — the same reader as `日历 导入` in chat.
// A file that cannot be read, or is no notice, is one line on stderr and exit 2.

const USAGE = '用法: calendar parse FILE [--json]\n';

export const calendarVerb: Verb = {
  summary: 'calendar parse FILE [--json] — 读国务院办公厅节假日安排通知(.txt/.docx),列出放假日和调休上班日',
  async run(args, io) {
    const parsed = jsonFlagArgs(args);
    if (!parsed) {
      io.stderr.write(USAGE);
      return 2;
    }
    const [sub, file, ...extra] = parsed.positionals;
    if (sub !== 'parse' || !file || extra.length > 0) {
      io.stderr.write(USAGE);
      return 2;
    }
    let notice: ReturnType<typeof readHolidayNotice>;
    try {
      notice = readHolidayNotice(await readPlanFile(file));
    } catch (error) {
      const line =
        error instanceof PlanFileError
          ? error.about('通知文件').message
          : error instanceof NoticeError
            ? `读不了通知 ${file}：${error.message}`
            : `读不了通知文件 ${file}：${(error as Error)?.message ?? error}`;
      io.stderr.write(`${line.replace(/[\r\n]+/g, ' ')}\n`);
      return 2;
    }
    if (parsed.json) {
      const { year, off, work } = notice;
      io.stdout.write(`${JSON.stringify({ year, off, work })}\n`);
      return 0;
    }
    const out = [
      `${notice.year} 年节假日安排:放假 ${notice.off.length} 天,调休上班 ${notice.work.length} 天`,
      ...holidayLines(notice.holidays),
    ];
    io.stdout.write(`${out.join('\n')}\n`);
    return 0;
  },
};
