import { wordBounds } from '../text/word-bounds';
import type { Plan } from './model';
import { planTexts } from './plan-texts';

// People shorten a plan's term of two words to the first character of each (内部审计 → 内审, 经济责任 →
// 经责, 城市管理 → 城管). Such a short form stands for the term only where it can stand for one term alone and
// the plan never writes it as such — outside a unit's name (内审处 writes 内审 as a unit, not as a word).

interface Terms {
  /** Four-character runs of the plan's text by their first and third characters. */
  byInitials: Map<string, Set<string>>;
  /** The plan's text with the units' names blanked. */
  words: string;
}

const cache = new WeakMap<Plan, Terms>();

function termsOf(plan: Plan): Terms {
  let terms = cache.get(plan);
  if (terms) return terms;
  const text = planTexts(plan).join('\n');
  const byInitials = new Map<string, Set<string>>();
  for (const run of text.match(/\p{Script=Han}{4,}/gu) ?? []) {
    for (let i = 0; i + 4 <= run.length; i += 1) {
      const term = run.slice(i, i + 4);
      const key = `${term[0]}${term[2]}`;
      const set = byInitials.get(key) ?? new Set<string>();
      set.add(term);
      byInitials.set(key, set);
    }
  }
  const units = [
    ...new Set([
      ...plan.tasks.flatMap((t) => [...t.lead, ...t.support]),
      ...plan.measures.flatMap((m) => m.units),
    ]),
  ].sort((a, b) => b.length - a.length);
  const words = units.reduce((w, unit) => (unit.length >= 2 ? w.split(unit).join(' ') : w), text);
  terms = { byInitials, words };
  cache.set(plan, terms);
  return terms;
}

/** The one term of the plan a two-character short form abbreviates (`内审` → `内部审计`), if exactly one. */
export function termAbbreviated(short: string, plan: Plan): string | undefined {
  if (!/^\p{Script=Han}{2}$/u.test(short)) return undefined;
  const { byInitials, words } = termsOf(plan);
  if (words.includes(short)) return undefined;
  const terms = byInitials.get(short);
  const term = terms?.size === 1 ? [...terms][0] : undefined;
  if (!term) return undefined;
  // A word of its own (老人) abbreviates nothing; the term is two words of two characters (内部|审计, not 老年人|家).
  if (!wordBounds(short).has(1)) return undefined;
  const bounds = wordBounds(term);
  return bounds.size === 3 && bounds.has(2) ? term : undefined;
}
