import { describe, expect, it } from 'vitest';
import { dateNote, dateRefusal } from '../../src/reply/date-wording';
import { type DateReading, readDate } from '../../src/time/read-date';
import { createWorkingCalendar } from '../../src/time/working-calendar';

// Dates as a bureau writes them in a work chat, each with the day it is typed on (Shanghai, 10:00), and the
// day it must be read as — or the refusal. The official calendar (chinese-days) holds 2025–2026; 2027 is
// known only from the bureau's own days (as a notice imported for 2027 would give them, named).

const official = createWorkingCalendar();
// 2027's Spring Festival as the bureau would record it from the notice: 02-06 … 02-14 off, 02-20 worked.
const days2027: Record<string, 'holiday' | 'workday'> = { '2027-02-20': 'workday' };
const names2027: Record<string, string> = {};
for (let d = 6; d <= 14; d += 1) {
  const day = `2027-02-${String(d).padStart(2, '0')}`;
  days2027[day] = 'holiday';
  names2027[day] = '春节';
}
const withNotice = createWorkingCalendar(days2027, { names: () => names2027 });

const read = (text: string, today: string, calendar = official): DateReading =>
  readDate(text, { now: new Date(`${today}T10:00:00+08:00`), timeZone: 'Asia/Shanghai', calendar });

// today: Monday 2026-12-07 (the winter the bureau prepares for), mid-June, a January Saturday before 春节.
const DEC = '2026-12-07';
const JUN = '2026-06-15';
const JAN = '2026-01-10';

type How = 'as-typed' | 'next-year' | 'relative' | 'period-end' | 'holiday';

