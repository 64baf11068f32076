import type { PlanRef } from '../plan-ref';
import { refAsk } from './ref-ask';
import type { RefContext } from './ref-context';

/** A task, heading or measure named by its number, when nothing but asking follows (`任务 3.2`, `（八）谁负责`). */
export function planRefOf(text: string, ctx: RefContext): PlanRef | undefined {
  const ask = refAsk(text, ctx);
  return ask?.kind === 'ref' ? ask.ref : undefined;
}
