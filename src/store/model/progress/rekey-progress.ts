import { targetKey } from '../../target-key';
import { addToIndex } from './add-to-index';
import type { ProgressState } from './progress-state';

/** The index by target built again once the plan of records that name none is known (`legacyPlan`). */
export function rekeyProgress(progress: ProgressState, legacyPlan: string): void {
  progress.byTarget.clear();
  for (const update of progress.all)
    addToIndex(progress.byTarget, targetKey(update.target, legacyPlan), update);
}
