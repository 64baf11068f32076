import { StoreError } from '../../store-errors';
import type { ProposedOf, Proposer } from '../proposed';
import type { ProgressState } from './progress-state';

/** 撤销: the update exists, stands, and is the proposer's own. */
export function checkRetract(
  progress: ProgressState,
  change: ProposedOf<'progress.retract'>,
  proposer: Proposer,
): void {
  const seq = change.data.seq;
  const update = progress.bySeq.get(seq);
  if (!update) throw new StoreError('update-not-found', { seq });
  if (update.retracted) throw new StoreError('update-retracted', { seq });
  if (update.by !== proposer.by) throw new StoreError('update-not-own', { seq });
}
