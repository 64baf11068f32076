import type { PlanKnowledge } from '../plan/knowledge';
import type { ProgressTarget } from '../store';

/** `3.3 完成保障性租赁住房…`, `目标3 推动…`, `指标5 …`: how a progress target is named in a message. */
export function targetLabel(target: ProgressTarget, knowledge: PlanKnowledge): string {
  if (target.kind === 'task') {
    const task = knowledge.taskById(target.id);
    return task ? `${task.id} ${task.title}` : `任务 ${target.id}`;
  }
  if (target.kind === 'goal') {
    const goal = knowledge.plan.goals.find((g) => g.index === target.index);
    return goal ? `目标${goal.index} ${goal.title}` : `目标${target.index}`;
  }
  const indicator = knowledge.plan.indicators.find((i) => i.index === target.index);
  return indicator ? `指标${indicator.index} ${indicator.name}` : `指标${target.index}`;
}

/** Cuts a text to `max` characters with an ellipsis, so one long line never dominates a card. */
export function clip(text: string, max: number): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}
