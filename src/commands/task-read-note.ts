import { normaliseTaskId } from '../plan/build-knowledge';
import type { PlanKnowledge } from '../plan/knowledge';
import type { Task } from '../plan/model';

// How a task typed by its number was read, when that needs saying: a number in the plan's own numbering
// that is not the bot's short id of the same task (`任务:4` on a plan numbered 1. … 5. is its item 4., which
// the bot calls 2.2), and — when the bot's short id 4 is another task — which one that would have been.

export function taskReadNote(
  label: string,
  word: string,
  task: Task,
  knowledge: PlanKnowledge,
): string | undefined {
  const typed = word.replace(/\s+/g, '');
  const brackets = (t: string) => t.replace(/（/g, '(').replace(/）/g, ')');
  // The bot's short id or the clause it shows: nothing to say.
  if (normaliseTaskId(typed) === task.id || brackets(typed) === brackets(task.clause)) return undefined;
  const read = `${label}“${typed}”按方案原文的编号理解:${task.id} ${task.title}(${task.clause}${task.number ? `,原文编号 ${task.number}` : ''})`;
  const other = knowledge.taskById(typed);
  return other && other !== task
    ? `${read};本助手的编号 ${other.id} 是另一项「${other.title}」(${other.clause}),如指它请写 ${other.clause}`
    : read;
}
