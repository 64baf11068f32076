import type { ImportContext } from '../../ledger-import/plan-ledger-import';
import type { CoreDeps } from '../context';

/** What the ledger import reads a workbook with: the store, the calendar, the bureau's divisions and the plan. */
export function importContextOf(deps: CoreDeps, now: Date): ImportContext {
  return {
    store: deps.store,
    timeZone: deps.timeZone,
    calendar: deps.calendar,
    now,
    resolveDivision(text) {
      const d = deps.knowledge.resolveDivision(text);
      return d && !d.external ? d.name : undefined;
    },
    resolveTask: (text) => deps.knowledge.taskById(text.replace(/^任务/, '').trim())?.id,
    plan: deps.plan.id,
  };
}
