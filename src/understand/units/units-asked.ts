import type { Division } from '../../plan/knowledge';
import { LEAD_IN } from '../by-number/lead-in';
import { ASKING_OWNS, OWNS_TAIL } from '../grammar';
import type { ReadContext } from '../reading';
import { mentionsOf } from './mentions-of';
import { unitsIn } from './units-in';

/**
 * `财政处和社保处分别管哪项`, `财政处管什么`: the units a question about what units do opens with, in the order
 * typed — the plan's (its names and short forms) and names typed as a unit's that the plan never names — when
 * nothing but asking what they do follows. A name that could be a short form of the plan's unit is not read.
 */
export function unitsAsked(
  text: string,
  ctx: ReadContext,
): { divisions: Division[]; unlisted: string[] } | undefined {
  const typed = text.replace(LEAD_IN, '').replace(/[\s??。!！]+$/, '');
  const mentions = mentionsOf(typed, ctx.knowledge.findDivisions(typed));
  for (let end = 1; end < typed.length; end += 1) {
    if (mentions.some((m) => m.from < end && m.to > end)) continue;
    const tail = typed.slice(end);
    if (!OWNS_TAIL.test(tail) || !ASKING_OWNS.test(tail)) continue;
    const units = unitsIn(typed.slice(0, end), mentions, ctx);
    if (!units) continue;
    return units;
  }
  return undefined;
}
