import { indicatorRef } from '../plan/build-knowledge';
import type { PlanKnowledge } from '../plan/knowledge';
import type { ProgressTarget } from '../store';

/** `3.3 完成保障性租赁住房…`, `目标3 推动…`, `指标5-1 …`: how a progress target is named in a message. */
export function targetLabel(target: ProgressTarget, knowledge: PlanKnowledge): string {
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
