import type { ReadContext } from '../understand/reading';
import type { CoreDeps } from './context';

/** What the understanding layer reads a text against, for the plan in use (no chat topic). */
export function readContextOf(deps: CoreDeps): ReadContext {
  return {
    planId: deps.plan.id,
    lexicon: deps.plan.lexicon,
    knowledge: deps.knowledge,
    search: deps.search,
  };
}
