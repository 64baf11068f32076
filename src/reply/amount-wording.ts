import type { AmountReading } from '../text/read-amount';

// What the bot says about an amount it read: the note when what was typed is not plain 万元
// (`金额“0.5亿元”按 5000 万元 记录`), and the refusal, with the forms that work, when it cannot read one.

export const ACCEPTED_AMOUNT_FORMS = [
  '30万元',
  '35.5万',
  '1,200.5万元',
  '三十万元',
  '0.5亿元',
  '5000元',
] as const;

type Read = Extract<AmountReading, { ok: true }>;
type Refused = Extract<AmountReading, { ok: false }>;

/** `金额“0.5亿元”按 5000 万元 记录`; undefined when the amount was typed in 万元 already. */
export function amountNote(label: string, reading: Read): string | undefined {
  return reading.converted ? `${label}“${reading.typed}”按 ${reading.exact} 万元 记录` : undefined;
}

/** Why an amount was refused (nothing was stored), then the forms that work. */
export function amountRefusal(reading: Refused): string {
  const { problem, typed } = reading;
  const reason = {
    unreadable: typed ? `看不懂金额“${typed}”` : '缺少金额',
    approximate: `金额要写确数,“${typed}”是约数`,
    'unit-unclear': `“${typed}”没有写单位,是元还是万元?请写明,如“${typed}元”或“${typed}万元”`,
    'too-precise': `金额“${typed}”比一分钱还细,金额最多记到分(0.000001 万元)`,
    'too-large': `金额“${typed}”位数太多,无法按原数精确记录`,
  }[problem];
  return `${reason}。金额可以写作:${ACCEPTED_AMOUNT_FORMS.join('、')}(不写单位按万元)。`;
}

/** The amount a closing note states as recovered, taken as the amount rectified: said, with how to say otherwise. */
export function rectifiedAmountNote(reading: Read): string {
  return `整改金额按说明中的“${reading.typed}”记为 ${reading.exact} 万元(如不对,销号时可用“金额:<整改金额>”写明)`;
}
