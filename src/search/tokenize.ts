// Tokenizers for Chinese text. Chinese has no spaces, so a tokenizer decides what a "term" is; the
// comparison in test/search/tokenizer-comparison.test.ts picked the default (see createPlanSearch).

/** Splits text into lower-case search terms. Must accept any string and never throw. */
export type Tokenizer = (text: string) => string[];

// A Han run, or a run of other letters/digits (Latin, digits, kana …). Anything else separates terms.
const RUNS = /\p{Script=Han}+|[\p{L}\p{N}]+/gu;
const HAN = /^\p{Script=Han}/u;

/** Overlapping character pairs of each Han run (a single character for a one-character run); other runs whole. */
export function tokenizeBigrams(text: string): string[] {
  const terms: string[] = [];
  for (const [run] of text.toLowerCase().matchAll(RUNS)) {
    if (!HAN.test(run)) {
      terms.push(run);
      continue;
    }
    const chars = Array.from(run);
    if (chars.length === 1) terms.push(run);
    for (let i = 0; i + 1 < chars.length; i += 1) terms.push(chars[i]! + chars[i + 1]!);
  }
  return terms;
}

let segmenter: Intl.Segmenter | undefined;

/** Words as ICU's dictionary segmenter sees them (`Intl.Segmenter('zh', {granularity: 'word'})`). */
export function tokenizeWords(text: string): string[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const terms: string[] = [];
  for (const part of segmenter.segment(text.toLowerCase())) if (part.isWordLike) terms.push(part.segment);
  return terms;
}

/**
 * Both: bigrams for recall where the dictionary splits a name apart (`文|创`), dictionary words for
 * precision. One-character words stay: dropping them lost 2 top-1 answers in the comparison.
 */
export function tokenizeBigramsAndWords(text: string): string[] {
  return [...tokenizeBigrams(text), ...tokenizeWords(text)];
}
