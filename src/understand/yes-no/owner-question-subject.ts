import { ASKS_PART, ASKS_YES_NO, OR, STILL } from '../grammar';
import type { Mention } from '../units/mentions-of';
import { without } from '../units/without';

/** Words of a verdict or of asking who, where a word ends (`稳岗返还是…` keeps 返还). */
const VERDICT_WORDS = new RegExp(
  `(?:是|由|归|属于|的|负责|牵头|管|配合|来|在|有|也|${STILL}|都)+(?=\\s|$)`,
  'g',
);

/** The subject of a yes/no or either/or question: the units asked about, verdict words and question words cut. */
export function ownerQuestionSubject(text: string, asked: readonly Mention[]): string {
  return without(text, asked)
    .replace(new RegExp(`${OR.source}|${ASKS_YES_NO.source}|${ASKS_PART.source}`, 'g'), ' ')
    .replace(VERDICT_WORDS, ' ');
}
