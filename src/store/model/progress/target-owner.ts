import type { TargetsFile } from '../../schemas';
import type { TargetKind, TargetOwner } from '../../types';
import { samePlan } from '../settings/same-plan';

/** The division that answers for a goal or an indicator of the plan. */
export function targetOwner(
  targets: TargetsFile,
  kind: TargetKind,
  index: number,
  plan: string | undefined,
  legacyPlan: string,
): TargetOwner | undefined {
  return targets.owners.find(
    (o) => o.kind === kind && o.index === index && samePlan(o.plan, plan, legacyPlan),
  );
}
