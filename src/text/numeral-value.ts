import { CHINESE_DIGITS } from './chinese-digits';

// A whole number as a date is written: Arabic digits (`31`), Chinese digits read one by one (`二〇二七`), or
// a small Chinese number with 十 (`十二`, `二十`, `三十一`). Anything else (`十十`, `三百`) is not a number.

/** The value of a date's year, month or day as written, or undefined when it is not a number. */
export function numeralValue(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  const ten = /^([一二两三四五六七八九]?)十([一二三四五六七八九]?)$/.exec(text);
  if (ten) return (ten[1] ? CHINESE_DIGITS[ten[1]]! : 1) * 10 + (ten[2] ? CHINESE_DIGITS[ten[2]]! : 0);
  if (!/^[〇零一二三四五六七八九]+$/.test(text)) return undefined;
  return Number([...text].map((c) => CHINESE_DIGITS[c]).join(''));
}
