import { normaliseTaskId } from '../plan/build-knowledge';
import type { Task } from '../plan/model';
import { askableTaskId } from './askable-task-id';
import type { CoreDeps } from './context';

// How a task typed by its number was read, when that needs saying: a number in the plan's own numbering
// that is not the bot's short id of the same task (`任务:4` on a plan numbered 1. … 5. is its item 4., which
// the bot calls 2.2), and — when the bot's short id 4 is another task — which one that would have been.

export function taskReadNote(
  label: string,
  word: string,
  task: Task,
  deps: Pick<CoreDeps, 'plan' | 'knowledge'>,
): string | undefined {
  const { knowledge } = deps;
  const typed = word.replace(/\s+/g, '');
  const brackets = (t: string) => t.replace(/（/g, '(').replace(/）/g, ')');
  // The bot's short id or the clause it shows: nothing to say.
  if (normaliseTaskId(typed) === task.id || brackets(typed) === brackets(task.clause)) return undefined;
  // The number replies name it by (askableTaskId), typed as such: it reads back to it, nothing to say either.
  const id = askableTaskId(task, deps);
  if (normaliseTaskId(typed) === id) return undefined;
  const read = `${label}“${typed}”按方案原文的编号理解:${id} ${task.title}(${task.clause}${task.number ? `,原文编号 ${task.number}` : ''})`;
  const other = knowledge.taskById(typed);
  return other && other !== task
    ? `${read};本助手的编号 ${other.id} 是另一项「${other.title}」(${other.clause}),如指它请写 ${other.clause}`
    : read;
}
