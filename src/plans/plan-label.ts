import { shortPlanName } from '../plan/short-plan-name';
import type { PlanEntry } from './plan-entry';

/** A plan by its id and the name its title gives it: `2023-2(河南省2023年重点工作)`. */
export function planLabel(e: PlanEntry): string {
  const name = shortPlanName(e.title, e.period);
  return name && name !== e.id ? `${e.id}(${name})` : e.id;
}
