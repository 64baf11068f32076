import type { ProgressTarget } from './types';

/**
 * One string per progress target, for indexes: `2021-2025|task:3.2`, `2026-2030|goal:3`. A target without a
 * plan (a record made before plans were told apart) belongs to `legacyPlan`.
 */
export function targetKey(target: ProgressTarget, legacyPlan = ''): string {
  const plan = target.plan ?? legacyPlan;
  return `${plan}|${target.kind === 'task' ? `task:${target.id}` : `${target.kind}:${target.index}`}`;
}
