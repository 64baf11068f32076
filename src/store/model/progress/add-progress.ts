import { targetKey } from '../../target-key';
import type { ProgressUpdate } from '../../types';
import { addToIndex } from './add-to-index';
import type { ProgressState } from './progress-state';

/** Adds an update and indexes it (by target — an absent plan is `legacyPlan` —, division and author). */
export function addProgress(progress: ProgressState, update: ProgressUpdate, legacyPlan: string): void {
  progress.all.push(update);
  progress.bySeq.set(update.seq, update);
  addToIndex(progress.byTarget, targetKey(update.target, legacyPlan), update);
  addToIndex(progress.byDivision, update.division, update);
  addToIndex(progress.byAuthor, update.by, update);
}
