import type { PlanKnowledge } from '../../plan/knowledge';

/**
 * The indicator a row of the table asked by its place names (`指标表第4行`): the row numbered so (序号), else the
 * n-th row where the table numbers fewer rows than it has (a row under the one before it, with no 序号 of its own).
 */
export function rowRef(n: string, knowledge: PlanKnowledge): string {
  if (knowledge.indicatorsByNumber(n).length > 0) return n;
  return knowledge.plan.indicators.find((i) => String(i.index) === n)?.ref ?? n;
}
