import type { PlanKnowledge } from '../plan/knowledge';

/** Sorts division names in the plan's order (unknown ones after, by name), so messages come in a stable order. */
export function divisionOrder(knowledge: PlanKnowledge): (a: string, b: string) => number {
  const rank = new Map(knowledge.divisions.map((d, i) => [d.name, i]));
  return (a, b) => (rank.get(a) ?? 999) - (rank.get(b) ?? 999) || a.localeCompare(b, 'zh');
}
