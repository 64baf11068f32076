import type { JournalEvent, SettingsFile } from '../../schemas';

/** 处室 添加: a division of the bureau, with the other names it goes by (again: its aliases change). */
export function applyDivisionAdd(
  settings: SettingsFile,
  event: Extract<JournalEvent, { type: 'division.add' }>,
): void {
  settings.divisions = [
    ...settings.divisions.filter((d) => d.name !== event.data.name),
    { name: event.data.name, aliases: event.data.aliases },
  ];
  settings.seq = event.seq;
}
