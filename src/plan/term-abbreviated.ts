import { wordBounds } from '../text/word-bounds';
import { wordsOf } from '../text/words-of';
import type { Plan } from './model';
import { planTexts } from './plan-texts';
import { planWords } from './plan-words';

// People shorten a plan's term of two words to the first character of each (内部审计 → 内审, 经济责任 →
// 经责, 城市管理 → 城管). Such a short form stands for the term only where it can stand for one term alone and
// the plan never writes it as such — outside a unit's name (内审处 writes 内审 as a unit, not as a word).

interface Terms {
  /** Four-character runs of the plan's text by their first and third characters. */
  byInitials: Map<string, Set<string>>;
  /** Terms of three or four words (保障性|租赁|住房) by the short forms of three characters they give (保租房). */
  byThree: Map<string, Set<string>>;
  /** The plan's text with the units' names blanked. */
  words: string;
}

const cache = new WeakMap<Plan, Terms>();

/** How a government body's name ends (`委员会`, `局`, `厅`, `委`, `办`). */
const BODY_NAME = /(?:委员会|[局厅委办])$/;

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
  const words = planWords(plan);
  terms = { byInitials, byThree: threeCharForms(words), words };
  cache.set(plan, terms);
  return terms;
}

/**
 * A term of three or four words is said by three characters: its first word's first, a middle word's first,
 * and one of its last word's (保障性租赁住房 → 保租房; 城乡 of 住房城乡建设 may stay out).
 */
function threeCharForms(text: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const run of text.match(/\p{Script=Han}{5,}/gu) ?? []) {
    const words = wordsOf(run);
    for (let s = 0; s < words.length; s += 1) {
      for (let e = s + 2; e <= s + 3 && e < words.length; e += 1) {
        const term = words.slice(s, e + 1).join('');
        if (term.length > 9 || words.slice(s, e + 1).some((w) => w.length < 2)) continue;
        for (const middle of words.slice(s + 1, e)) {
          for (const last of new Set(words[e]!)) {
            const short = `${words[s]![0]}${middle[0]}${last}`;
            const set = out.get(short) ?? new Set<string>();
            set.add(term);
            out.set(short, set);
          }
        }
      }
    }
  }
  return out;
}

/** The one term of the plan a two-character short form abbreviates (`内审` → `内部审计`), if exactly one. */
export function termAbbreviated(short: string, plan: Plan): string | undefined {
  if (!/^\p{Script=Han}{2,3}$/u.test(short)) return undefined;
  const { byInitials, byThree, words } = termsOf(plan);
  // A short form the plan writes as such abbreviates nothing; the plan's whole text is searched for it only
  // once the maps hold a term it could stand for (most pairs of a question have none).
  if (short.length === 3) {
    // Three characters that are no word of their own (保|租|房), standing for one term of the plan alone. A
    // body's name the text writes outside the notes (the issuer's 发展和改革委员会) is no term: 发改委 is the
    // body's short form, the unit the notes name 省发展改革委.
    const terms = byThree.get(short);
    const term = terms?.size === 1 && wordBounds(short).size === 4 ? [...terms][0] : undefined;
    return term && !BODY_NAME.test(term) && !words.includes(short) ? term : undefined;
  }
  const terms = byInitials.get(short);
  const term = terms?.size === 1 ? [...terms][0] : undefined;
  if (!term || words.includes(short)) return undefined;
  // A word of its own (老人) abbreviates nothing; the term is two words of two characters (内部|审计, not 老年人|家).
  if (!wordBounds(short).has(1)) return undefined;
  const bounds = wordBounds(term);
  return bounds.size === 3 && bounds.has(2) ? term : undefined;
}
