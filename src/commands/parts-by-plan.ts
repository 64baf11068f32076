import type { PlanKnowledge } from '../plan/knowledge';
import { namedPlan } from '../plans/named-plan';
import type { PlanEntry } from '../plans/plan-entry';
import type { PlanRegistry } from '../plans/plan-registry';
import { splitParts } from '../understand/split-parts';

/**
 * `惠企政策谁牵头，旧方案的国资国企改革呢`: a plan named in a later question of a message applies from that
 * question on, not to the ones before it (a plan named in the first applies to the whole message). Each
 * question with the plan it is asked of, the earlier ones of none named; undefined where no later question
 * names a plan.
 */
export function partsByPlan(
  text: string,
  knowledge: PlanKnowledge,
  plans: PlanRegistry,
  current: PlanEntry,
): { text: string; entry?: PlanEntry }[] | undefined {
  const parts = splitParts(text, knowledge);
  if (parts.length < 2 || namedPlan(parts[0] as string, plans, current)) return undefined;
  const at = parts.findIndex((p) => namedPlan(p, plans, current));
  if (at < 1) return undefined;
  const entry = namedPlan(parts[at] as string, plans, current)?.entry;
  return parts.map((p, i) => (i <= at || !entry ? { text: p } : { text: p, entry }));
}
