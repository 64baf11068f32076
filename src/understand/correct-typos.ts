import { paraphraseGroups } from '../search/paraphrase-groups';
import { wordBounds } from '../text/word-bounds';
import type { Lexicon } from './lexicon';
import type { Correction } from './reading';
import { soundOf } from './sound-of';
import { isQuestionWord } from './strip-question-words';

// A word the plan lacks holding one character that sounds like a character of the plan, so that a stretch of
// it becomes a word the plan has (审记 → 审计, 安居功程 → 安居工程, 东西部写作 → 东西部协作, 医联体审记 →
// 医联体审计) or a question word (谁来官 → 谁来管): a homophone typed on a pinyin keyboard. Read so only when
// exactly one such reading exists; the answer says how it was read.

const HAN_WORD = /^\p{Script=Han}{2,12}$/u;

let vocabulary: string[] | undefined;
const FIVE_YEAR_NAME = /十[一二三四五六七八九]五/g;
/**
 * Where a word of the field's general vocabulary (公积金, 医联体) or a five-year period's name stands in a typed
 * word: those characters are that word, not a typo of one the plan has (公积金 is no 公基金, though the plan
 * lacks it).
 */
function knownPositions(chars: readonly string[]): Set<number> {
  vocabulary ??= paraphraseGroups()
    .flat()
    .filter((w) => /^\p{Script=Han}{3,}$/u.test(w));
  const word = chars.join('');
  const known = new Set<number>();
  // A five-year period's name (十四五) is no typo of another that sounds alike (十十五 of 十五五).
  for (const m of word.matchAll(FIVE_YEAR_NAME)) for (let i = m.index; i < m.index + 3; i += 1) known.add(i);
  for (const w of vocabulary)
    for (let at = word.indexOf(w); at >= 0; at = word.indexOf(w, at + 1))
      for (let i = at; i < at + [...w].length; i += 1) known.add(i);
  return known;
}
/** The stretch around the changed character that must become a question word: two to four characters. */
const SPANS = [2, 3, 4];

/** The words of a text as the dictionary cuts it, as [start, end) spans of two characters or more. */
function wordSpans(text: string): [number, number][] {
  const bounds = [...wordBounds(text)].sort((a, b) => a - b);
  const spans: [number, number][] = [];
  for (let i = 1; i < bounds.length; i += 1)
    if (bounds[i]! - bounds[i - 1]! >= 2) spans.push([bounds[i - 1]!, bounds[i]!]);
  return spans;
}

/**
 * Whether the word a reading makes starts or ends inside a word as typed: 办公室设在 is no 办公司设在, as 公司
 * would cut 办公 apart. A typo stands in a word of its own (东西部写作 → 协作, 安居功程 → 工程).
 */
function cutsTypedWord(typed: readonly [number, number][], start: number, end: number): boolean {
  return typed.some(([a, b]) => (a < start && start < b) || (a < end && end < b));
}

function readingsOf(word: string, lexicon: Lexicon, spread: (phrase: string) => number): string[] {
  const found = new Set<string>();
  const chars = [...word];
  const unknown = (phrase: string) => !isQuestionWord(phrase) && spread(phrase) === 0;
  const known = knownPositions(chars);
  // The word as typed is segmented only once a reading gets as far as asking (most characters have none).
  let typedWords: [number, number][] | undefined;
  const typedWordsOf = () => {
    typedWords ??= wordSpans(word);
    return typedWords;
  };
  chars.forEach((typed, i) => {
    if (known.has(i)) return;
    // A character that forms a word of the plan with a neighbour as typed (机 of 机构) is no typo.
    const asTyped = [chars.slice(i - 1, i + 1).join(''), chars.slice(i, i + 2).join('')];
    if (asTyped.some((pair) => pair.length === 2 && i >= 0 && spread(pair) > 0)) return;
    for (const sound of soundOf(typed))
      for (const ch of lexicon.charsSounding(sound)) {
        if (ch === typed) continue;
        const changed = [...chars];
        changed[i] = ch;
        const read = changed.join('');
        // A question word (`来官` → `来管`): the stretch around the character becomes one.
        for (const span of SPANS)
          for (let from = Math.max(0, i - span + 1); from <= i && from + span <= chars.length; from += 1) {
            const after = changed.slice(from, from + span).join('');
            if (isQuestionWord(after) && unknown(chars.slice(from, from + span).join(''))) found.add(read);
          }
        // A word of the plan: the dictionary word the changed character now sits in is the plan's, and was
        // not before (农村公路 is no typo of 农村供水: 供 stands alone). Segmenting is costly: only where the
        // two characters around the change are the plan's at all.
        const pairs = [changed.slice(i - 1, i + 1).join(''), changed.slice(i, i + 2).join('')];
        if (!pairs.some((pair) => pair.length === 2 && spread(pair) > 0)) continue;
        const bounds = [...wordBounds(read)].sort((a, b) => a - b);
        const end = bounds.find((b) => b > i) ?? chars.length;
        const start = [...bounds].reverse().find((b) => b <= i) ?? 0;
        const after = changed.slice(start, end).join('');
        if (
          end - start >= 2 &&
          spread(after) > 0 &&
          unknown(chars.slice(start, end).join('')) &&
          !cutsTypedWord(typedWordsOf(), start, end)
        )
          found.add(read);
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
    const all = readingsOf(word, lexicon, spread);
    // Of several readings, the one the plan writes whole (公组房 → 公租房, not 公住房 of 住房) is the word.
    const whole = all.filter((r) => spread(r) > 0);
    const readings = all.length > 1 && whole.length === 1 ? whole : all;
    if (readings.length !== 1) continue;
    const read = readings[0] as string;
    text = text.replace(word, read);
    corrections.push({ typed: word, read });
  }
  return corrections.length > 0 ? { subject: text.replace(/\s+/g, ' ').trim(), corrections } : undefined;
}
