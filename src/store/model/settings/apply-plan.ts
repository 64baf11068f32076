import type { JournalEvent, SettingsFile } from '../../schemas';

/** 方案 added (its file kept) and 启用 (the current plan from now on). */
export function applyPlan(
  settings: SettingsFile,
  event: Extract<JournalEvent, { type: 'plan.add' | 'plan.activate' }>,
): void {
  const id = event.data.id;
  if (event.type === 'plan.add') settings.plans = { ...settings.plans, [id]: { added: event.at } };
  else {
    settings.plans = { ...settings.plans, [id]: { ...settings.plans[id], activated: event.at } };
    settings.currentPlan = id;
  }
  settings.seq = event.seq;
}
