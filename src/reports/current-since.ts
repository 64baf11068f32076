import type { PlanKnowledge } from '../plan/knowledge';
import { calendarDay } from '../time/calendar-day';
import type { JobStore } from './report-deps';

/**
 * The day the report's plan became current: the day an admin made it current (方案 启用), else the first day
 * of its period. A task of a plan made current a week ago has not been silent for two weeks, whatever its
 * period says. Undefined when neither is known.
 */
export function currentSince(
  deps: { store: Pick<JobStore, 'planSettings'>; plan?: { id: string }; knowledge: PlanKnowledge },
  timeZone: string,
): string | undefined {
  const activated = deps.plan ? deps.store.planSettings().plans[deps.plan.id]?.activated : undefined;
  if (activated) return calendarDay(new Date(activated), timeZone);
  const from = deps.knowledge.plan.period?.from;
  return from === undefined ? undefined : `${from}-01-01`;
}
