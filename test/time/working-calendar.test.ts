import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  CalendarFileError,
  calendarFilePath,
  loadCalendarOverrides,
} from '../../src/time/calendar-overrides';
import { createWorkingCalendar } from '../../src/time/working-calendar';
import { parseInstant } from '../../src/time/zoned-time';

describe('the working-day calendar', () => {
  const calendar = createWorkingCalendar();

  it('keeps statutory holidays quiet, even on weekdays', () => {
    expect(calendar.isWorkingDay('2026-10-01')).toBe(false);
    expect(calendar.isWorkingDay('2026-10-07')).toBe(false);
    expect(calendar.describe('2026-10-01')).toBe('国庆节');
  });

  it('counts make-up working days (调休) as working days, even on Sunday', () => {
    expect(calendar.isWorkingDay('2026-09-20')).toBe(true);
    expect(calendar.isWorkingDay('2026-10-10')).toBe(true);
    expect(calendar.describe('2026-09-20')).toContain('调休上班');
  });

  it('treats ordinary weekdays as working and ordinary weekends as quiet', () => {
    expect(calendar.isWorkingDay('2026-11-26')).toBe(true);
    expect(calendar.isWorkingDay('2026-11-28')).toBe(false);
    expect(calendar.isWorkingDay('2026-11-29')).toBe(false);
  });

  it('finds the first working day of a week, past a holiday Monday, and none in a week of holidays', () => {
    expect(calendar.firstWorkingDayOfWeek('2026-11-26')).toBe('2026-11-23');
    expect(calendar.firstWorkingDayOfWeek('2026-10-09')).toBe('2026-10-08');
    expect(calendar.firstWorkingDayOfWeek('2026-02-18')).toBeUndefined();
    expect(calendar.firstWorkingDayOfWeek('2026-02-26')).toBe('2026-02-24');
  });

  it('says which years the official data covers', () => {
    expect(calendar.knowsYear(2026)).toBe(true);
    expect(calendar.knowsYear(2099)).toBe(false);
    expect(calendar.officialYears.at(-1)).toBeGreaterThanOrEqual(2026);
  });
});

