import type { Ask } from '../reading';
import { refAsk } from './ref-ask';
import type { RefContext } from './ref-context';

/** A task, heading or measure named by its number, with what is asked of it (`5推进情况`, `3什么时候完成`). */
export function planAskOf(text: string, ctx: RefContext): Extract<Ask, { kind: 'ref' }> | undefined {
  const ask = refAsk(text, ctx);
  return ask?.kind === 'ref' ? ask : undefined;
}
