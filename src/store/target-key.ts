import type { ProgressTarget } from './types';

/** One string per progress target, for indexes: `task:3.2`, `goal:3`, `indicator:5`. */
export function targetKey(target: ProgressTarget): string {
  return target.kind === 'task' ? `task:${target.id}` : `${target.kind}:${target.index}`;
}