describe('where a statutory holiday lies', () => {
  const calendar = createWorkingCalendar();

  it('finds a year’s days off of a holiday by any of its names in the official data', () => {
    expect(calendar.holidayRange('春节', 2026)).toEqual({ start: '2026-02-15', end: '2026-02-23' });
    expect(calendar.holidayRange('国庆', 2026)).toEqual({ start: '2026-10-01', end: '2026-10-07' });
    expect(calendar.holidayRange('五一', 2026)).toEqual({ start: '2026-05-01', end: '2026-05-05' });
    expect(calendar.holidayRange('元旦', 2026)).toEqual({ start: '2026-01-01', end: '2026-01-03' });
  });

  it('joins a holiday’s days across another holiday inside them (中秋 in 2025’s 国庆)', () => {
    expect(calendar.holidayRange('国庆节', 2025)).toEqual({ start: '2025-10-01', end: '2025-10-08' });
    expect(calendar.holidayRange('中秋', 2025)).toEqual({ start: '2025-10-06', end: '2025-10-06' });
  });

  it('knows nothing of a year the data does not cover, nor of a name that is no holiday', () => {
    expect(calendar.holidayRange('春节', 2027)).toBeUndefined();
    expect(calendar.holidayRange('周末', 2026)).toBeUndefined();
  });

  it('reads the bureau’s named days off, read afresh, and names them in describe', () => {
    const days: Record<string, 'holiday' | 'workday'> = {};
    const names: Record<string, string> = {};
    const calendar2027 = createWorkingCalendar(() => days, { names: () => names });
    expect(calendar2027.holidayRange('春节', 2027)).toBeUndefined();
    for (const d of ['2027-02-06', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12']) {
      days[d] = 'holiday';
      names[d] = '春节';
    }
    // 02-07 is a Sunday: a day off between two named days joins them.
    expect(calendar2027.holidayRange('春节', 2027)).toEqual({ start: '2027-02-06', end: '2027-02-12' });
    expect(calendar2027.describe('2027-02-08')).toBe('春节');
    // A named day the bureau then works is no longer part of the holiday.
    days['2027-02-12'] = 'workday';
    expect(calendar2027.holidayRange('春节', 2027)).toEqual({ start: '2027-02-06', end: '2027-02-11' });
  });
});

describe('the working-day calendar with the bureau’s days', () => {
  const days = { '2027-02-08': 'holiday', '2027-02-14': 'workday', '2027-03-01': 'holiday' } as const;
  const names = { '2027-02-08': '春节', '2027-02-14': '春节' };

  it('names imported days by their holiday, and days set by hand as the bureau’s', () => {
    const calendar = createWorkingCalendar(days, { names: () => names });
    expect(calendar.describe('2027-02-08')).toBe('春节');
    expect(calendar.describe('2027-02-14')).toBe('春节调休上班');
    expect(calendar.describe('2027-03-01')).toBe('管理员设定的休息日');
    expect(calendar.holidayName('2027-02-08')).toBe('春节');
    expect(calendar.holidayName('2026-10-01')).toBe('国庆节');
    expect(calendar.holidayName('2026-09-20')).toBe('国庆节');
    expect(calendar.holidayName('2026-11-26')).toBeUndefined();
  });

  it('counts a year as known only by the official data or a confirmed notice', () => {
    const unconfirmed = createWorkingCalendar(days, { names: () => names });
    expect(unconfirmed.yearState(2027)).toEqual({ source: 'unconfirmed' });
    expect(unconfirmed.knowsYear(2027)).toBe(false);
    expect(unconfirmed.yearState(2026)).toEqual({ source: 'official' });
    const confirmed = createWorkingCalendar(days, {
      names: () => names,
      confirmed: () => ({ '2027': { by: 'ou_sec', at: '2026-12-08T02:00:00.000Z' } }),
    });
    expect(confirmed.yearState(2027)).toEqual({
      source: 'notice',
      by: 'ou_sec',
      at: '2026-12-08T02:00:00.000Z',
    });
    expect(confirmed.knowsYear(2027)).toBe(true);
  });

  it('lists a year’s days off and make-up days, named where known', () => {
    const calendar = createWorkingCalendar(days, { names: () => names });
    expect(calendar.yearDays(2027)).toEqual({
      off: [
        { day: '2027-02-08', name: '春节', own: true },
        { day: '2027-03-01', own: true },
      ],
      work: [{ day: '2027-02-14', name: '春节', own: true }],
    });
    const official = calendar.yearDays(2026);
    expect(official.off.filter((d) => d.name === '国庆节').map((d) => d.day)).toEqual([
      '2026-10-01',
      '2026-10-02',
      '2026-10-03',
      '2026-10-04',
      '2026-10-05',
      '2026-10-06',
      '2026-10-07',
    ]);
    expect(official.work.map((d) => d.day)).toEqual([
      '2026-01-04',
      '2026-02-14',
      '2026-02-28',
      '2026-05-09',
      '2026-09-20',
      '2026-10-10',
    ]);
  });
});

describe('calendar overrides in DATA_DIR/calendar.json', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'calendar-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('lets admins declare holidays and make-up days for a year the package does not know', () => {
    writeFileSync(calendarFilePath(dir), JSON.stringify({ '2099-01-01': 'holiday', '2099-01-04': '工作日' }));
    const calendar = createWorkingCalendar(loadCalendarOverrides(dir));
    expect(calendar.isWorkingDay('2099-01-01')).toBe(false); // a Thursday
    expect(calendar.isWorkingDay('2099-01-04')).toBe(true); // a Sunday
    expect(calendar.describe('2099-01-01')).toBe('管理员设定的休息日');
    // A few days set by hand do not make the year's holidays known: only official data or a confirmed notice.
    expect(calendar.knowsYear(2099)).toBe(false);
    expect(calendar.yearState(2099)).toEqual({ source: 'unconfirmed' });
  });

  it('lets an override win over the official data', () => {
    writeFileSync(calendarFilePath(dir), JSON.stringify({ '2026-11-26': '休息日' }));
    expect(createWorkingCalendar(loadCalendarOverrides(dir)).isWorkingDay('2026-11-26')).toBe(false);
  });

  it('has no overrides when the file is absent', () => {
    expect(loadCalendarOverrides(dir)).toEqual({});
  });

  it('refuses a malformed file with a message naming the file and the fault', () => {
    writeFileSync(calendarFilePath(dir), JSON.stringify({ '2027-02-30': 'holiday' }));
    expect(() => loadCalendarOverrides(dir)).toThrow(CalendarFileError);
    expect(() => loadCalendarOverrides(dir)).toThrow(/calendar\.json.*不存在的日期/);
    writeFileSync(calendarFilePath(dir), JSON.stringify({ '2027-01-01': 'maybe' }));
    expect(() => loadCalendarOverrides(dir)).toThrow(/2027-01-01/);
    writeFileSync(calendarFilePath(dir), '{ not json');
    expect(() => loadCalendarOverrides(dir)).toThrow(/不是有效的 JSON/);
  });
});

describe('instants typed by operators', () => {
  it('reads a time without offset as wall-clock time in TZ_NAME, and one with an offset exactly', () => {
    expect(parseInstant('2026-10-01T00:30', 'Asia/Shanghai')?.toISOString()).toBe('2026-09-30T16:30:00.000Z');
    expect(parseInstant('2026-10-01', 'Asia/Shanghai')?.toISOString()).toBe('2026-09-30T16:00:00.000Z');
    expect(parseInstant('2026-07-01T09:30:00', 'America/New_York')?.toISOString()).toBe(
      '2026-07-01T13:30:00.000Z',
    );
    expect(parseInstant('2026-10-01T00:30:00Z', 'Asia/Shanghai')?.toISOString()).toBe(
      '2026-10-01T00:30:00.000Z',
    );
    expect(parseInstant('2026-10-01T09:30:00+08:00', 'Europe/London')?.toISOString()).toBe(
      '2026-10-01T01:30:00.000Z',
    );
    expect(parseInstant('2026-02-30', 'Asia/Shanghai')).toBeUndefined();
    expect(parseInstant('yesterday', 'Asia/Shanghai')).toBeUndefined();
  });
});
