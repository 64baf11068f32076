import type { Store } from '../store';
import { currentPlan } from './current-plan';
import type { PlanEntry } from './plan-entry';
import type { PlanRegistry } from './plan-registry';
import { planScopedStore } from './plan-scoped-store';
import { withDivisions } from './with-divisions';

// What a message is answered from: the plan it names, else the current one, with the bureau's divisions.

export interface PlanInUse {
  /** The store scoped to `plan`: progress targets, owners and task links are that plan's. */
  store: Store;
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
  { divisions: unknown; renames: unknown; plans: number; knowledge: PlanEntry['knowledge'] }
>();

export function planInUse(registry: PlanRegistry, store: Store, today: string, named?: PlanEntry): PlanInUse {
  const current = currentPlan(registry, store.planSettings(), today);
  const plan = named ?? current;
  const settings = store.divisionSettings();
  const all = registry.list();
  let cached = layered.get(plan.knowledge);
  if (
    !cached ||
    cached.divisions !== settings.divisions ||
    cached.renames !== settings.renames ||
    cached.plans !== all.length
  ) {
    const others = all.filter((e) => e !== plan).flatMap((e) => e.knowledge.divisions);
    cached = { ...settings, plans: all.length, knowledge: withDivisions(plan.knowledge, settings, others) };
    layered.set(plan.knowledge, cached);
  }
  return {
    store: planScopedStore(store, plan.id, registry.legacy.id),
    plan,
    currentPlan: current,
    planIsCurrent: plan === current,
    knowledge: cached.knowledge,
    search: plan.search(),
  };
}
