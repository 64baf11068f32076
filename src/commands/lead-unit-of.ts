import type { ProgressTarget } from '../store/types';
import type { CoreDeps } from './context';

/**
 * The unit that leads a task as the plan names it — a bureau division or an outside body (`市建设局`) —
 * under the name the plan's registry knows it by; undefined for a goal, an indicator or a task with no lead.
 * What an administrator records on a task led by an outside body is filed under that body.
 */
export function leadUnitOf(target: ProgressTarget, deps: CoreDeps): string | undefined {
  if (target.kind !== 'task') return undefined;
  const lead = deps.knowledge.taskById(target.id)?.lead[0];
  return lead ? (deps.knowledge.resolveDivision(lead)?.name ?? lead) : undefined;
}
