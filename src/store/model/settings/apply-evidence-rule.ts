import type { JournalEvent, SettingsFile } from '../../schemas';

/** 整改 设置 佐证: whether a member's close needs a file, for a division or (`*`) every division without its own. */
export function applyEvidenceRule(
  settings: SettingsFile,
  event: Extract<JournalEvent, { type: 'evidence.rule' }>,
  division: (name: string) => string,
): void {
  const key = event.data.division ? division(event.data.division) : '*';
  settings.evidence = { ...settings.evidence, [key]: event.data.required };
  settings.seq = event.seq;
}
