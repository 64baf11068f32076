import { numeralValue } from '../text/numeral-value';
import type { DateForm, YearRef } from './date-form';

// The date forms people type, one row each: a pattern (spaces allowed between the parts: `2027 年 3 月
// 31 日`) and what it says. scanDate tries every row and keeps the longest reading.

type Groups = Partial<Record<string, string>>;

export interface DatePattern {
  pattern: string;
  /** What the match says; undefined when a number in it is not one (`十十月`). */
  form(g: Groups): DateForm | undefined;
  /** Whether a trailing `前`/`之前`/`为止` belongs to the date (`6月30日前` = 6-30); not for `春节前`. */
  takesBefore: boolean;
}

const _ = String.raw`\s*`;
const num = (name: string) => String.raw`(?<${name}>\d{1,2}|[〇零一二两三四五六七八九十]{1,3})`;
const YEAR = String.raw`(?:(?<y>\d{4}|[〇零一二三四五六七八九]{4})${_}年|(?<ry>今|明|后|去)年)`;
const END = '(?<end>底|末|上旬末?|中旬末?|下旬末?)';
const THIS_OR_NEXT = '(?<rel>本|这一?个?|当|下下个?|下个?)';

const RELATIVE: Record<string, number> = { 今: 0, 明: 1, 后: 2, 去: -1, 下: 1, 下个: 1, 下下: 2, 下下个: 2 };
const relative = (word: string | undefined) => (word ? (RELATIVE[word] ?? 0) : 0);
const WEEKDAYS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };
const OFFSETS: Record<string, number> = { 今天: 0, 今日: 0, 明天: 1, 明日: 1, 后天: 2, 大后天: 3 };
const DECADES: Record<string, number> = { 上: 1, 中: 2, 下: 3 };

function yearOf(g: Groups): YearRef | undefined | null {
  if (g.y) {
    const year = numeralValue(g.y);
    return year === undefined ? null : { abs: year };
  }
  return g.ry ? { rel: relative(g.ry) } : undefined;
}

/** `…底` → the month's end; `…上旬末` → its first ten days' end. */
function monthEnd(end: string) {
  const decade = DECADES[end[0]!];
  return decade && end.includes('旬') ? { period: 'decade' as const, decade } : { period: 'month' as const };
}

/** Numbers of a form, or undefined when one of them is not a number. */
function numbers<K extends string>(g: Groups, keys: readonly K[]): Record<K, number> | undefined {
  const out = {} as Record<K, number>;
  for (const k of keys) {
    const v = numeralValue(g[k] ?? '');
    if (v === undefined) return undefined;
    out[k] = v;
  }
  return out;
}

/** A form with its year, unless the year is not a number. */
function withYear(g: Groups, form: DateForm | undefined): DateForm | undefined {
  const year = yearOf(g);
  if (year === null || !form) return undefined;
  return year ? ({ ...form, year } as DateForm) : form;
}

export const DATE_PATTERNS: readonly DatePattern[] = [
  {
    // ISO-like: one separator used twice.
    pattern: String.raw`(?<y>\d{4})(?<sep>[-/.])(?<m>\d{1,2})\k<sep>(?<d>\d{1,2})`,
    form: (g) => withYear(g, { kind: 'day', month: Number(g.m), day: Number(g.d) }),
    takesBefore: true,
  },
  {
    // Numbers alone with no year first: 12/31 (which year?), 31/12/2026, 06.30.26 (which order?).
    pattern: String.raw`\d{1,2}[-/.]\d{1,2}(?:[-/.]\d{2,4})?(?=$|[\s,;、。)])`,
    form: () => ({ kind: 'ambiguous' }),
    takesBefore: false,
  },
  {
    pattern: `${YEAR}?${_}${num('m')}${_}月${_}${num('d')}(?:${_}[日号])?`,
    form: (g) => {
      const n = numbers(g, ['m', 'd']);
      return n && withYear(g, { kind: 'day', month: n.m, day: n.d });
    },
    takesBefore: true,
  },
  {
    pattern: `${YEAR}?${_}${num('m')}${_}月${_}(?:份${_})?${END}`,
    form: (g) => {
      const n = numbers(g, ['m']);
      return n && withYear(g, { kind: 'period-end', month: n.m, ...monthEnd(g.end!) });
    },
    takesBefore: true,
  },
  {
    pattern: `${THIS_OR_NEXT}${_}月${_}(?:${num('d')}${_}[日号]|${END})`,
    form: (g) => {
      const months = relative(g.rel);
      if (g.end) return { kind: 'period-end', months, ...monthEnd(g.end) };
      const n = numbers(g, ['d']);
      return n && { kind: 'month-day', months, day: n.d };
    },
    takesBefore: true,
  },
  {
    pattern: '月(?:底|末)',
    form: () => ({ kind: 'period-end', period: 'month', months: 0 }),
    takesBefore: true,
  },
  {
    pattern: `${num('d')}${_}[日号]`,
    form: (g) => {
      const n = numbers(g, ['d']);
      return n && { kind: 'day-of-month', day: n.d };
    },
    takesBefore: true,
  },
  {
    pattern: `(?:${YEAR}${_}年?|年)${_}(?:底|末)`,
    form: (g) => withYear(g, { kind: 'period-end', period: 'year' }),
    takesBefore: true,
  },
  {
    pattern: `${YEAR}?${_}(?:第?(?<q>[一二三四1-4])${_}季度?|[Qq](?<q2>[1-4])|(?<rq>本|这一?个?|下个?)${_}季度)${_}(?:末|底)`,
    form: (g) => {
      if (g.rq) return withYear(g, { kind: 'period-end', period: 'quarter', quarters: relative(g.rq) });
      const quarter = numeralValue(g.q ?? g.q2 ?? '');
      return quarter === undefined
        ? undefined
        : withYear(g, { kind: 'period-end', period: 'quarter', quarter });
    },
    takesBefore: true,
  },
  {
    pattern: `${YEAR}?${_}(?<h>上|下)半年${_}(?:末|底)`,
    form: (g) => withYear(g, { kind: 'period-end', period: 'half', half: g.h === '上' ? 1 : 2 }),
    takesBefore: true,
  },
  {
    pattern: '(?<off>大后天|后天|明天|明日|今天|今日)',
    form: (g) => ({ kind: 'offset', days: OFFSETS[g.off!]! }),
    takesBefore: true,
  },
  {
    pattern: `(?<wk>下下个?|下个?|本|这一?个?)?${_}(?:周|星期|礼拜)(?<wd>[一二三四五六日天1-7])`,
    form: (g) => {
      const weekday = WEEKDAYS[g.wd!] ?? Number(g.wd);
      return g.wk ? { kind: 'weekday', weeks: relative(g.wk), weekday } : { kind: 'weekday', weekday };
    },
    takesBefore: true,
  },
  {
    pattern: `${YEAR}?${_}(?<name>春节|国庆节?|元旦|清明节?|五一|劳动节|端午节?|中秋节?)${_}(?:假期|长假|放假)?${_}(?<side>之前|以前|前|之后|以后|后)`,
    form: (g) =>
      withYear(g, { kind: 'holiday', name: g.name!, side: /前/.test(g.side!) ? 'before' : 'after' }),
    takesBefore: false,
  },
];
