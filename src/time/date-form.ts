// What a typed date says, before it is placed on the calendar: the forms people write in a bureau.

/** A year as written: `2027年` (absolute) or `明年` (relative to this year). */
export type YearRef = { abs: number } | { rel: number };

/** A stretch a deadline may end with: `月底`, `一季度末`, `上半年末`, `年底`, `6月上旬末`. */
export type Period = 'month' | 'decade' | 'quarter' | 'half' | 'year';

export type DateForm =
  /** `2026-12-31`, `12月31日`, `明年6月30日`. */
  | { kind: 'day'; year?: YearRef; month: number; day: number }
  /** `本月15号` (months 0), `下个月15号` (1). */
  | { kind: 'month-day'; months: number; day: number }
  /** `15号`: the next 15th. */
  | { kind: 'day-of-month'; day: number }
  /**
   * The end of a period: `month` (absolute) or `months` (from this month) for a month or its 上/中/下旬
   * (`decade` 1–3); `quarter` (1–4) or `quarters` (from this quarter); `half` (1–2); a year.
   */
  | {
      kind: 'period-end';
      period: Period;
      year?: YearRef;
      month?: number;
      months?: number;
      decade?: number;
      quarter?: number;
      quarters?: number;
      half?: number;
    }
  /** `明天` (1), `大后天` (3). */
  | { kind: 'offset'; days: number }
  /** `下周五` (weeks 1, weekday 5); `周五` without weeks is the next Friday. */
  | { kind: 'weekday'; weeks?: number; weekday: number }
  /** `春节后`, `国庆前`, `2027年春节前`. */
  | { kind: 'holiday'; name: string; side: 'before' | 'after'; year?: YearRef }
  /** `12/31`, `31/12/2026`: more than one reading. */
  | { kind: 'ambiguous' };
