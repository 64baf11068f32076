import { isGoalSection } from '../../plan/is-goal-section';
import type { PlanRef } from '../plan-ref';
import type { RefWords } from '../read-ref';
import type { Ask } from '../reading';
import { han } from '../resolve-ref';
import type { RefContext } from './ref-context';

/** A heading's words without particles and the year before them (`2025年主要预期目标` is 主要预期目标). */
const headingWords = (t: string) => t.replace(/[\s都的]/g, '').replace(/^(?:19|20)\d{2}年度?/, '');

/**
 * `一、主要预期目标下面几条都是啥`, `一、主要工作目标讲了啥`: a part by its number and a goals heading asks for the
 * goals that part holds, however its own heading words them (主要目标 of `一、2025年主要预期目标`): the items
 * listed under it where they are numbered items, else the goals and indicators the plan states there.
 */
export function goalsPartAsk(
  words: RefWords,
  left: string,
  ref: PlanRef | undefined,
  wants: Extract<Ask, { kind: 'ref' }>['wants'],
  ctx: RefContext,
): Ask | undefined {
  if (words.kind !== 'own' || words.form !== 'part') return undefined;
  const named = headingWords(left);
  if (!named || !isGoalSection(named)) return undefined;
  if (ref && 'section' in ref && ref.title && isGoalSection(headingWords(ref.title)))
    return { kind: 'ref', ref, wants };
  const { plan } = ctx.lexicon;
  const part = han(words.n);
  const inPart = (clause: string) => clause === part || clause.startsWith(`${part}(`);
  const stated = plan.goals.some((g) => inPart(g.clause)) || plan.indicators.some((i) => inPart(i.clause));
  return stated ? { kind: 'list', of: 'targets' } : undefined;
}
