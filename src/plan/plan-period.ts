// The years a plan covers, read from its own words: `2021—2025年`, `（2021-2023年）`, `“十四五”时期`.
// Five-year plans run from the third (1966—1970) in steps of five (1963—1965 was a gap), so 十四五 is
// 2021—2025 and 十五五 2026—2030.

export interface PlanPeriod {
  from: number;
  to: number;
}

const RANGE = /((?:19|20)\d{2})\s*(?:年)?\s*[—–\-－~～至到]{1,2}\s*((?:19|20)\d{2})\s*年?/;
const FIVE_YEAR = /[“"]?十([一二三四五六七八九])五[”"]?/;
const DIGITS = '一二三四五六七八九';
/** A year, not the year of a date (`2024年1月1日`). */
const ONE_YEAR = /((?:19|20)\d{2})\s*年(?:度)?(?!\s*\d{1,2}\s*月)/;

/** The first period a text names: a year range, a five-year plan, or a single year; undefined when none. */
export function findPeriod(text: string): PlanPeriod | undefined {
  const range = RANGE.exec(text);
  if (range) {
    const from = Number(range[1]);
    const to = Number(range[2]);
    if (to >= from && to - from <= 20) return { from, to };
  }
  const five = FIVE_YEAR.exec(text);
  if (five) {
    const n = 10 + DIGITS.indexOf(five[1] as string) + 1;
    const from = 1966 + (n - 3) * 5;
    return { from, to: from + 4 };
  }
  const year = ONE_YEAR.exec(text);
  if (year) return { from: Number(year[1]), to: Number(year[1]) };
  return undefined;
}

/** `2021-2025`, `2026`: how a period names a plan. */
export function periodId(period: PlanPeriod): string {
  return period.from === period.to ? String(period.from) : `${period.from}-${period.to}`;
}
