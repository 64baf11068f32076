import { numeralValue } from '../numeral-value';
import type { Ask } from '../reading';
import { LEAD_IN } from './lead-in';
import { leftOver } from './left-over';
import { ONLY_ASKING } from './only-asking';
import type { RefContext } from './ref-context';

const MEASURE_NUMBER = '(\\d{1,2}|[一二两三四五六七八九十]{1,3})';
/** `措施2`, `保障措施第二条`, `第二项保障措施`, `第3条措施`: a safeguard measure by its place among them. */
const MEASURE_BY_NUMBER = [
  new RegExp(`^(?:保障)?(?:措施|举措)\\s*(?:第\\s*)?${MEASURE_NUMBER}\\s*(?:条|项|个|点)?`),
  new RegExp(`^第\\s*${MEASURE_NUMBER}\\s*(?:条|项|个|点)\\s*(?:的)?\\s*(?:保障)?(?:措施|举措)`),
];

/** A safeguard measure by its number, when the plan has them and nothing but asking follows. */
export function measureAsk(text: string, ctx: RefContext): Ask | undefined {
  const { measures } = ctx.lexicon.plan;
  if (measures.length === 0) return undefined;
  const t = text.replace(LEAD_IN, '').trim();
  for (const pattern of MEASURE_BY_NUMBER) {
    const m = pattern.exec(t);
    if (!m || !ONLY_ASKING.test(leftOver(t.slice(m[0].length)))) continue;
    const n = numeralValue(m[1] as string);
    const measure = measures.find((x) => x.index === n);
    return { kind: 'ref', ref: measure ? { measure } : { missing: m[0].trim() }, wants: 'card' };
  }
  return undefined;
}
