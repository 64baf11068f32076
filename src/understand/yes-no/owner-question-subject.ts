import { ASKS_PART, ASKS_YES_NO, OR } from '../grammar';
import type { Mention } from '../units/mentions-of';
import { without } from '../units/without';

/** The subject of a yes/no or either/or question: the units asked about, verdict words and question words cut. */
export function ownerQuestionSubject(text: string, asked: readonly Mention[]): string {
  return without(text, asked)
    .replace(new RegExp(`${OR.source}|${ASKS_YES_NO.source}|${ASKS_PART.source}`, 'g'), ' ')
    .replace(/(?:是|由|归|属于|的|负责|牵头|管|配合|来|在|有|也|还|都)+(?=\s|$)/g, ' ');
}
