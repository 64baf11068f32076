import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { type HolidayNotice, NoticeError, readHolidayNotice } from '../../../src/time/notice';
import { isoWeekday } from '../../../src/time/zoned-time';

// The reader on the State Council's real notices (test/fixtures/notices, with their sources), compared
// with chinese-days' data for the same years — the truth.

const fixture = (name: string) => readFileSync(`test/fixtures/notices/${name}.txt`, 'utf8');
const read = (name: string) => readHolidayNotice(fixture(name));

const official = createRequire(import.meta.url)('chinese-days/dist/chinese-days.json') as {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
};

/**
 * chinese-days' days of one year's notice: the year's entries, less December's 元旦 (the next notice's),
 * plus the previous December's 元旦 (this notice's).
 */
function truthOf(year: number) {
  const ofNotice = ([day, entry]: [string, string]) => {
    const yuandan = entry.includes('元旦') && day.slice(5, 7) === '12';
    return day.startsWith(`${year}-`) ? !yuandan : day.startsWith(`${year - 1}-12`) && yuandan;
  };
  const pick = (data: Record<string, string>) =>
    Object.entries(data)
      .filter(ofNotice)
      .map(([day]) => day)
      .sort();
  return { off: pick(official.holidays), work: pick(official.workdays) };
}

const weekend = (day: string) => isoWeekday(day) >= 6;

describe('the holiday notice reader on real notices', () => {
  it.each([2013, 2016, 2017, 2018, 2021, 2022, 2023, 2024, 2025, 2026])(
    'reads the %i notice into exactly the days chinese-days has',
    (year) => {
      const notice = read(String(year));
      expect(notice.year).toBe(year);
      expect({ off: notice.off, work: notice.work }).toEqual(truthOf(year));
    },
  );

  it('names every day off as chinese-days does (清明 is 清明节; a merged holiday carries both names)', () => {
    for (let year = 2013; year <= 2026; year += 1) {
      for (const holiday of read(String(year)).holidays)
        for (const day of holiday.off) {
          const entry = official.holidays[day];
          if (!entry) continue;
          expect(holiday.name, `${day}`).toContain(entry.split(',')[1]!);
        }
    }
  });

  it('reads 2014, where chinese-days also lists the Sunday between a day off and its 补休', () => {
    const notice = read('2014');
    const truth = truthOf(2014);
    expect(notice.work).toEqual(truth.work);
    expect(truth.off.filter((d) => !notice.off.includes(d))).toEqual(['2014-04-06']);
    expect(notice.off.filter((d) => !truth.off.includes(d))).toEqual([]);
    expect(notice.holidays.find((h) => h.name === '清明节')?.off).toEqual(['2014-04-05', '2014-04-07']);
  });

  // Three years were changed by a later notice, which chinese-days follows.
  const later: Record<number, { off: string[]; work: string[]; unwork?: string[] }> = {
    // 国务院关于中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日调休放假的通知
    2015: { off: ['2015-09-03', '2015-09-04'], work: ['2015-09-06'] },
    // 国务院办公厅关于调整2019年劳动节假期安排的通知
    2019: { off: ['2019-05-02', '2019-05-03', '2019-05-04'], work: ['2019-04-28', '2019-05-05'] },
    // 国务院办公厅关于延长2020年春节假期的通知 (2月1日, a make-up Saturday, became a day off)
    2020: { off: ['2020-01-31', '2020-02-01', '2020-02-02'], work: [], unwork: ['2020-02-01'] },
  };
  it.each([2015, 2019, 2020])(
    'reads the %i notice into chinese-days’ days once the later notice is applied',
    (year) => {
      const notice = read(String(year));
      const change = later[year]!;
      const off = [...new Set([...notice.off, ...change.off])].sort();
      const work = [...notice.work, ...change.work].filter((d) => !change.unwork?.includes(d)).sort();
      const truth = truthOf(year);
      expect(work).toEqual(truth.work);
      expect(off.filter((d) => !truth.off.includes(d))).toEqual([]);
      // chinese-days adds the weekend of 与周末连休 in 2019; a weekend is a day off either way.
      expect(truth.off.filter((d) => !off.includes(d)).every(weekend)).toBe(true);
    },
  );

  it('keeps the days of the year before that a notice gives (元旦 from 2022年12月31日)', () => {
    expect(read('2023').holidays[0]).toEqual({
      name: '元旦',
      off: ['2022-12-31', '2023-01-01', '2023-01-02'],
      work: [],
    });
    expect(read('2019').holidays[0]).toEqual({
      name: '元旦',
      off: ['2018-12-30', '2018-12-31', '2019-01-01'],
      work: ['2018-12-29'],
    });
  });

  it('reads traditional characters and a news lead line (2023 from a big5 mirror)', () => {
    expect(read('2023').holidays.map((h) => h.name)).toEqual([
      '元旦',
      '春节',
      '清明节',
      '劳动节',
      '端午节',
      '中秋节、国庆节',
    ]);
  });

  it('passes over the 2025+ rules paragraph and a remark in brackets (除夕(2月9日) is a working day)', () => {
    const notice2025 = read('2025');
    const withoutRules = fixture('2025')
      .split('\n')
      .filter((line) => !line.includes('全体公民放假的假日增加'))
      .join('\n');
    expect(readHolidayNotice(withoutRules)).toEqual(notice2025);
    expect(notice2025.holidays.map((h) => h.name)).toEqual([
      '元旦',
      '春节',
      '清明节',
      '劳动节',
      '端午节',
      '国庆节、中秋节',
    ]);
    expect(read('2024').off).not.toContain('2024-02-09');
  });
});