const READ: [text: string, today: string, date: string, how: How][] = [
  // Written out in full, as in a rectification notice.
  ['2026-12-31', DEC, '2026-12-31', 'as-typed'],
  ['2026/12/31', DEC, '2026-12-31', 'as-typed'],
  ['2026.12.31', DEC, '2026-12-31', 'as-typed'],
  ['2026年12月31日', DEC, '2026-12-31', 'as-typed'],
  ['2026年12月31号', DEC, '2026-12-31', 'as-typed'],
  ['2026-1-5', JUN, '2026-01-05', 'as-typed'],
  ['２０２６年１２月３１日', DEC, '2026-12-31', 'as-typed'],
  ['２０２６－１２－３１', DEC, '2026-12-31', 'as-typed'],
  ['2027 年 3 月 31 日', DEC, '2027-03-31', 'as-typed'],
  ['2027年3月31日前', DEC, '2027-03-31', 'as-typed'],
  ['截至2026年12月31日', DEC, '2026-12-31', 'as-typed'],
  ['二〇二六年十二月三十一日', DEC, '2026-12-31', 'as-typed'],
  ['二零二七年三月三十一日', DEC, '2027-03-31', 'as-typed'],
  ['2020-02-29', DEC, '2020-02-29', 'as-typed'],
  ['0999-12-31', DEC, '0999-12-31', 'as-typed'],
  ['0096-02-29', DEC, '0096-02-29', 'as-typed'],
  ['明年3月31日', DEC, '2027-03-31', 'relative'],
  // Month and day, no year: the next such day on or after today.
  ['12月31日', DEC, '2026-12-31', 'as-typed'],
  ['12月1日', DEC, '2027-12-01', 'next-year'],
  ['十二月三十一日', DEC, '2026-12-31', 'as-typed'],
  ['6月30日前', DEC, '2027-06-30', 'next-year'],
  ['6月30日之前', JUN, '2026-06-30', 'as-typed'],
  ['６月３０日以前', JUN, '2026-06-30', 'as-typed'],
  ['6月15日', JUN, '2026-06-15', 'as-typed'],
  ['6月14日', JUN, '2027-06-14', 'next-year'],
  ['2月29日', JUN, '2028-02-29', 'next-year'],
  ['3月1号', DEC, '2027-03-01', 'next-year'],
  ['12月31', DEC, '2026-12-31', 'as-typed'],
  ['12 月 20 日', DEC, '2026-12-20', 'as-typed'],
  // Days counted from today.
  ['今天', DEC, '2026-12-07', 'relative'],
  ['明天', DEC, '2026-12-08', 'relative'],
  ['明日', DEC, '2026-12-08', 'relative'],
  ['后天', DEC, '2026-12-09', 'relative'],
  ['大后天', DEC, '2026-12-10', 'relative'],
  ['明天', '2026-12-31', '2027-01-01', 'relative'],
  // Weeks run Monday to Sunday; today is a Monday.
  ['下周五', DEC, '2026-12-18', 'relative'],
  ['本周五', DEC, '2026-12-11', 'relative'],
  ['这周五', DEC, '2026-12-11', 'relative'],
  ['周五', DEC, '2026-12-11', 'relative'],
  ['星期五', DEC, '2026-12-11', 'relative'],
  ['礼拜五', DEC, '2026-12-11', 'relative'],
  ['下下周一', DEC, '2026-12-21', 'relative'],
  ['下个星期三', DEC, '2026-12-16', 'relative'],
  ['周日', DEC, '2026-12-13', 'relative'],
  ['下周日', DEC, '2026-12-20', 'relative'],
  ['礼拜天', DEC, '2026-12-13', 'relative'],
  ['周一', DEC, '2026-12-07', 'relative'],
  ['本周一', '2026-12-09', '2026-12-07', 'relative'],
  ['下周五前', DEC, '2026-12-18', 'relative'],
  // A month's end is its last day, as a notice's `月底前` means it, even on a day off (the command notes that).
  ['月底', DEC, '2026-12-31', 'period-end'],
  ['本月底', DEC, '2026-12-31', 'period-end'],
  ['这个月底', DEC, '2026-12-31', 'period-end'],
  ['月末', DEC, '2026-12-31', 'period-end'],
  ['月底前', JUN, '2026-06-30', 'period-end'],
  ['下月底', DEC, '2027-01-31', 'period-end'],
  ['下个月底', JUN, '2026-07-31', 'period-end'],
  ['月底', '2026-01-31', '2026-01-31', 'period-end'],
  ['下个月15号', DEC, '2027-01-15', 'relative'],
  ['本月15号', DEC, '2026-12-15', 'relative'],
  ['15号', DEC, '2026-12-15', 'relative'],
  ['5号', DEC, '2027-01-05', 'relative'],
  ['6月底', JUN, '2026-06-30', 'period-end'],
  ['6月末', DEC, '2027-06-30', 'period-end'],
  ['9月底', JUN, '2026-09-30', 'period-end'],
  ['1月底', DEC, '2027-01-31', 'period-end'],
  ['2027年1月底', DEC, '2027-01-31', 'period-end'],
  ['2027年1月底前', DEC, '2027-01-31', 'period-end'],
  ['二〇二七年一月底', DEC, '2027-01-31', 'period-end'],
  ['明年6月底', DEC, '2027-06-30', 'period-end'],
  ['6月上旬末', '2026-05-01', '2026-06-10', 'period-end'],
  // 中旬 ends on the 20th, a Saturday in 2026: still the 20th.
  ['6月中旬', '2026-05-01', '2026-06-20', 'period-end'],
  ['6月下旬末', '2026-05-01', '2026-06-30', 'period-end'],
  // Years, quarters, halves.
  ['年底', DEC, '2026-12-31', 'period-end'],
  ['年末', DEC, '2026-12-31', 'period-end'],
  ['今年底', DEC, '2026-12-31', 'period-end'],
  ['今年年底', JUN, '2026-12-31', 'period-end'],
  ['年底前', JUN, '2026-12-31', 'period-end'],
  ['明年底', DEC, '2027-12-31', 'period-end'],
  ['2027年底', DEC, '2027-12-31', 'period-end'],
  ['一季度末', DEC, '2027-03-31', 'period-end'],
  ['第一季度末', DEC, '2027-03-31', 'period-end'],
  ['Q1末', DEC, '2027-03-31', 'period-end'],
  ['一季度末', JAN, '2026-03-31', 'period-end'],
  ['三季度末', JUN, '2026-09-30', 'period-end'],
  ['第三季度末', '2026-10-09', '2027-09-30', 'period-end'],
  ['二季度末', JUN, '2026-06-30', 'period-end'],
  ['本季度末', DEC, '2026-12-31', 'period-end'],
  ['下季度末', DEC, '2027-03-31', 'period-end'],
  ['2027年一季度末', DEC, '2027-03-31', 'period-end'],
  ['上半年末', DEC, '2027-06-30', 'period-end'],
  ['上半年末', JAN, '2026-06-30', 'period-end'],
  ['下半年末', JUN, '2026-12-31', 'period-end'],
  // Holidays: the last working day before / the first after the year's days off.
  ['春节后', JAN, '2026-02-24', 'holiday'],
  // 2026-02-14 is a Saturday worked in lieu (调休上班).
  ['春节前', JAN, '2026-02-14', 'holiday'],
  ['春节假期后', JAN, '2026-02-24', 'holiday'],
  ['国庆后', JUN, '2026-10-08', 'holiday'],
  ['国庆节前', JUN, '2026-09-30', 'holiday'],
  ['五一前', '2026-03-01', '2026-04-30', 'holiday'],
  // 2025: 中秋 (10-06) inside the 国庆 days off.
  ['国庆后', '2025-09-01', '2025-10-09', 'holiday'],
  ['中秋前', '2025-09-01', '2025-09-30', 'holiday'],
];

