import type { PlanChoices } from './plan-choices';
import type { PlanEntry } from './plan-entry';
import type { PlanRegistry } from './plan-registry';

// The plan questions and records use: the one an admin made current (方案 启用), else — among plans not
// waiting for 方案 启用 — the one whose period covers today (the longest when several do: a five-year plan
// before an annual one), else the latest.

/**
 * A plan added by plan add or in chat waits for an admin's 方案 启用 before it can become current — also one
 * whose adding was cut short before it was recorded (its file kept, the store not told): only 启用 counts.
 */
export function isPending(entry: PlanEntry, choices: PlanChoices): boolean {
  const state = choices.plans[entry.id];
  return entry.source === 'added' && state?.activated === undefined;
}

export function currentPlan(registry: PlanRegistry, choices: PlanChoices, today: string): PlanEntry {
  const chosen = choices.current ? registry.byId(choices.current) : undefined;
  if (chosen) return chosen;
  const year = Number(today.slice(0, 4));
  const candidates = registry.list().filter((e) => !isPending(e, choices));
  const covering = candidates
    .filter((e) => e.period && e.period.from <= year && year <= e.period.to)
    .sort((a, b) => b.period!.to - b.period!.from - (a.period!.to - a.period!.from));
  if (covering[0]) return covering[0];
  const latest = [...candidates].sort((a, b) => (b.period?.to ?? 0) - (a.period?.to ?? 0))[0];
  return latest ?? registry.legacy;
}
