import { correctTypos } from '../correct-typos';
import { leftOver } from './left-over';
import { ONLY_ASKING } from './only-asking';
import type { RefContext } from './ref-context';

/**
 * The words after a number with a typo of a question word read as that word (`3.2谁牵投`: 牵头), when a
 * search is at hand to tell the plan's words; else as typed.
 */
export function askingTyposRead(rest: string, ctx: RefContext): string {
  const left = leftOver(rest);
  if (!ctx.search || ONLY_ASKING.test(left)) return rest;
  const corrected = correctTypos(left, left.split(/\s+/), ctx.lexicon, ctx.search.spread);
  if (!corrected) return rest;
  let out = rest;
  for (const { typed, read } of corrected.corrections) out = out.replace(typed, read);
  return out;
}
