import type { Task } from '../plan/model';
import { readRef } from '../understand/read-ref';
import { resolveRef } from '../understand/resolve-ref';
import type { CoreDeps } from './context';

/**
 * The task a command's option names (`任务:3.2`, `任务:（一）3`, `任务:第7项`, `任务:二(三)2`): the bot's id,
 * else any number the plan's own numbering gives it, read as questions read it; undefined when none or several.
 */
export function taskOfWord(word: string, deps: CoreDeps): Task | undefined {
  const byId = deps.knowledge.taskById(word);
  if (byId) return byId;
  const read = readRef(word);
  if (!read || read.rest || read.ref.kind === 'target') return undefined;
  const ref = resolveRef(read.ref, deps.plan.lexicon, deps.knowledge);
  return ref && 'task' in ref ? ref.task : undefined;
}