describe('readDate', () => {
  it.each(READ)('reads %s typed on %s as %s (%s)', (text, today, date, how) => {
    const reading = read(text, today);
    expect(reading).toMatchObject({ ok: true, date, how: { kind: how }, rest: '' });
  });

  it('reads 春节 of a year the official data lacks from the bureau’s named days', () => {
    expect(read('春节后', DEC, withNotice)).toMatchObject({ ok: true, date: '2027-02-15' });
    expect(read('春节前', DEC, withNotice)).toMatchObject({ ok: true, date: '2027-02-05' });
    expect(read('2027年春节前', DEC, withNotice)).toMatchObject({ ok: true, date: '2027-02-05' });
    expect(read('明年春节后', DEC, withNotice)).toMatchObject({ ok: true, date: '2027-02-15' });
    // The days off alone, with no name, say nothing of which holiday they are.
    const unnamed = createWorkingCalendar(days2027);
    expect(read('春节后', DEC, unnamed)).toMatchObject({ ok: false, problem: { kind: 'holiday-unknown' } });
  });

  it('reads 春节前 of a year with no notice yet as the last working day before 除夕, by the lunar date', () => {
    // 2027: 正月初一 is Saturday 02-06, 除夕 Friday 02-05; 2030: 除夕 is Saturday 02-02, so Friday 02-01.
    const before = read('春节前', DEC);
    expect(before).toMatchObject({
      ok: true,
      date: '2027-02-04',
      how: { kind: 'holiday', lunarEve: '2027-02-05' },
    });
    expect(read('2027年春节前', DEC)).toMatchObject({ ok: true, date: '2027-02-04' });
    expect(read('2030年春节前', DEC)).toMatchObject({ ok: true, date: '2030-02-01' });
    // The reply says the year's arrangement is not in the calendar and how it was reckoned.
    if (!before.ok) throw new Error('read');
    expect(dateNote('期限', before)).toContain('还没有 2027 年春节的放假安排,按农历推算为除夕(2027-02-05)');
    // The notice, once imported, says where the days off begin: its last working day before them wins.
    expect(read('春节前', DEC, withNotice)).toMatchObject({ ok: true, date: '2027-02-05' });
  });

  const REFUSED: [text: string, today: string, problem: string][] = [
    ['2026-02-30', DEC, 'no-such-day'],
    ['2026-13-01', DEC, 'no-such-day'],
    ['2025-02-29', DEC, 'no-such-day'],
    ['0000-01-01', DEC, 'no-such-day'],
    ['0100-02-29', DEC, 'no-such-day'],
    ['2月30日', DEC, 'no-such-day'],
    ['十三月一日', DEC, 'no-such-day'],
    ['下个月31号', '2026-10-05', 'no-such-day'],
    ['12/31', DEC, 'ambiguous'],
    ['31/12/2026', DEC, 'ambiguous'],
    ['12-31', DEC, 'ambiguous'],
    ['06.30', DEC, 'ambiguous'],
    ['2026-12/31', DEC, 'unreadable'],
    ['20261231', DEC, 'unreadable'],
    ['2026-12-311', DEC, 'unreadable'],
    ['看情况', DEC, 'unreadable'],
    ['尽快', DEC, 'unreadable'],
    ['', DEC, 'unreadable'],
    ['五季度末', DEC, 'unreadable'],
    ['春节后', DEC, 'holiday-unknown'],
    ['元旦后', JAN, 'holiday-unknown'],
  ];
  it.each(REFUSED)('refuses %s typed on %s (%s), never guessing', (text, today, problem) => {
    expect(read(text, today)).toMatchObject({ ok: false, problem: { kind: problem } });
  });

  it('reads the date a longer text starts with and returns the rest', () => {
    expect(read('下周五 单位还在整改', DEC)).toMatchObject({ date: '2026-12-18', rest: '单位还在整改' });
    expect(read('2027-03-31 3个乡镇未完成', DEC)).toMatchObject({
      date: '2027-03-31',
      rest: '3个乡镇未完成',
    });
    expect(read('2027 年 3 月 31 日 涉及跨年度预算', DEC)).toMatchObject({
      date: '2027-03-31',
      rest: '涉及跨年度预算',
    });
    expect(read('月底前完成整改', DEC)).toMatchObject({ date: '2026-12-31', rest: '完成整改' });
    expect(read('6月30日前期工作未完成', JUN)).toMatchObject({ date: '2026-06-30', rest: '前期工作未完成' });
    expect(read('春节后 资金到位', JAN)).toMatchObject({ date: '2026-02-24', rest: '资金到位' });
    const whole = readDate(
      '下周五 单位',
      {
        now: new Date(`${DEC}T10:00:00+08:00`),
        timeZone: 'Asia/Shanghai',
        calendar: official,
      },
      { whole: true },
    );
    expect(whole).toMatchObject({ ok: false, problem: { kind: 'unreadable' }, typed: '下周五 单位' });
  });

  it('takes the message day in TZ_NAME, not UTC', () => {
    const at = new Date('2026-06-15T23:30:00Z');
    // 23:30 UTC on 06-15 is already 06-16 in Shanghai: 6月15日 is then next year's.
    expect(readDate('6月15日', { now: at, timeZone: 'Asia/Shanghai', calendar: official })).toMatchObject({
      date: '2027-06-15',
    });
    expect(readDate('6月15日', { now: at, timeZone: 'America/New_York', calendar: official })).toMatchObject({
      date: '2026-06-15',
    });
  });

  it('says how it read a date when that needs saying, and nothing when the date is as typed', () => {
    const note = (text: string, today: string, calendar = official) => {
      const r = read(text, today, calendar);
      if (!r.ok) throw new Error(`${text} refused`);
      return dateNote('期限', r);
    };
    expect(note('12月1日', DEC)).toContain('按 2027-12-01 理解');
    expect(note('12月1日', DEC)).toContain('今年的已过');
    expect(note('下周五', DEC)).toBe('期限“下周五”按 2026-12-18 理解');
    expect(note('2027年1月底', DEC)).toBe('期限“2027年1月底”按 2027-01-31 理解:当月最后一天');
    expect(note('春节后', DEC, withNotice)).toBe(
      '期限“春节后”按 2027-02-15 理解:2027 年春节假期后第一个工作日',
    );
    expect(note('2026-12-31', DEC)).toBeUndefined();
    expect(note('12月31日', DEC)).toBeUndefined();
    expect(note('2025-06-30', DEC)).toBe('期限 2025-06-30 已经过去');
  });

  it('refuses with the reason and the forms that work', () => {
    const refusal = (text: string, today = DEC) => {
      const r = read(text, today);
      if (r.ok) throw new Error(`${text} read`);
      return dateRefusal(r);
    };
    expect(refusal('2026-02-30')).toMatch(/^没有 2026-02-30 这一天。日期可以写作:2026-12-31、/);
    expect(refusal('12/31')).toMatch(/“12\/31”有不止一种读法/);
    expect(refusal('春节后')).toMatch(/工作日历里还没有 2027 年春节的放假安排,无法推算“春节后”,请直接写日期/);
    expect(refusal('看情况 再说')).toMatch(/^看不懂日期“看情况”/);
  });
});

