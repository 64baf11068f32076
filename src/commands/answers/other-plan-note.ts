import { planName } from '../../plans/plan-entry';
import { type Block, note } from '../../reply/reply';
import type { CoreDeps } from '../context';

/** `以上出自《…》(2021—2025年),当前方案是《…》`: the line an answer from another plan ends with. */
export function otherPlanNote(deps: CoreDeps): Block {
  return note(`以上出自${planName(deps.plan)},当前方案是${planName(deps.currentPlan)}。`);
}
