/** `ZG-2026-7` / `zg-2026-007` → `ZG-2026-007`; undefined when it is not an item id. */
export function normaliseItemId(text: string): string | undefined {
  const m = /^ZG-?(\d{4})-?(\d{1,})$/i.exec(text.trim());
  if (!m) return undefined;
  return `ZG-${m[1]}-${m[2]!.padStart(3, '0')}`;
}
