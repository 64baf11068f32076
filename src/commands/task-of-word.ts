import { type Reply, textReply } from '../reply/reply';
import type { CoreDeps } from './context';
import { resolveTarget } from './progress/progress-target';
import type { WriteOn } from './write-target-choice';

// A command's `任务:<编号>` slot, read as `进展 <编号>` and the by-number questions read a task: the plan's own
// numbering first (`4`, `第4项`, `3(2)`, `（八）`), then the bot's short ids and clauses, then words of a task.

export type TaskOfWord = { ok: true; id: string; readAs?: string } | { ok: false; reply: Reply };

/** `writing`: the command records on the task (a number naming two tasks is then asked, not guessed). */
export function taskOfWord(word: string, deps: CoreDeps, writing?: WriteOn): TaskOfWord {
  const resolved = resolveTarget(word.trim(), deps, true, writing);
  if (!resolved.ok) return resolved;
  if (resolved.target.kind !== 'task')
    return {
      ok: false,
      reply: textReply(`“${word}”是目标或指标,任务:后面请写任务编号,例如「任务:3.2」。`, 'orange'),
    };
  return { ok: true, id: resolved.target.id, ...(resolved.readAs ? { readAs: resolved.readAs } : {}) };
}
