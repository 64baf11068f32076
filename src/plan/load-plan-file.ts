import type { Plan } from './model';
import { parsePlan } from './parse-plan';
import { PlanFileError } from './plan-file-error';
import { readPlanFile } from './read-plan-file';

// A plan file read and parsed. A text that yields no task is refused like an unreadable file: a plan
// with nothing to answer for must never look loaded.

export async function loadPlanFile(path: string): Promise<Plan> {
  const plan = parsePlan(await readPlanFile(path));
  if (plan.tasks.length === 0) throw new PlanFileError('no-tasks', path);
  return plan;
}
