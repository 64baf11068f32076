import type { Task } from '../plan/model';
import { askableId } from '../understand/askable-id';
import type { CoreDeps } from './context';

// The number a reply tells people to send for a task (see understand/askable-id.ts): a reply must never
// name a task by another task's number; every reply that names a task for the user takes it from here.

export function askableTaskId(task: Task, deps: Pick<CoreDeps, 'plan' | 'knowledge'>): string {
  return askableId(task, deps.plan.lexicon, deps.knowledge);
}
