import type { PlanChoices } from './plan-choices';
import type { PlanEntry } from './plan-entry';

/**
 * Whether the store knows a plan: shipped ones always; an added one once its adding was recorded. A file
 * kept whose adding was cut short (the bot stopped in between) is recorded when it is added again.
 */
export function addingRecorded(entry: PlanEntry, choices: PlanChoices): boolean {
  return entry.source === 'shipped' || choices.plans[entry.id]?.added !== undefined;
}
