import type { Mention } from './mentions-of';

/** The text with some mentions cut out (each replaced by a space). */
export function without(text: string, cut: readonly Mention[]): string {
  let out = text;
  for (const m of [...cut].sort((a, b) => b.from - a.from))
    out = `${out.slice(0, m.from)} ${out.slice(m.to)}`;
  return out;
}
