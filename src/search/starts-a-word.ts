import { wordBounds } from '../text/word-bounds';

/**
 * Whether `phrase` stands in `text` somewhere starting where a word of the text starts: 保审计 of 确保审计 does
 * not (保 ends 确保). Each place is judged by the dictionary's words of a few characters around it.
 */
export function startsAWord(text: string, phrase: string): boolean {
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    const from = Math.max(0, at - 4);
    if (wordBounds(text.slice(from, at + phrase.length)).has(at - from)) return true;
  }
  return false;
}
