import type { ProgressUpdate } from '../../types';

/** The latest update of the list that is not retracted. */
export function lastStanding(list: readonly ProgressUpdate[]): ProgressUpdate | undefined {
  for (let i = list.length - 1; i >= 0; i -= 1) if (!list[i]!.retracted) return list[i];
  return undefined;
}
