import type { PlanKnowledge } from '../plan/knowledge';
import type { Task } from '../plan/model';
import type { Lexicon } from './lexicon';
import { numberMark } from './number-mark';
import { readRef } from './read-ref';
import { resolveRef } from './resolve-ref';

// The number that reads back to a task in its plan: its short id, unless the plan's own numbering gives
// that number to another task (the bot's 8 of a later part, where the plan's item 8. is another) — then the
// plan's own number of it (`35`), else its clause (`三(二)`), whichever reads back to it.

const namesTask = (word: string, task: Task, lexicon: Lexicon, knowledge: PlanKnowledge): boolean => {
  const read = readRef(word);
  if (!read || read.rest) return false;
  const ref = resolveRef(read.ref, lexicon, knowledge);
  return ref !== undefined && 'task' in ref && ref.task.id === task.id;
};

export function askableId(task: Task, lexicon: Lexicon, knowledge: PlanKnowledge): string {
  if (!/^\d+$/.test(task.id) || namesTask(task.id, task, lexicon, knowledge)) return task.id;
  const mark = task.number ? numberMark(task.number) : undefined;
  // Its clause (`三(二)`) before a bare mark the plan repeats in every part (`（二）`).
  const own = mark ? [String(mark.value), task.clause, task.number as string] : [task.clause];
  return own.find((word) => namesTask(word, task, lexicon, knowledge)) ?? task.id;
}
