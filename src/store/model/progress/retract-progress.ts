import type { ProgressUpdate } from '../../types';
import { ReplayError } from '../replay-error';
import type { ProgressState } from './progress-state';

/** Record `seq` (at `at`) takes back update `updateSeq`. */
export function retractProgress(
  progress: ProgressState,
  seq: number,
  at: string,
  updateSeq: number,
): ProgressUpdate {
  const update = progress.bySeq.get(updateSeq);
  if (!update) throw new ReplayError(seq, 'progress.retract', `no progress update ${updateSeq}`);
  update.retracted = { seq, at };
  return update;
}
