import { deriveRelations } from './derive-relations';
import { buildDivisions, createDivisionMatcher, isCollective, normaliseName } from './divisions';
import type { PlanKnowledge, TargetRelations } from './knowledge';
import type { Indicator, Plan, Task } from './model';
import { termAbbreviated } from './term-abbreviated';

// Everything the core knows beyond the plan's text, built once per plan.

/** `3-2`, `3．2`, `任务3.2`, `第3.2项`, `3.2.` → `3.2`. */
export function normaliseTaskId(text: string): string {
  return normaliseName(text)
    .replace(/^(任务|第)+/, '')
    .replace(/(项|条|号)$/, '')
    .replace(/[-－—–_、·．。,，]/g, '.')
    .replace(/\.+/g, '.')
    .replace(/^\.|\.$/g, '');
}

/**
 * How staff name an indicator: the table's 序号 (`6`, `5-1`). A table without a 序号 column falls back to
 * the running row number, so every indicator keeps a name.
 */
export function indicatorRef(indicator: Indicator): string {
  return indicator.number ? indicator.ref : String(indicator.index);
}

/** `5－1`, `5.1`, `５-１`, `5之1` → `5-1`; `6` stays. */
function normaliseIndicatorRef(text: string): string {
  return normaliseName(text)
    .replace(/^(指标|第)+/, '')
    .replace(/(项|个|号)$/, '')
    .replace(/\s*(?:[-－—–_.．·]|之)\s*/g, '-');
}

export function buildKnowledge(plan: Plan): PlanKnowledge {
  // A short form that abbreviates a term of the plan (内审 of 内部审计) is that term there, not a unit.
  const divisions = buildDivisions(plan).map((d) => ({
    ...d,
    aliases: d.aliases.filter((a) => !termAbbreviated(a, plan)),
  }));
  const matcher = createDivisionMatcher(divisions);
  const byId = new Map(plan.tasks.map((t) => [t.id, t]));
  const byClause = new Map(
    plan.tasks.map((t) => [normaliseName(t.clause).replace(/[（]/g, '(').replace(/[）]/g, ')'), t]),
  );

  /** The canonical name a text names, or the text itself (an external unit written as in a note). */
  const nameOf = (text: string) => matcher.resolve(text)?.name ?? normaliseName(text);
  const names = (units: string[], who: string) => units.some((u) => nameOf(u) === who);

  const tasksLedBy = (division: string): Task[] => {
    const who = nameOf(division);
    return plan.tasks.filter((t) => names(t.lead, who));
  };
  const tasksSupportedBy = (division: string): Task[] => {
    const who = nameOf(division);
    return plan.tasks.filter((t) => names(t.support, who));
  };
  const tasksSupportedCollectivelyBy = (division: string): Task[] => {
    const d = matcher.resolve(division);
    // A collective such as 相关处室 covers bureau divisions only, and not the task's own lead.
    if (!d || d.external) return [];
    return plan.tasks.filter(
      (t) => t.support.some(isCollective) && !names(t.lead, d.name) && !names(t.support, d.name),
    );
  };

  const relations = deriveRelations(plan, divisions, matcher, tasksLedBy);
  const targetsRelatedTo = (division: string): TargetRelations => {
    const who = nameOf(division);
    const mine = <T extends { relations: { division: string }[] }>(xs: T[]) =>
      xs
        .filter((x) => x.relations.some((r) => r.division === who))
        .map((x) => ({ ...x, relations: x.relations.filter((r) => r.division === who) }));
    return { goals: mine(relations.goals), indicators: mine(relations.indicators) };
  };

  return {
    plan,
    divisions,
    resolveDivision: matcher.resolve,
    findDivisions: matcher.find,
    indicatorByRef: (ref) => {
      const key = normaliseIndicatorRef(ref);
      return plan.indicators.find((i) => indicatorRef(i) === key);
    },
    indicatorsByNumber: (number) => {
      const key = normaliseIndicatorRef(number);
      const byNumber = plan.indicators.filter((i) => i.number !== '' && i.number === key);
      if (byNumber.length > 0) return byNumber;
      const one = plan.indicators.find((i) => indicatorRef(i) === key);
      return one ? [one] : [];
    },
    indicatorByIndex: (index) => plan.indicators.find((i) => i.index === index),
    taskById: (id) => {
      const key = normaliseTaskId(id);
      return byId.get(key) ?? byClause.get(normaliseName(id));
    },
    tasksLedBy,
    tasksSupportedBy,
    tasksSupportedCollectivelyBy,
    relations,
    targetsRelatedTo,
  };
}
