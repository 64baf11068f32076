import { demoHistory, demoPlanOf } from '../src/cli/demo-history';
import { loadPlan } from '../src/plan/load-plan';
import type { JournalEvent } from '../src/store/schemas';

/** The benches' five years of history ending at `end`: 50,000 progress updates and 5,000 ledger items. */
export function fiveYearHistory(end: Date): JournalEvent[] {
  return demoHistory({
    plan: demoPlanOf(loadPlan().knowledge),
    updates: 50_000,
    rectifications: 5_000,
    end,
    firstSeq: 1,
    nextItemNumber: () => 1,
  });
}
