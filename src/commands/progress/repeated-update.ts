import type { ProgressTarget, ProgressUpdate, Store } from '../../store';
import { sameTextKey } from '../../store';

/** A message sent again (a resend, a second tap) within this many minutes records nothing new. */
export const REPEAT_MINUTES = 10;

/**
 * The update the same person recorded on the same target with the same text (spaces and final punctuation
 * aside) in the last 10 minutes, if any: sending it again is a repeat, not a second piece of progress.
 */
export function repeatedUpdate(
  store: Pick<Store, 'progress'>,
  by: string,
  target: ProgressTarget,
  text: string,
  at: Date,
): ProgressUpdate | undefined {
  const key = sameTextKey(text);
  const from = new Date(at.getTime() - REPEAT_MINUTES * 60_000);
  return store
    .progress({ target, by, from, to: new Date(at.getTime() + 1) })
    .findLast((u) => sameTextKey(u.text) === key);
}
