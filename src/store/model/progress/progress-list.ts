import { targetKey } from '../../target-key';
import type { ProgressQuery, ProgressUpdate } from '../../types';
import type { ProgressState } from './progress-state';

/** Progress updates, oldest first. */
export function progressList(
  progress: ProgressState,
  query: ProgressQuery,
  legacyPlan: string,
): ProgressUpdate[] {
  const base = query.target
    ? (progress.byTarget.get(targetKey(query.target, legacyPlan)) ?? [])
    : query.division
      ? (progress.byDivision.get(query.division) ?? [])
      : query.by
        ? (progress.byAuthor.get(query.by) ?? [])
        : progress.all;
  const from = query.from?.toISOString();
  const to = query.to?.toISOString();
  return base.filter(
    (u) =>
      (query.includeRetracted || !u.retracted) &&
      (!query.division || u.division === query.division) &&
      (!query.by || u.by === query.by) &&
      (!from || u.at >= from) &&
      (!to || u.at < to),
  );
}
