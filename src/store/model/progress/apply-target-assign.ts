import type { JournalEvent, TargetsFile } from '../../schemas';
import { samePlan } from '../settings/same-plan';

/** Who answers for a goal or an indicator: the assignment replaces the one before on the same target. */
export function applyTargetAssign(
  targets: TargetsFile,
  event: Extract<JournalEvent, { type: 'target.assign' }>,
  division: string,
  legacyPlan: string,
): void {
  const { kind, index, plan } = event.data;
  const owner = { kind, index, ...(plan ? { plan } : {}), division, by: event.by, at: event.at };
  const i = targets.owners.findIndex(
    (o) => o.kind === kind && o.index === index && samePlan(o.plan, plan, legacyPlan),
  );
  if (i >= 0) targets.owners[i] = owner;
  else targets.owners.push(owner);
  targets.seq = event.seq;
}
