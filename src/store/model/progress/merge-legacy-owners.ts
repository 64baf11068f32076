import type { TargetsFile } from '../../schemas';
import { samePlan } from '../settings/same-plan';

/**
 * Owners assigned before the plan of records that name none was known: an assignment without a plan and one
 * naming `legacyPlan` are one target, and the later one stands (as it would have replaced the other).
 */
export function mergeLegacyOwners(targets: TargetsFile, legacyPlan: string): void {
  const kept: TargetsFile['owners'] = [];
  for (const owner of targets.owners) {
    const i = kept.findIndex(
      (o) => o.kind === owner.kind && o.index === owner.index && samePlan(o.plan, owner.plan, legacyPlan),
    );
    if (i < 0) kept.push(owner);
    else if (owner.at >= kept[i]!.at) kept[i] = owner;
  }
  targets.owners = kept;
}
