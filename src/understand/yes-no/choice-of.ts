import { OR } from '../grammar';
import type { ReadContext } from '../reading';
import type { Mention } from '../units/mentions-of';
import { UNIT_AFTER } from '../units/unit-after';
import { UNIT_BEFORE } from '../units/unit-before';
import { unitOutside } from '../units/unit-outside';

/** Words between a unit and `还是` that belong to the choice (`教科文处负责还是社保处负责`). */
const BESIDE = /^[\s是由归属于的负责牵头管配合来、]*$/;

/** `…财政处还是投资处`: the units on either side of 还是 (one after another), not a unit inside the subject. */
export function choiceOf(text: string, mentions: readonly Mention[], ctx: ReadContext): Mention[] {
  const or = OR.exec(text);
  if (!or) return [];
  const typedBefore = UNIT_BEFORE.exec(text.slice(0, or.index));
  const before =
    [...mentions].reverse().find((m) => m.to <= or.index && BESIDE.test(text.slice(m.to, or.index))) ??
    unitOutside(
      typedBefore?.[1],
      ctx,
      typedBefore ? or.index - typedBefore[0].length + typedBefore[0].indexOf(typedBefore[1] as string) : 0,
    );
  const after: Mention[] = [];
  let from = or.index + or[0].length;
  for (const m of mentions) {
    if (m.from < from) continue;
    const between = text.slice(from, m.from);
    if (!BESIDE.test(between.replace(new RegExp(OR.source, 'g'), ''))) break;
    after.push(m);
    from = m.to;
  }
  if (after.length === 0) {
    const typed = UNIT_AFTER.exec(text.slice(from));
    const outside = unitOutside(typed?.[1], ctx, from + (typed?.[0].length ?? 0) - (typed?.[1]?.length ?? 0));
    if (outside) after.push(outside);
  }
  return before && after.length > 0 ? [before, ...after] : [];
}
