import type { SettingsFile } from '../../schemas';

/**
 * `from` goes by `to` from now on (into an existing division: a merge): earlier renames to `from` follow, and
 * the division list names it `to` (keeping its aliases) unless `to` is listed already.
 */
export function renameInSettings(settings: SettingsFile, from: string, to: string): void {
  const renames = { ...settings.renames };
  for (const [old, now] of Object.entries(renames)) if (now === from) renames[old] = to;
  renames[from] = to;
  delete renames[to];
  settings.renames = renames;
  const old = settings.divisions.find((d) => d.name === from);
  const listed = settings.divisions.some((d) => d.name === to);
  settings.divisions = settings.divisions
    .filter((d) => d.name !== from)
    .concat(old && !listed ? [{ name: to, aliases: old.aliases }] : []);
}
