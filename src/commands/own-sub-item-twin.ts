import type { Task } from '../plan/model';
import { resolveRef } from '../understand/resolve-ref';
import type { CoreDeps } from './context';

// `3.1` is the bot's short id of one task, and reads as the plan's own sub-item 3（1） too — on a plan whose
// items run 1. … 5. with (1)(2) under 3., that is another task (the bot's 3.1 is item 5.). Someone typing from
// the plan means 3（1）; someone typing from a reply of the bot means its 3.1. Read-only answers keep the bot's
// id (they show which task they answer); a command that writes must not guess (see write-target-choice.ts).

export interface OwnSubItemTwin {
  /** The task the plan's own numbering gives the number, read as item n, sub-item m. */
  own: Task;
  /** How the plan writes that number: `3（1）`. */
  ownWritten: string;
}

export function ownSubItemTwin(id: string, byId: Task, deps: Pick<CoreDeps, 'plan' | 'knowledge'>) {
  const m = /^(\d{1,2})\.(\d{1,2})$/.exec(id);
  if (!m) return undefined;
  const n = Number(m[1]);
  const sub = Number(m[2]);
  const written = `${n}（${sub}）`;
  const ref = resolveRef({ kind: 'sub', n, sub, written }, deps.plan.lexicon, deps.knowledge);
  const own = ref && 'task' in ref ? ref.task : undefined;
  return own && own.id !== byId.id ? ({ own, ownWritten: written } satisfies OwnSubItemTwin) : undefined;
}
