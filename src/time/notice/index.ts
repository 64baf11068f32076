// Reading the State Council's yearly holiday notice (国务院办公厅关于20XX年部分节假日安排的通知).
export type { HolidayNotice, NoticeHoliday } from './holiday-notice';
export { holidayNoticeSchema, noticeHolidaySchema } from './holiday-notice';
export { isHolidayNotice } from './is-holiday-notice';
export { NoticeError, type NoticeProblem } from './notice-error';
export { readHolidayNotice } from './read-holiday-notice';
