import { ASKS_CONTENT, ASKS_SUPPORT, ASKS_TIME, ASKS_UNDER, ASKS_WHO, FINISHING } from '../grammar';
import { stripQuestionWords } from '../strip-question-words';

/** The text once the reference's own asking words are cut: empty when only asking is left. */
export function leftOver(rest: string): string {
  // `3.1什么时候完成`: the time asked and the finishing verb asked with it, before 什么 is cut alone.
  const timed = ASKS_TIME.test(rest)
    ? rest.replace(new RegExp(ASKS_TIME.source, 'g'), ' ').replace(FINISHING, ' ')
    : rest;
  const asking = stripQuestionWords(timed)
    .replace(new RegExp(ASKS_CONTENT.source, 'g'), ' ')
    .replace(new RegExp(ASKS_SUPPORT.source, 'g'), ' ')
    .replace(new RegExp(ASKS_WHO.source, 'g'), ' ')
    .replace(new RegExp(ASKS_UNDER.source, 'g'), ' ');
  return stripQuestionWords(asking).trim();
}
