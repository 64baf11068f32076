import { normaliseNotice } from './normalise-notice';

// Whether a text presents itself as a holiday notice (its title, or its opening sentence): a file an admin
// sends is then a calendar to import, not a plan to add. Whether it can be read is the reader's question.

const NOTICE = /部分节假日安排|节假日安排的通知|放假调休日期的具体安排/;

export function isHolidayNotice(text: string): boolean {
  return NOTICE.test(normaliseNotice(text.slice(0, 5000)));
}
