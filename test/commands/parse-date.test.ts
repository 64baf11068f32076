import { describe, expect, it } from 'vitest';
import { parseDate } from '../../src/commands/parse-date';

// 2026-06-15 09:00 in Shanghai.
const now = new Date('2026-06-15T01:00:00Z');

describe('parseDate', () => {
  it.each([
    ['2026-12-31', '2026-12-31'],
    ['2026/12/31', '2026-12-31'],
    ['2026.12.31', '2026-12-31'],
    ['2026年12月31日', '2026-12-31'],
    ['2026-1-5', '2026-01-05'],
    ['２０２６年１２月３１日', '2026-12-31'],
    ['２０２６－１２－３１', '2026-12-31'],
    ['12月31日', '2026-12-31'],
    ['6月15日', '2026-06-15'],
    ['6月14日', '2027-06-14'],
    ['2月29日', '2028-02-29'],
    ['2020-02-29', '2020-02-29'],
  ])('reads %s as %s', (text, date) => {
    expect(parseDate(text, now, 'Asia/Shanghai')).toEqual({ ok: true, date });
  });

  it('always answers a four-digit YYYY-MM-DD day, the form the store keeps, whatever year is typed', () => {
    // `0999-12-31` once came out as `999-12-31`: a record the journal could not read back.
    expect(parseDate('0999-12-31', now, 'Asia/Shanghai')).toEqual({ ok: true, date: '0999-12-31' });
    expect(parseDate('0096-02-29', now, 'Asia/Shanghai')).toEqual({ ok: true, date: '0096-02-29' });
    expect(parseDate('0100-02-29', now, 'Asia/Shanghai').ok).toBe(false);
    expect(parseDate('0000-01-01', now, 'Asia/Shanghai').ok).toBe(false);
  });

  it('takes the message day in TZ_NAME, not UTC', () => {
    // 2026-06-15 23:30 UTC is already 06-16 in Shanghai: 6月15日 is then next year's.
    expect(parseDate('6月15日', new Date('2026-06-15T23:30:00Z'), 'Asia/Shanghai')).toEqual({
      ok: true,
      date: '2027-06-15',
    });
    // The same instant is still 06-15 in New York.
    expect(parseDate('6月15日', new Date('2026-06-15T23:30:00Z'), 'America/New_York')).toEqual({
      ok: true,
      date: '2026-06-15',
    });
  });

  it.each([
    '2026-02-30',
    '2026-13-01',
    '2025-02-29',
    '2月30日',
    '12/31',
    '31/12/2026',
    '2026-12/31',
    '20261231',
    '明天',
    '',
  ])('refuses %s', (text) => {
    expect(parseDate(text, now, 'Asia/Shanghai').ok).toBe(false);
  });
});
