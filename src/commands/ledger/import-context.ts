import type { ImportContext } from '../../ledger-import/plan-ledger-import';
import { readRef } from '../../understand/read-ref';
import { resolveRef } from '../../understand/resolve-ref';
import { enrollableUnit } from '../access';
import type { CoreDeps } from '../context';

/** What the ledger import reads a workbook with: the store, the calendar, the bureau's divisions and the plan. */
export function importContextOf(deps: CoreDeps, now: Date): ImportContext {
  return {
    store: deps.store,
    timeZone: deps.timeZone,
    calendar: deps.calendar,
    now,
    resolveDivision: (text) => enrollableUnit(text, deps)?.name,
    // As every command reads a task's number (the plan's own numbering first), so a 关联任务 the export wrote
    // (the number chat names the task by) reads back to its task.
    resolveTask: (text) => {
      const word = text.replace(/^任务/, '').trim();
      const read = readRef(word);
      const ref =
        read && !read.rest && read.ref.kind !== 'target'
          ? resolveRef(read.ref, deps.plan.lexicon, deps.knowledge)
          : undefined;
      return (ref && 'task' in ref ? ref.task : deps.knowledge.taskById(word))?.id;
    },
    plan: deps.plan.id,
  };
}
