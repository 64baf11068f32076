import { chineseNumber } from '../plan/parse-plan';

const HAN = /^[零〇一二两三四五六七八九十百]+$/;
const DIGITS = '零一二三四五六七八九';

/** `12`, `十二`, `一百零二`, `两` → the number; NaN when the text is no numeral. */
export function numeralValue(text: string): number {
  const t = text.trim();
  if (/^\d+$/.test(t)) return Number(t);
  if (!HAN.test(t)) return Number.NaN;
  const plain = t.replace(/两/g, '二').replace(/〇/g, '零');
  const hundred = plain.indexOf('百');
  if (hundred >= 0) {
    const high = hundred === 0 ? 1 : DIGITS.indexOf(plain[0] as string);
    const rest = plain.slice(hundred + 1).replace(/^零/, '');
    const low = rest ? (rest.length === 1 && rest !== '十' ? DIGITS.indexOf(rest) : chineseNumber(rest)) : 0;
    return high * 100 + low;
  }
  if (/^[零一二三四五六七八九]$/.test(plain)) return DIGITS.indexOf(plain);
  const n = chineseNumber(plain);
  return n > 0 ? n : Number.NaN;
}
