import { indicatorRef } from '../plan/build-knowledge';
import type { PlanKnowledge } from '../plan/knowledge';
import type { Task } from '../plan/model';
import type { ProgressTarget } from '../store';
import type { Lexicon } from '../understand/lexicon';
import { taskNumber } from '../understand/task-number';
import type { ReportPlans } from './report-deps';

// How every reply, journal text, report and export names a task, goal or indicator a record is on: by the
// record's own plan, and — when that is not the current plan — saying which (`3.1 聚焦推进教育现代化
// (2021-2025 方案)`). One function, so a plan switch relabels nothing wrongly anywhere.

/** What naming records needs: the current plan (its records go unqualified) and every plan (for the others). */
export interface PlanLabels {
  /** `lexicon`: the loaded plan's, when at hand (else built from the knowledge, once). */
  current: { id: string; knowledge: PlanKnowledge; lexicon?: Lexicon };
  /** Absent: the current plan is the only one known. */
  plans?: ReportPlans;
  /**
   * The number a task is named by on its plan. Absent: the number that reads back to it in chat (never a
   * short id the plan's own numbering gives to another task), as every surface names it.
   */
  taskNumber?: (task: Task, plan: string) => string;
}

/** The plan a record is on: the one it names, else the plan of records made before plans were told apart. */
export function recordPlan(plan: string | undefined, labels: PlanLabels): string {
  return plan ?? labels.plans?.legacy.id ?? labels.current.id;
}

/** `(2021-2025 方案)` after a record of another plan than the current one; nothing for the current plan's. */
export function planSuffix(plan: string | undefined, labels: PlanLabels): string {
  const own = recordPlan(plan, labels);
  return own === labels.current.id ? '' : `(${own} 方案)`;
}

/**
 * `3.3 聚焦…`, `目标3 推动…`, `指标5-1 …`, each followed by its plan when that is not the current one.
 * `titleChars` clips the title (never the number or the plan), so a short line keeps what identifies it.
 */
export function targetLabel(
  target: ProgressTarget,
  labels: PlanLabels,
  options: { titleChars?: number } = {},
): string {
  const { ref, title } = targetName(target, labels);
  const shown = title === undefined ? '' : ` ${options.titleChars ? clip(title, options.titleChars) : title}`;
  return `${ref}${shown}${planSuffix(target.plan, labels)}`;
}

/** A target as its own plan numbers it (`3.3`, `目标3`, `指标5-1`), with its title when that plan has it. */
export function targetName(target: ProgressTarget, labels: PlanLabels): { ref: string; title?: string } {
  const own = recordPlan(target.plan, labels);
  const entry = own === labels.current.id ? labels.current : labels.plans?.byId(own);
  const knowledge = entry?.knowledge;
  const [ref, title] = knowledge
    ? partsIn(
        target,
        knowledge,
        (t) => labels.taskNumber?.(t, own) ?? taskNumber(t, knowledge, entry?.lexicon),
      )
    : [bareRef(target), undefined];
  return title === undefined ? { ref } : { ref, title };
}

function partsIn(
  target: ProgressTarget,
  knowledge: PlanKnowledge,
  numberOf: (task: Task) => string,
): [string, string | undefined] {
  if (target.kind === 'task') {
    const task = knowledge.taskById(target.id);
    return task ? [numberOf(task), task.title] : [bareRef(target), undefined];
  }
  if (target.kind === 'goal') {
    const goal = knowledge.plan.goals.find((g) => g.index === target.index);
    return goal ? [`目标${goal.index}`, goal.title] : [bareRef(target), undefined];
  }
  // Stored by running row number; named as the plan's table numbers it (序号: `指标6`, `指标5-2`).
  const indicator = knowledge.indicatorByIndex(target.index);
  return indicator ? [`指标${indicatorRef(indicator)}`, indicator.name] : [bareRef(target), undefined];
}

function bareRef(target: ProgressTarget): string {
  if (target.kind === 'task') return `任务${target.id}`;
  return target.kind === 'goal' ? `目标${target.index}` : `指标(第${target.index}行)`;
}

/** Cuts a text to `max` characters with an ellipsis, so one long line never dominates a card. */
export function clip(text: string, max: number): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}

/** The labels of a report: the plan it runs on is the current one (absent: the only one). */
export function reportLabels(deps: {
  knowledge: PlanKnowledge;
  plan?: { id: string; lexicon?: Lexicon };
  plans?: ReportPlans;
}): PlanLabels {
  return {
    current: {
      id: deps.plan?.id ?? deps.plans?.legacy.id ?? '',
      knowledge: deps.knowledge,
      ...(deps.plan?.lexicon ? { lexicon: deps.plan.lexicon } : {}),
    },
    ...(deps.plans ? { plans: deps.plans } : {}),
  };
}
