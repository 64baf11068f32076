import type { Task } from '../plan/model';
import { numberMark } from '../understand/number-mark';
import { readRef } from '../understand/read-ref';
import { resolveRef } from '../understand/resolve-ref';
import type { CoreDeps } from './context';

// The number a reply tells people to send for a task: its short id, unless the plan's own numbering gives
// that number to another task (the bot's 8 of a later part, where the plan's item 8. is another) — then the
// plan's own number of it (`35`), else its clause (`三(二)`), whichever reads back to it. A reply must never
// name a task by another task's number; every reply that names a task for the user takes it from here.

const namesTask = (word: string, task: Task, deps: Pick<CoreDeps, 'plan' | 'knowledge'>): boolean => {
  const read = readRef(word);
  if (!read || read.rest) return false;
  const ref = resolveRef(read.ref, deps.plan.lexicon, deps.knowledge);
  return ref !== undefined && 'task' in ref && ref.task.id === task.id;
};

export function askableTaskId(task: Task, deps: Pick<CoreDeps, 'plan' | 'knowledge'>): string {
  if (!/^\d+$/.test(task.id) || namesTask(task.id, task, deps)) return task.id;
  const mark = task.number ? numberMark(task.number) : undefined;
  // Its clause (`三(二)`) before a bare mark the plan repeats in every part (`（二）`).
  const own = mark ? [String(mark.value), task.clause, task.number as string] : [task.clause];
  return own.find((word) => namesTask(word, task, deps)) ?? task.id;
}
