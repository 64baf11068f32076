import type { Division } from '../../plan/knowledge';

export interface Mention {
  from: number;
  to: number;
  division: Division;
}

/** The level of government typed before a unit's name (`区财政局`, `市审计局`). */
const LEVEL = /[省市区县]/;

/** Where the text names divisions, longest name first, without overlaps, in order. */
export function mentionsOf(text: string, divisions: readonly Division[]): Mention[] {
  const names = divisions
    .flatMap((division) => [division.name, ...division.aliases].map((name) => ({ name, division })))
    .sort((a, b) => b.name.length - a.name.length);
  const taken = new Uint8Array(text.length);
  const out: Mention[] = [];
  for (const { name, division } of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      if (taken.subarray(at, at + name.length).some((x) => x === 1)) continue;
      // `归区财政局` for the plan's 财政局: the level typed before a unit's name is part of how it is said.
      const from = at > 0 && LEVEL.test(text[at - 1] as string) && !taken[at - 1] ? at - 1 : at;
      taken.fill(1, from, at + name.length);
      out.push({ from, to: at + name.length, division });
    }
  }
  return out.sort((a, b) => a.from - b.from);
}
