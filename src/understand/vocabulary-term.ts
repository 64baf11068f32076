import type { Plan } from '../plan/model';
import { planWords } from '../plan/plan-words';
import { paraphraseGroups } from '../search/paraphrase-groups';
import { toHalfWidth } from '../text/normalise';
import { wordsOf } from '../text/words-of';

// A short form people use that is also a word of the dictionary (社工, 环保) cannot be told from an everyday word
// by its shape: the first characters of 主要|任务 make 主任, of 工作|人才 工人. The field's vocabulary
// (paraphrases.json) says which such words are short forms; one stands for the plan's term when it is made of
// that term's words' first characters (社工 of 社会|工作, 社零 of 社会|消费品|零售|总额, 固投 of 固定|资产|投资),
// the plan writes that term and never the short form, and no other term of the vocabulary's it writes could
// be meant. A synonym that is no short form (物价 for 居民消费价格) stays a paraphrase the search weighs.

/** `short` is made of the first characters of the term's words, its first the term's first, in order. */
function madeOfInitials(short: string, term: string): boolean {
  const words = wordsOf(term);
  const chars = [...short];
  if (chars.length < 2 || words[0]?.[0] !== chars[0]) return false;
  let w = 1;
  for (const ch of chars.slice(1)) {
    while (w < words.length && words[w]![0] !== ch) w += 1;
    if (w >= words.length) return false;
    w += 1;
  }
  return true;
}

// Both are asked for every two or three characters of a question: the groups by their words and the plan's
// words normalised are built once (per plan), not again for each.
let groupsByWord: Map<string, string[][]> | undefined;
const normalisedWords = new WeakMap<Plan, string>();

function groupsHolding(word: string): readonly string[][] {
  if (!groupsByWord) {
    groupsByWord = new Map();
    for (const group of paraphraseGroups())
      for (const w of new Set(group)) {
        const list = groupsByWord.get(w);
        if (list) list.push(group);
        else groupsByWord.set(w, [group]);
      }
  }
  return groupsByWord.get(word) ?? [];
}

function wordsOfPlan(plan: Plan): string {
  let words = normalisedWords.get(plan);
  if (words === undefined) {
    words = toHalfWidth(planWords(plan)).toLowerCase();
    normalisedWords.set(plan, words);
  }
  return words;
}

/** The plan's term a short form of the field's vocabulary stands for (`社工` → `社会工作`), if one alone. */
export function vocabularyTerm(short: string, plan: Plan): string | undefined {
  const groups = groupsHolding(short);
  if (groups.length === 0) return undefined;
  const words = wordsOfPlan(plan);
  if (words.includes(short)) return undefined;
  const terms = groups.flatMap((group) =>
    group.filter((w) => w !== short && words.includes(w) && madeOfInitials(short, w)),
  );
  // 社会工作 and 社会工作者 both written: the one the other holds is the term.
  const term = [...new Set(terms)].sort((a, b) => a.length - b.length)[0];
  return term && terms.every((t) => t.includes(term)) ? term : undefined;
}
