import { leaderNames } from '../plan/leader-names';
import { ASKS_OWNS, ASKS_YES_NO, LEADS_AS_PERSON, PERSON_TITLE } from './grammar';
import type { ReadContext } from './reading';

/** A name typed with a title (`王强副区长`): two or three characters before it. */
const TITLED = new RegExp(`((?:(?![是由归的为和与及])[\\u4e00-\\u9fa5]){2,3}?)(?:${PERSON_TITLE.source})`);

/**
 * `这项是冯冬昌副区长分管吗`, `第2项是冯冬昌负责的吗`: a person asked as the leader of something, yes or no — a name
 * the plan writes in a leader cell, or one typed with a title (`王强副区长`), with a verb of leading after it.
 * The person as typed without the title, and the text with the person and the asking cut (what it is asked
 * of); undefined when the text asks no such thing or asks what the person has (`冯冬昌分管哪几项`).
 */
export function leaderYesNo(text: string, ctx: ReadContext): { leader: string; rest: string } | undefined {
  if (!ASKS_YES_NO.test(text)) return undefined;
  const names = new Set(ctx.knowledge.plan.tasks.flatMap((t) => leaderNames(t)));
  const named = [...names].find((n) => text.includes(n));
  const titled = TITLED.exec(text);
  const leader = named ?? titled?.[1];
  if (!leader) return undefined;
  const at = text.indexOf(leader);
  const after = text.slice(at + leader.length).replace(new RegExp(`^(?:${PERSON_TITLE.source})`), '');
  const verb = /^\s*(?:来|在|也)?/.exec(after)?.[0].length ?? 0;
  if (
    !LEADS_AS_PERSON.test(after.slice(verb, verb + 2)) ||
    ASKS_OWNS.test(after.replace(/任务|工作|事情|事项/g, ''))
  )
    return undefined;
  const before = text.slice(0, at).replace(/(?:是不是|是否|是由|是|由|归)\s*$/, '');
  return { leader, rest: before.trim() };
}
