import { CHINESE_DIGITS } from './chinese-digits';

// A Chinese numeral just before one Latin letter is a term's digit (`五g基站`, `三D打印`, `四k`): people type the
// numeral the plan writes as a figure (5G). Only a single letter: `统一GDP` holds a word, not a term.
const TERM = /([一二三四五六七八九])([a-zA-Z])(?![a-zA-Z])/g;

export function numeralInTerm(text: string): string {
  return text.replace(
    TERM,
    (_, digit: string, letter: string) => `${CHINESE_DIGITS[digit]}${letter.toUpperCase()}`,
  );
}
