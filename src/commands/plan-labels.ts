import type { PlanLabels } from '../reports/target-label';
import { askableTaskId } from './askable-task-id';
import type { CoreDeps } from './context';

/** How this message's replies name records: by their own plan, saying which when it is not the current one. */
export function planLabels(deps: Pick<CoreDeps, 'currentPlan' | 'plans'>): PlanLabels {
  return {
    current: deps.currentPlan,
    plans: deps.plans,
    // A task by the number that reads back to it on its own plan, as cards and hints name it.
    taskNumber: (task, planId) => {
      const entry = planId === deps.currentPlan.id ? deps.currentPlan : deps.plans.byId(planId);
      return entry ? askableTaskId(task, { plan: entry, knowledge: entry.knowledge }) : task.id;
    },
  };
}

/**
 * A task as a message on the current plan writes it: `3.2`, or on another plan `2021-2025/3.2`; a short id
 * the plan's own numbering gives to another task is written as the plan's number of this one.
 */
export function taskRef(
  taskId: string,
  deps: Pick<CoreDeps, 'plan' | 'planIsCurrent' | 'knowledge'>,
): string {
  const task = deps.knowledge.taskById(taskId);
  const id = task ? askableTaskId(task, deps) : taskId;
  return deps.planIsCurrent ? id : `${deps.plan.id}/${id}`;
}
