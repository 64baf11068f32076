import { CHINESE_DIGITS, CHINESE_UNITS } from './chinese-digits';
import { Decimal } from './decimal';
import { toHalfWidth } from './normalise';

// One amount reader for every command. Amounts are kept in 万元, as audit reports state them, and exactly as
// written: `30万元`, `30万`, `30` (a bare number is 万元), `1,200.5万元`, `三十五万`, `一百二十万元`,
// `0.5亿元` (5000), `1.5万亿元` (150000000), `一点五亿`, `5千元` and `5000元` (0.5), `12万元整`,
// `人民币壹佰贰拾万元整`, `3元4角5分`.
//
// Precision kept: 6 decimal places of 万元 (one 分) and at most 15 significant digits, so the number stored
// (a JSON number) reads back as exactly the decimal written. Anything finer, larger, approximate (`30多万`,
// `约30万`) or of unclear unit (`5千`: 5千元 or 5千万元?) is refused, never rounded or guessed.

export const AMOUNT_DECIMALS = 6;
export const AMOUNT_DIGITS = 15;

export type AmountProblem = 'unreadable' | 'approximate' | 'unit-unclear' | 'too-precise' | 'too-large';

export type AmountReading =
  /** `value` in 万元; `exact` its decimal form; `converted` when what was typed is not plain 万元. */
  | { ok: true; value: number; exact: string; typed: string; rest: string; converted: boolean }
  | { ok: false; problem: AmountProblem; typed: string; rest: string };

const DIGIT = '〇零一二两三四五六七八九壹贰叁肆伍陆柒捌玖';
const UNIT = '十拾百佰千仟万萬亿億';
const ARABIC = String.raw`(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?`;
const SCAN = new RegExp(
  String.raw`^(?:人民币|¥|￥)?\s*(?:${ARABIC}|[${DIGIT}${UNIT}点]|\s+(?=[${UNIT}元块]))+\s*(?:元|块钱?)?(?:[${DIGIT}\d]角)?(?:[${DIGIT}\d]分)?[整正]?`,
);
const APPROXIMATE_BEFORE =
  /^(?:大约|约|将近|近|超过|超|逾|不到|不足)\s*[\d〇零一二两三四五六七八九壹贰叁肆伍陆柒捌玖十]/;
const APPROXIMATE_AFTER = /^\s*(?:多|余|左右|上下|以上|以下|出头)/;
const RUNS_ON = new RegExp(`^(?:[,.]?\\d|[${DIGIT}${UNIT}点元])`);
const PLAIN = /^[\d,]+(?:\.\d+)?(?:万元?)?[整正]?$/;
const TOKEN = new RegExp(`\\d+(?:\\.\\d+)?|[${DIGIT}](?:点[${DIGIT}]+)?|[${UNIT}]|点`, 'g');
const PARTS = new RegExp(`^([^元块角分]+)(?:(?:元|块钱?)(?:([${DIGIT}\\d])角)?(?:([${DIGIT}\\d])分)?)?$`);

const digitValue = (c: string) => (/\d/.test(c) ? Number(c) : CHINESE_DIGITS[c]!);

/**
 * An amount at the start of `text` (full-width digits read as half-width), and the text after it; with
 * `whole`, text after the amount is refused.
 */
export function readAmount(text: string, { whole = false } = {}): AmountReading {
  const t = toHalfWidth(text).trim();
  if (whole) {
    const read = readAmount(t);
    return read.ok && read.rest ? { ok: false, problem: 'unreadable', typed: t, rest: '' } : read;
  }
  const firstWord = (s: string) => /^\S*/.exec(s)![0];
  const failed = (problem: AmountProblem, typed = firstWord(t)): AmountReading => ({
    ok: false,
    problem,
    typed,
    rest: t.slice(typed.length).trim(),
  });
  if (APPROXIMATE_BEFORE.test(t)) return failed('approximate');
  const typed = SCAN.exec(t)?.[0].trim() ?? '';
  const after = t.slice(typed.length);
  if (!/[\d〇零一二两三四五六七八九壹贰叁肆伍陆柒捌玖十拾]/.test(typed)) return failed('unreadable');
  const approximate = APPROXIMATE_AFTER.exec(after)?.[0];
  if (approximate) {
    const word = firstWord(t);
    return failed('approximate', word.length > typed.length ? word : typed + approximate);
  }
  if (RUNS_ON.test(after)) return failed('unreadable');
  const compact = typed.replace(/^(?:人民币|¥|￥)/, '').replace(/[\s,]|[整正]$/g, '');
  const parsed = amountValue(compact);
  if (typeof parsed === 'string') return failed(parsed, typed);
  if (parsed.decimals() > AMOUNT_DECIMALS) return failed('too-precise', typed);
  if (parsed.digits() > AMOUNT_DIGITS) return failed('too-large', typed);
  const exact = parsed.toString();
  return {
    ok: true,
    value: Number(exact),
    exact,
    typed,
    rest: after.trim(),
    converted: !PLAIN.test(typed.replace(/\s/g, '')),
  };
}

