import { daysBetween } from '../calendar-day';
import { addDays, isoWeekday } from '../zoned-time';
import type { NoticeHoliday } from './holiday-notice';
import type { NoticeClause } from './notice-clauses';
import { NoticeError } from './notice-error';

// One arrangement of a notice (`2月15日(农历腊月二十八、周日)至23日(农历正月初七、周一)放假调休,共9天。2月14日
// (周六)、2月28日(周六)上班。`) → its days off and make-up working days. Its grammar is small:
// - sentences (`。`) of phrases (`,`); a phrase ending in 上班 lists working days, one with 放假/补休/休息/调休
//   lists days off; dates in a phrase with neither belong to the next phrase's word;
// - a date is `[YYYY年][M月]D日`; a missing month or year is the one before it (`10月1日至7日`); a range runs
//   `A至B` both included, across the year end too (`12月31日至1月2日`, `2026年12月31日至2027年1月2日`);
// - brackets say the weekday, the lunar date or 除夕: a stated weekday must match the date (a wrong year
//   shows there); dates inside brackets (`除夕(2月9日)`) are remarks, not arrangements;
// - `共N天` / `放假N天` must match the days read; `与周末连休`, `不调休` add no day.

const WEEKDAYS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };
const WEEKDAY_NAMES = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'];
const DATE = /(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})[日号](?:\{(\d?)\})?/g;
const RANGE = /^(?:至|到|-|—|–|~|～)$/;
const WORK = /上班/;
const OFF = /放假|补休|休息|调休|连休/;

interface Token {
  year?: number;
  month?: number;
  day: number;
  weekday?: number;
  text: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `(周六)` → `{6}`; `(农历除夕、周二)` → `{2}`; `(除夕)`, `(2月9日)` → `{}` (a remark). */
function markWeekdays(text: string): string {
  return text.replace(/\(([^()]*)\)/g, (_, inside: string) => {
    const said = [...inside.matchAll(/(?:星期|周|礼拜)([一二三四五六日天])/g)].at(-1);
    return `{${said ? WEEKDAYS[said[1]!] : ''}}`;
  });
}

function dayOf(year: number, month: number, day: number, token: Token, name: string): string {
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  const check = new Date(`${iso}T00:00:00Z`);
  if (month < 1 || month > 12 || Number.isNaN(check.getTime()) || check.getUTCDate() !== day)
    throw new NoticeError('inconsistent', `${name}的“${token.text}”不是存在的日期`);
  if (token.weekday !== undefined && isoWeekday(iso) !== token.weekday)
    throw new NoticeError(
      'inconsistent',
      `${name}的“${token.text.replace(/\{.*\}/, '')}”写的是${WEEKDAY_NAMES[token.weekday]},但 ${iso} 是${WEEKDAY_NAMES[isoWeekday(iso)]},年份或日期有误`,
    );
  return iso;
}

/** The year (of `year - 1 … year + 1`) that puts month/day nearest to `anchor`. */
function nearestYear(month: number, day: number, anchor: string): number {
  const base = Number(anchor.slice(0, 4));
  let best = base;
  for (const y of [base - 1, base + 1]) {
    const candidate = `${y}-${pad(month)}-${pad(day)}`;
    const current = `${best}-${pad(month)}-${pad(day)}`;
    if (Math.abs(daysBetween(anchor, candidate)) < Math.abs(daysBetween(anchor, current))) best = y;
  }
  return best;
}

export function readClause(clause: NoticeClause, year: number): NoticeHoliday {
  const name = clause.name;
  const off = new Set<string>();
  const work = new Set<string>();
  let month: number | undefined;
  /** The arrangement's first day off: a date without a year is the one nearest to it. */
  let anchor: string | undefined;

  const resolve = (tokens: Token[]): string[] => {
    for (const t of tokens) {
      if (t.month === undefined) {
        if (month === undefined) throw new NoticeError('inconsistent', `${name}的“${t.text}”没有写月份`);
        t.month = month;
      }
      month = t.month;
    }
    const [first, last] = [tokens[0]!, tokens.at(-1)!];
    if (tokens.length === 2) {
      // A range: a year given on one end settles the other (`2022年1月1日至3日`, `12月30日至1月1日`).
      const wraps = last.month! < first.month!;
      if (first.year === undefined && last.year !== undefined) first.year = wraps ? last.year - 1 : last.year;
      if (last.year === undefined && first.year !== undefined)
        last.year = wraps ? first.year + 1 : first.year;
      if (first.year === undefined) {
        last.year = anchor ? nearestYear(last.month!, last.day, anchor) : year;
        first.year = wraps ? last.year - 1 : last.year;
      }
    }
    for (const t of tokens) t.year ??= anchor ? nearestYear(t.month!, t.day, anchor) : year;
    const days = tokens.map((t) => dayOf(t.year!, t.month!, t.day, t, name));
    if (tokens.length === 1) return days;
    const span = daysBetween(days[0]!, days[1]!);
    if (span < 0 || span > 40)
      throw new NoticeError('inconsistent', `${name}的“${first.text}至${last.text}”不是一段日子`);
    return Array.from({ length: span + 1 }, (_, i) => addDays(days[0]!, i));
  };

  for (const sentence of markWeekdays(clause.text).split(/[。;;]/)) {
    let pending: string[] = [];
    let offInSentence = 0;
    for (const phrase of sentence.split(/[,,]/)) {
      const matches = [...phrase.matchAll(DATE)];
      for (let i = 0; i < matches.length; i += 1) {
        const m = matches[i]!;
        const token = (x: RegExpExecArray | RegExpMatchArray): Token => ({
          ...(x[1] ? { year: Number(x[1]) } : {}),
          ...(x[2] ? { month: Number(x[2]) } : {}),
          day: Number(x[3]),
          ...(x[4] ? { weekday: Number(x[4]) } : {}),
          text: x[0],
        });
        const next = matches[i + 1];
        const between = next ? phrase.slice(m.index! + m[0].length, next.index) : '';
        if (next && RANGE.test(between)) {
          pending.push(...resolve([token(m), token(next)]));
          i += 1;
        } else pending.push(...resolve([token(m)]));
      }
      const isWork = WORK.test(phrase);
      if (!isWork && !OFF.test(phrase)) continue;
      for (const d of pending) {
        if (isWork) work.add(d);
        else {
          off.add(d);
          offInSentence += 1;
          anchor ??= d;
        }
      }
      pending = [];
    }
    if (pending.length > 0)
      throw new NoticeError('nothing-read', `${name}的 ${pending.join('、')} 没有说是放假还是上班`);
    const said = /(?:共|放假)(\d+)天/.exec(sentence);
    if (said && offInSentence > 0 && Number(said[1]) !== offInSentence)
      throw new NoticeError(
        'inconsistent',
        `${name}写明共 ${said[1]} 天,但读到的放假日是 ${offInSentence} 天`,
      );
  }
  for (const d of work)
    if (off.has(d)) throw new NoticeError('inconsistent', `${name}的 ${d} 既是放假日又是上班日`);
  return { name, off: [...off].sort(), work: [...work].sort() };
}
