import { ASKS_YES_NO } from '../grammar';
import type { Ask, ReadContext } from '../reading';
import { unitOutside } from '../units/unit-outside';
import { without } from '../units/without';
import { divisionAsk } from './division-ask';

/** A unit typed as the one asked of (`是商务局负责吗`), before what a yes/no ends on. */
const UNIT_ASKED =
  /(?:是|由|归|属于|有没有|有)([\u4e00-\u9fa5]{1,10}?(?:委员会|管委会|政府|中心|局|厅|委|办))(?=[的事儿负责牵头管配合来参与]*(?:吗|吧|不|么)?[??]?$)/;

/**
 * `外贸进出口是商务局负责吗` where the plan never names 商务局: a yes/no about a unit outside the plan (never one
 * that could be a short form of the plan's units); the reply says 不是 only where the plan names every unit.
 */
export function outsideYesNo(text: string, ctx: ReadContext): Ask | undefined {
  const typed = UNIT_ASKED.exec(text);
  const name = typed?.[1];
  const unit =
    typed && name ? unitOutside(name, ctx, typed.index + typed[0].length - name.length) : undefined;
  if (!unit || !ASKS_YES_NO.test(without(text, [unit]))) return undefined;
  const asked = divisionAsk(text, [unit.division], ctx);
  return asked?.kind === 'yes-no' ? { ...asked, unlisted: true } : undefined;
}
