import type { Lexicon } from './lexicon';
import type { Correction } from './reading';
import { soundOf } from './sound-of';
import { isQuestionWord } from './strip-question-words';

// A word the plan lacks that is one character away from a word it has, that character sounding the same
// (审记 → 审计, 安居功程 → 安居工程, 东西部写作 → 东西部协作), or from a question word (谁来官 → 谁来管): a
// homophone typed on a pinyin keyboard. Read as that word only when exactly one such word exists; the
// answer says how it was read.

const HAN_WORD = /^\p{Script=Han}{2,8}$/u;

function readingsOf(word: string, lexicon: Lexicon, spread: (phrase: string) => number): string[] {
  const found = new Set<string>();
  [...word].forEach((typed, i) => {
    for (const sound of soundOf(typed))
      for (const ch of lexicon.charsSounding(sound)) {
        if (ch === typed) continue;
        const candidate = `${word.slice(0, i)}${ch}${word.slice(i + 1)}`;
        if (isQuestionWord(candidate) || spread(candidate) > 0) found.add(candidate);
      }
  });
  return [...found];
}

/** The subject with its typos read as the plan's (or the question's) words, or undefined when none is. */
export function correctTypos(
  subject: string,
  unknown: readonly string[],
  lexicon: Lexicon,
  spread: (phrase: string) => number,
): { subject: string; corrections: Correction[] } | undefined {
  let text = subject;
  const corrections: Correction[] = [];
  for (const word of unknown) {
    if (!HAN_WORD.test(word)) continue;
    const readings = readingsOf(word, lexicon, spread);
    if (readings.length !== 1) continue;
    const read = readings[0] as string;
    text = text.replace(word, isQuestionWord(read) ? ' ' : read);
    corrections.push({ typed: word, read });
  }
  return corrections.length > 0 ? { subject: text.replace(/\s+/g, ' ').trim(), corrections } : undefined;
}
