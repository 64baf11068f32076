import type { Plan } from './model';
import { planTexts } from './plan-texts';

// The plan's text as words a short form could be written among: every text a reader can ask about, the
// units' names blanked (内审处 writes 内审 as a unit, not as a word of the text).

const cache = new WeakMap<Plan, string>();

export function planWords(plan: Plan): string {
  let words = cache.get(plan);
  if (words !== undefined) return words;
  const units = [
    ...new Set([
      ...plan.tasks.flatMap((t) => [...t.lead, ...t.support]),
      ...plan.measures.flatMap((m) => m.units),
    ]),
  ].sort((a, b) => b.length - a.length);
  words = units.reduce(
    (w, unit) => (unit.length >= 2 ? w.split(unit).join(' ') : w),
    planTexts(plan).join('\n'),
  );
  cache.set(plan, words);
  return words;
}
