import { wordBounds } from './word-bounds';

/** A run's dictionary words, a lone character joined to the word before it (保障|性 is 保障性). */
export function wordsOf(run: string): string[] {
  const cuts = [...wordBounds(run)].sort((a, b) => a - b);
  const words: string[] = [];
  for (let i = 1; i < cuts.length; i += 1) {
    const word = run.slice(cuts[i - 1], cuts[i]);
    if (word.length === 1 && words.length > 0) words[words.length - 1] += word;
    else words.push(word);
  }
  return words;
}