describe('the holiday notice reader on a 2027 notice in the 2025/2026 form', () => {
  const notice: HolidayNotice = read('2027-shaped');

  it('reads every holiday with its days off and make-up days, 农历 and weekdays in brackets checked', () => {
    expect(notice.year).toBe(2027);
    const spring = notice.holidays.find((h) => h.name === '春节')!;
    expect(spring.off[0]).toBe('2027-02-05');
    expect(spring.off.at(-1)).toBe('2027-02-13');
    expect(spring.off).toHaveLength(9);
    expect(spring.work).toEqual(['2027-02-14', '2027-02-20']);
    expect(notice.holidays.find((h) => h.name === '端午节')).toEqual({
      name: '端午节',
      off: ['2027-06-09'],
      work: [],
    });
    expect(notice.off).toHaveLength(29);
    expect(notice.work).toEqual([
      '2027-02-14',
      '2027-02-20',
      '2027-04-25',
      '2027-05-08',
      '2027-09-26',
      '2027-10-09',
    ]);
  });
});

describe('the holiday notice reader on the forms a notice takes', () => {
  const base = fixture('2026');

  it('reads the same days whatever the line breaks, full-width digits or 星期/周', () => {
    const expected = readHolidayNotice(base);
    const broken = base.replace(/(\d)(月)/g, '$1\n$2').replace(/日(\()/g, '日\r\n  $1');
    const wide = base.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    const xingqi = base.replace(/\(周/g, '(星期').replace(/星期日/g, '星期天');
    const fullWidthPunctuation = base
      .replace(/:/g, '：')
      .replace(/,/g, '，')
      .replace(/\(/g, '（')
      .replace(/\)/g, '）');
    for (const text of [broken, wide, xingqi, fullWidthPunctuation, base.replace(/\n/g, ' ')])
      expect(readHolidayNotice(text)).toEqual(expected);
  });

  it('reads a range across the year end, with or without the years written', () => {
    const title =
      '国务院办公厅关于2027年部分节假日安排的通知\n现将2027年元旦等放假调休日期的具体安排通知如下。\n';
    const withYears = readHolidayNotice(
      `${title}一、元旦:2026年12月31日至2027年1月2日放假调休,共3天。2027年1月3日(星期日)上班。`,
    );
    expect(withYears.off).toEqual(['2026-12-31', '2027-01-01', '2027-01-02']);
    expect(withYears.work).toEqual(['2027-01-03']);
    const without = readHolidayNotice(
      `${title}一、元旦:12月30日至1月1日放假调休,共3天。12月27日(星期日)上班。`,
    );
    expect(without.off).toEqual(['2026-12-30', '2026-12-31', '2027-01-01']);
    expect(without.work).toEqual(['2026-12-27']);
  });

  it('reads 补休, 与周末连休, 不调休 and one or two make-up days', () => {
    const notice = readHolidayNotice(
      [
        '国务院办公厅关于2016年部分节假日安排的通知',
        '一、元旦:1月1日放假,与周末连休。',
        '二、劳动节:5月1日放假,5月2日(星期一)补休。',
        '三、端午节:6月9日至11日放假调休,共3天。6月12日(星期日)上班。',
        '四、国庆节:10月1日至7日放假调休,共7天。10月8日(星期六)、10月9日(星期日)上班。',
      ].join('\n'),
    );
    expect(notice.holidays).toEqual([
      { name: '元旦', off: ['2016-01-01'], work: [] },
      { name: '劳动节', off: ['2016-05-01', '2016-05-02'], work: [] },
      { name: '端午节', off: ['2016-06-09', '2016-06-10', '2016-06-11'], work: ['2016-06-12'] },
      {
        name: '国庆节',
        off: [
          '2016-10-01',
          '2016-10-02',
          '2016-10-03',
          '2016-10-04',
          '2016-10-05',
          '2016-10-06',
          '2016-10-07',
        ],
        work: ['2016-10-08', '2016-10-09'],
      },
    ]);
  });

  it('reads a copy without the numbers (——元旦:…)', () => {
    const notice = readHolidayNotice(
      '国务院办公厅关于2015年部分节假日安排的通知。明年放假调休日期具体安排如下:——元旦:1月1日至3日放假调休,共3天。1月4日(星期日)上班。——中秋节:9月27日放假。',
    );
    expect(notice.off).toEqual(['2015-01-01', '2015-01-02', '2015-01-03', '2015-09-27']);
    expect(notice.work).toEqual(['2015-01-04']);
  });
});

describe('the holiday notice reader on what it cannot read', () => {
  const problem = (text: string) => {
    try {
      readHolidayNotice(text);
    } catch (error) {
      if (error instanceof NoticeError) return { problem: error.problem, message: error.message };
      throw error;
    }
    return undefined;
  };

  it('says a text is not a notice (a plan, a meeting notice, nothing)', () => {
    expect(
      problem(readFileSync('seeds/shaoxing-audit-common-prosperity-2021-2025.txt', 'utf8')),
    ).toMatchObject({
      problem: 'not-a-notice',
    });
    expect(problem('关于召开会议的通知\n请各处室准时参加。')).toMatchObject({ problem: 'not-a-notice' });
    expect(problem('')).toMatchObject({ problem: 'not-a-notice' });
  });

  it('asks for the title when the list is pasted without its year', () => {
    const list = fixture('2026').slice(fixture('2026').indexOf('一、元旦'));
    expect(problem(list)).toMatchObject({ problem: 'no-year', message: expect.stringContaining('标题') });
  });

  it('says when a notice gives no day (only its rules paragraph)', () => {
    const rules = fixture('2025').split('\n').slice(0, 5).join('\n');
    expect(rules).toContain('国庆节自10月1日起放假调休7天');
    expect(problem(rules)).toMatchObject({ problem: 'nothing-read' });
    expect(problem('国务院办公厅关于2027年部分节假日安排的通知\n一、元旦:放假,与周末连休。')).toMatchObject({
      problem: 'nothing-read',
    });
  });

  it('refuses a notice whose weekdays belong to another year, naming the day', () => {
    const wrongYear = fixture('2026').replaceAll('2026年', '2027年');
    const found = problem(wrongYear);
    expect(found).toMatchObject({ problem: 'inconsistent' });
    expect(found?.message).toContain('写的是周四,但 2027-01-01 是周五');
  });

  it('refuses a count that does not match its days, and a day both off and working', () => {
    expect(problem(fixture('2026').replace('共9天', '共8天'))?.message).toContain('春节写明共 8 天');
    expect(
      problem('国务院办公厅关于2026年部分节假日安排的通知\n一、元旦:1月1日至3日放假。1月3日上班。'),
    ).toMatchObject({ problem: 'inconsistent' });
    expect(problem('国务院办公厅关于2026年部分节假日安排的通知\n一、元旦:2月30日放假。')).toMatchObject({
      problem: 'inconsistent',
    });
  });
});