/** The amount in 万元 of a compact amount (`0.5亿元`, `一百二十万`, `3元4角5分`), or why it cannot be read. */
function amountValue(compact: string): Decimal | AmountProblem {
  const parts = PARTS.exec(compact);
  if (!parts) return 'unreadable';
  const [, body, jiao, fen] = parts;
  const yuan = compact.length > body!.length;
  const number = numberValue(body!);
  if (typeof number === 'string') return number;
  let value = number.value;
  if (jiao) value = value.plus(Decimal.of(digitValue(jiao)).shift(-1));
  if (fen) value = value.plus(Decimal.of(digitValue(fen)).shift(-2));
  if (yuan || number.big) return value.shift(-4);
  // No 元 and no 万/亿: a bare number is 万元, but `5千`/`三百` leave the unit open.
  if (number.small >= 100 || (number.small > 0 && number.arabic)) return 'unit-unclear';
  return value;
}

interface NumberValue {
  value: Decimal;
  /** 万 or 亿 was written (`30万` is 30 万元 of 元). */
  big: boolean;
  /** The largest of 十/百/千 written, 0 when none. */
  small: number;
  arabic: boolean;
}

/** A number written with Arabic or Chinese digits and 十百千万亿 (`1.5万亿`, `三万五`, `一百零五`). */
function numberValue(body: string): NumberValue | 'unreadable' {
  const tokens = body.match(TOKEN) ?? [];
  if (tokens.join('') !== body) return 'unreadable';
  let total = Decimal.ZERO;
  let section = Decimal.ZERO;
  let current: Decimal | undefined;
  let currentArabic = false;
  let lastUnit = 1;
  let smallCap = Number.POSITIVE_INFINITY;
  let wanInSection = false;
  let zero = false;
  let big = false;
  let small = 0;
  let arabic = false;
  for (const token of tokens) {
    const unit = CHINESE_UNITS[token];
    if (unit === undefined) {
      if (token === '点' || current) return 'unreadable';
      const isArabic = /^\d/.test(token);
      const text = isArabic ? token : [...token].map((c) => (c === '点' ? '.' : digitValue(c))).join('');
      const value = Decimal.parse(text);
      if (!isArabic && value.isZero()) {
        zero = true;
        continue;
      }
      current = value;
      currentArabic = isArabic;
      arabic ||= isArabic;
    } else if (unit < 10_000) {
      if (unit >= smallCap || (!current && unit !== 10)) return 'unreadable';
      section = section.plus((current ?? Decimal.of(1)).times(unit));
      [smallCap, lastUnit, small, current, zero] = [unit, unit, Math.max(small, unit), undefined, false];
    } else if (unit === 10_000) {
      const base = section.plus(current ?? Decimal.ZERO);
      if (wanInSection || base.isZero()) return 'unreadable';
      section = base.shift(4);
      [wanInSection, smallCap, lastUnit, big, current, zero] = [true, 10_000, unit, true, undefined, false];
    } else {
      const base = total.plus(section).plus(current ?? Decimal.ZERO);
      if (base.isZero() || (!current && section.isZero() && lastUnit === unit)) return 'unreadable';
      total = base.shift(8);
      section = Decimal.ZERO;
      [wanInSection, smallCap, lastUnit, big, current, zero] = [false, unit, unit, true, undefined, false];
    }
  }
  if (current) {
    // `三万五`, `一千二`, `一亿五`: a last single digit right after a unit is the next place down.
    const tail = !zero && lastUnit > 10 && !currentArabic && /^[1-9]$/.test(current.toString());
    if (currentArabic && lastUnit > 1) return 'unreadable';
    section = section.plus(tail ? current.times(lastUnit / 10) : current);
  }
  return { value: total.plus(section), big, small, arabic };
}
