import { subjectOf } from '../about-subject';
import { ASKS_OWNS, ASKS_YES_NO, SUPPORT_PHRASE } from '../grammar';
import type { ReadContext } from '../reading';
import { mentionsOf } from '../units/mentions-of';
import { without } from '../units/without';
import { ownerQuestionSubject } from './owner-question-subject';

/**
 * `审计局在里面吗`, `是财政局牵头吗`: a unit asked about with nothing else, the subject left to the chat's topic.
 */
export function unitAskedOfNothing(text: string, ctx: ReadContext): boolean {
  const divisions = ctx.knowledge.findDivisions(text);
  if (divisions.length === 0) return false;
  const mentions = mentionsOf(text, divisions);
  const rest = without(text, mentions);
  if (!ASKS_YES_NO.test(rest) || ASKS_OWNS.test(rest)) return false;
  const left = ownerQuestionSubject(text, mentions).replace(SUPPORT_PHRASE, ' ');
  return (
    subjectOf(left, ctx)
      .replace(/[的是由归那么也还]/g, '')
      .trim() === ''
  );
}
