import { leaderNames } from '../plan/leader-names';
import { ASKS_OWNS } from './grammar';
import type { ReadContext } from './reading';

/**
 * `毛晓青分管哪几项`, `张学伟负责什么`: a person the plan names as a task's leader (责任领导), asked what they
 * have. Only a name the plan writes in a leader cell counts; the rest must ask what is owned.
 */
export function leaderAsked(text: string, ctx: ReadContext): string | undefined {
  const names = new Set(ctx.knowledge.plan.tasks.flatMap((t) => leaderNames(t)));
  const found = [...names].filter((n) => text.includes(n));
  if (found.length !== 1) return undefined;
  const name = found[0] as string;
  const rest = text.replace(name, ' ');
  return ASKS_OWNS.test(rest) ? name : undefined;
}
