import { addToIndex } from './add-to-index';
import type { ProgressState } from './progress-state';

/** Updates recorded under division `from` are reached under `to` from now on (a rename or a merge). */
export function moveDivision(progress: ProgressState, from: string, to: string): void {
  const moved = progress.byDivision.get(from) ?? [];
  for (const u of moved) u.division = to;
  if (moved.length === 0) return;
  progress.byDivision.delete(from);
  for (const u of moved) addToIndex(progress.byDivision, to, u);
  progress.byDivision.get(to)?.sort((a, b) => a.seq - b.seq);
}
