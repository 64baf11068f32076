import type { PlanPeriod } from './plan-period';

// Five-year plans run from the third (1966—1970) in steps of five: 2021—2025 is the 14th (十四五).

const DIGITS = '一二三四五六七八九';

/** `十四五` for a five-year plan of the national cycle (2021—2025 is the 14th), else undefined. */
export function fiveYearName(entry: { period?: PlanPeriod | undefined }): string | undefined {
  const p = entry.period;
  if (!p || p.to - p.from !== 4 || (p.from - 1966) % 5 !== 0) return undefined;
  const n = (p.from - 1966) / 5 + 3;
  if (n === 10) return '十五';
  if (n > 10 && n < 20) return `十${DIGITS[n - 11]}五`;
  return undefined;
}
