import type { Division } from '../../plan/knowledge';
import { subjectOf } from '../about-subject';
import { ASKS_CONTENT, ASKS_SUPPORT, ASKS_WHO, ASKS_YES_NO, SUPPORT_PHRASE } from '../grammar';
import type { ReadContext } from '../reading';
import { mentionsOf } from './mentions-of';
import { without } from './without';

/** How a unit's name ends when it is written as a unit. */
const UNIT_END = /(?:处|室|局|委|办|厅|科|中心|政府|委员会)$/;

/**
 * `农业农村审计处配合谁`, `…配合的那条是啥`: units named with nothing else asked of them but who or what: what
 * they do. A yes/no (`是财政局牵头吗`) is left to the chat's topic.
 */
export function unitAlone(text: string, divisions: Division[], ctx: ReadContext): boolean {
  const mentions = mentionsOf(text, divisions);
  // Written as a unit (经济责任审计处), not words a unit's short form shares with a task (经济责任审计配合的处室).
  if (!mentions.every((m) => UNIT_END.test(text.slice(m.from, m.to)))) return false;
  const rest = without(text, mentions);
  if (ASKS_YES_NO.test(rest) || !(ASKS_WHO.test(rest) || ASKS_SUPPORT.test(rest) || ASKS_CONTENT.test(rest)))
    return false;
  const left = subjectOf(rest.replace(SUPPORT_PHRASE, ' '), ctx);
  return left.replace(/[那这](?:条|项|个)|[的是由归那么也还要在和跟与]/g, '').trim() === '';
}
