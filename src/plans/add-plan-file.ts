import { readFileSync } from 'node:fs';
import { readPlanFile } from '../plan/read-plan-file';
import { type Kept, keepPlan } from './keep-plan';
import type { PlanRegistry } from './plan-registry';

// Adding a plan from a file on disk (plan add FILE): read it whole first — an unreadable file, or one with
// no task, is refused and nothing is kept — then keep it (keepPlan). The same plan added again is found.

export async function addPlanFile(source: string, registry: PlanRegistry): Promise<Kept> {
  const text = await readPlanFile(source);
  return keepPlan({ name: source, bytes: readFileSync(source), text }, registry);
}
