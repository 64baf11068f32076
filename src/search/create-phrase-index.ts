// Where a phrase stands verbatim in a plan, and how widely: the statistic that tells a question's
// distinctive words (教育, 公租房) from those found across much of the plan (审计, 资金, 项目). Items are
// counted by topic group — a goal and the indicators that restate it count once — so a topic the plan
// states three times in three forms is not mistaken for a common word.

export interface PhraseIndex {
  /** Items whose text holds the phrase verbatim (two characters or more), ascending. */
  itemsWith(phrase: string): readonly number[];
  /** How many topic groups hold the phrase. */
  groupsWith(phrase: string): number;
  /** Topic groups in the plan. */
  readonly groupCount: number;
}

const NONE: readonly number[] = [];
/** Phrases asked are user input: the caches are dropped when they grow past this many entries. */
const CACHE_LIMIT = 20_000;

/** `texts` are already normalised (half-width, lower case); `groups[i]` is item i's topic group. */
export function createPhraseIndex(texts: readonly string[], groups: readonly number[]): PhraseIndex {
  const postings = new Map<string, number[]>();
  texts.forEach((text, item) => {
    for (let i = 0; i + 1 < text.length; i += 1) {
      const pair = text.slice(i, i + 2);
      const list = postings.get(pair);
      if (!list) postings.set(pair, [item]);
      else if (list[list.length - 1] !== item) list.push(item);
    }
  });
  const groupCount = new Set(groups).size;
  const items = new Map<string, readonly number[]>();
  const spread = new Map<string, number>();

  function itemsWith(phrase: string): readonly number[] {
    if (phrase.length < 2) return NONE;
    const cached = items.get(phrase);
    if (cached) return cached;
    // The rarest pair of the phrase bounds where it can stand.
    let rarest: number[] | undefined;
    for (let i = 0; i + 1 < phrase.length; i += 1) {
      const list = postings.get(phrase.slice(i, i + 2));
      if (!list) {
        rarest = [];
        break;
      }
      if (!rarest || list.length < rarest.length) rarest = list;
    }
    const found =
      phrase.length === 2 ? (rarest ?? []) : (rarest ?? []).filter((i) => texts[i]!.includes(phrase));
    if (items.size >= CACHE_LIMIT) items.clear();
    items.set(phrase, found);
    return found;
  }

  function groupsWith(phrase: string): number {
    let n = spread.get(phrase);
    if (n === undefined) {
      n = new Set(itemsWith(phrase).map((i) => groups[i])).size;
      if (spread.size >= CACHE_LIMIT) spread.clear();
      spread.set(phrase, n);
    }
    return n;
  }

  return { itemsWith, groupsWith, groupCount };
}