describe('a ledger’s dates (yearless: this)', () => {
  const ledger = (text: string, today: string) =>
    readDate(
      text,
      { now: new Date(`${today}T10:00:00+08:00`), timeZone: 'Asia/Shanghai', calendar: official },
      { whole: true, yearless: 'this' },
    );

  it('reads a date without a year in the ledger’s year, past or not, never next year, and says so', () => {
    const past = ledger('6月30日', DEC);
    expect(past).toMatchObject({ ok: true, date: '2026-06-30', how: { kind: 'this-year' } });
    expect(dateNote('期限', past as Extract<DateReading, { ok: true }>)).toBe(
      '期限“6月30日”按 2026-06-30 理解:未写年份,按 2026 年',
    );
    expect(ledger('一季度末', DEC)).toMatchObject({
      ok: true,
      date: '2026-03-31',
      how: { kind: 'this-year' },
    });
    expect(ledger('年底', JAN)).toMatchObject({ ok: true, date: '2026-12-31' });
    // The next-day reading stays the default for commands.
    expect(read('6月30日', DEC)).toMatchObject({ ok: true, date: '2027-06-30', how: { kind: 'next-year' } });
  });

  it('keeps a written year as written', () => {
    expect(ledger('2025年6月底', DEC)).toMatchObject({
      ok: true,
      date: '2025-06-30',
      how: { kind: 'period-end' },
    });
    expect(ledger('2025.6.30', DEC)).toMatchObject({
      ok: true,
      date: '2025-06-30',
      how: { kind: 'as-typed' },
    });
  });
});
