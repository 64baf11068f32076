import type { ReadContext } from '../reading';
import { inOrder } from './in-order';
import type { Mention } from './mentions-of';

/**
 * A unit typed beside 还是 that the plan does not name (`财政局还是税务局` where only 市财政局 is named): asked
 * about all the same, as a unit outside the plan. Never one that could be a short form of a unit the plan
 * names (`人社局`, `工信局`): which unit that is, is not guessed.
 */
export function unitOutside(name: string | undefined, ctx: ReadContext, from: number): Mention | undefined {
  if (!name || ctx.knowledge.findDivisions(name).length > 0) return undefined;
  const named = ctx.knowledge.divisions.flatMap((d) => [d.name, ...d.aliases]);
  const bare = name.replace(/^[省市区县]/, '');
  if (named.some((n) => inOrder(bare, n) || inOrder(n.replace(/^[省市区县]/, ''), bare))) return undefined;
  return { from, to: from + name.length, division: { name, aliases: [], external: true } };
}
