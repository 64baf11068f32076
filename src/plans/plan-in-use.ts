import type { Store } from '../store';
import { currentPlan } from './current-plan';
import type { PlanEntry } from './plan-entry';
import type { PlanRegistry } from './plan-registry';
import { withDivisions } from './with-divisions';

// What a message is answered from: the plan it names, else the current one, with the bureau's divisions.

export interface PlanInUse {
  plan: PlanEntry;
  /** The current plan (which `plan` is, unless the message named another). */
  currentPlan: PlanEntry;
  planIsCurrent: boolean;
  knowledge: PlanEntry['knowledge'];
  search: ReturnType<PlanEntry['search']>;
}

// The knowledge with the bureau's divisions is rebuilt only when those settings change (they are replaced,
// never mutated, on every 处室 change).
const layered = new WeakMap<
  object,
  { divisions: unknown; renames: unknown; knowledge: PlanEntry['knowledge'] }
>();

export function planInUse(registry: PlanRegistry, store: Store, today: string, named?: PlanEntry): PlanInUse {
  const current = currentPlan(registry, store.planSettings(), today);
  const plan = named ?? current;
  const settings = store.divisionSettings();
  let cached = layered.get(plan.knowledge);
  if (!cached || cached.divisions !== settings.divisions || cached.renames !== settings.renames) {
    cached = { ...settings, knowledge: withDivisions(plan.knowledge, settings) };
    layered.set(plan.knowledge, cached);
  }
  return {
    plan,
    currentPlan: current,
    planIsCurrent: plan === current,
    knowledge: cached.knowledge,
    search: plan.search(),
  };
}
