import { indicatorRef } from '../plan/build-knowledge';
import type { PlanKnowledge } from '../plan/knowledge';
import type { ProgressTarget } from '../store';
import type { ReportPlans } from './report-deps';

/**
 * `3.3 完成保障性租赁住房…`, `目标3 推动…`, `指标5-1 …`: how a progress target is named in a message — by
 * its own plan when it was made on another one than `knowledge`'s, the plan first so that a clipped label
 * keeps it (`〔2021-2025 方案〕3.2 …`).
 */
export function targetLabel(
  target: ProgressTarget,
  knowledge: PlanKnowledge,
  context: { plan?: { id: string }; plans?: ReportPlans } = {},
): string {
  const own = target.plan ?? context.plans?.legacy.id;
  if (own && context.plan && own !== context.plan.id) {
    const theirs = context.plans?.byId(own)?.knowledge;
    return `〔${own} 方案〕${theirs ? labelIn(target, theirs) : target.kind === 'task' ? `任务 ${target.id}` : labelIn(target, knowledge)}`;
  }
  return labelIn(target, knowledge);
}

function labelIn(target: ProgressTarget, knowledge: PlanKnowledge): string {
  if (target.kind === 'task') {
    const task = knowledge.taskById(target.id);
    return task ? `${task.id} ${task.title}` : `任务 ${target.id}`;
  }
  if (target.kind === 'goal') {
    const goal = knowledge.plan.goals.find((g) => g.index === target.index);
    return goal ? `目标${goal.index} ${goal.title}` : `目标${target.index}`;
  }
  // Stored by running row number; named as the plan's table numbers it (序号: `指标6`, `指标5-2`).
  const indicator = knowledge.indicatorByIndex(target.index);
  return indicator ? `指标${indicatorRef(indicator)} ${indicator.name}` : `指标(第${target.index}行)`;
}

/** Cuts a text to `max` characters with an ellipsis, so one long line never dominates a card. */
export function clip(text: string, max: number): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}
