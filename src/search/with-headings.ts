import type { PhraseIndex } from './create-phrase-index';

// Phrases as found in the items' own text and in the headings the items sit under. A heading counts as one
// topic group — not one per task under it — and only when no task under it holds the phrase itself: a
// heading over three tasks no longer makes a word one task holds (托育 of 发展普惠托育服务 under 养老托育)
// look common, and a heading repeating its task's words (强化经济责任审计 over 统筹开展经济责任审计…) adds
// nothing.

export function withHeadings(
  own: PhraseIndex,
  headings: PhraseIndex,
  headingOf: readonly number[],
): PhraseIndex {
  const items = new Map<string, readonly number[]>();
  const spread = new Map<string, number>();
  return {
    groupCount: own.groupCount,
    itemsWith(phrase) {
      const cached = items.get(phrase);
      if (cached) return cached;
      const a = own.itemsWith(phrase);
      const b = headings.itemsWith(phrase);
      const found =
        b.length === 0 ? a : a.length === 0 ? b : [...new Set([...a, ...b])].sort((x, y) => x - y);
      if (items.size >= 20_000) items.clear();
      items.set(phrase, found);
      return found;
    },
    groupsWith(phrase) {
      const known = spread.get(phrase);
      if (known !== undefined) return known;
      const holders = own.itemsWith(phrase);
      const covered = new Set(holders.map((i) => headingOf[i]));
      const extra = new Set(
        headings
          .itemsWith(phrase)
          .map((i) => headingOf[i])
          .filter((h) => !covered.has(h)),
      );
      const n = own.groupsWith(phrase) + extra.size;
      if (spread.size >= 20_000) spread.clear();
      spread.set(phrase, n);
      return n;
    },
  };
}
