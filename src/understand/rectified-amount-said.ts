import { type AmountReading, readAmount } from '../text/read-amount';

// `整改 销号 ZG-2026-001 80万元违规资金已全部追回`: a closing note that states one amount, and says it was
// recovered, returned or put right, states the amount rectified. Two amounts (追回30万元,余50万元…) or an amount
// not said to be recovered (未追回) leave it unsaid: the note is kept as text, and 金额: still says it outright.

/** An amount as notes write it: digits or Chinese numerals with 元, digits with 万/亿. */
const AMOUNT =
  /(?:\d[\d,]*(?:\.\d+)?\s*(?:万亿元|万亿|亿元|万元|亿|万|元)|[〇零一二两三四五六七八九十百千万亿点壹贰叁肆伍陆柒捌玖拾佰仟]+(?:万元|亿元|元))/g;
/** Words saying the money came back or the problem was put right. */
const RECOVERED =
  /追回|收回|退还|归还|退回|缴回|上缴|清退|返还|收缴|挽回|补缴|偿还|拨付到位|整改到位|完成整改|整改完成|整改完毕|已整改|全部整改|纠正/;
/** Said not to have happened (未追回, 尚未退还, 没有收回). */
const NOT_DONE = /(?:未|尚未|没有|没|无法|不能|仍未|还未)\s*(?:全部|完全)?\s*$/;

export function rectifiedAmountSaid(note: string): Extract<AmountReading, { ok: true }> | undefined {
  const amounts = [...note.matchAll(AMOUNT)];
  if (amounts.length !== 1) return undefined;
  const [found] = amounts;
  const verb = RECOVERED.exec(note);
  if (!found || !verb || NOT_DONE.test(note.slice(0, verb.index))) return undefined;
  // An approximate amount (约80万元, 80多万元) is no amount to record.
  if (/[约近超逾余多]$/.test(note.slice(0, found.index))) return undefined;
  const read = readAmount(note.slice(found.index));
  return read.ok && read.typed === found[0].trim() ? read : undefined;
}
