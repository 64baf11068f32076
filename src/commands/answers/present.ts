import { indicatorRef } from '../../plan/build-knowledge';
import { isCollective } from '../../plan/divisions';
import { isPlaceholderUnit } from '../../plan/is-placeholder-unit';
import type { PlanKnowledge } from '../../plan/knowledge';
import { leadWord } from '../../plan/lead-word';
import type { Goal, Indicator, Task } from '../../plan/model';
import { type Inline, type Line, note, type Reply } from '../../reply/reply';
import type { HitKind } from '../../search/plan-search';
import { toHalfWidth } from '../../text/normalise';
import { calendarDay } from '../../time/calendar-day';
import { askableTaskId } from '../askable-task-id';
import type { CoreDeps } from '../context';

// Shared wording for plan things, so every command names tasks, units and targets the same way.

/** A unit as people say it: the canonical division name when it is one (`局投资处` → `投资处`), else as written. */
export function unitName(unit: string, knowledge: PlanKnowledge): string {
  return knowledge.resolveDivision(unit)?.name ?? unit;
}

export function unitList(units: readonly string[], knowledge: PlanKnowledge): string {
  return units.length === 0 ? '(方案未写明)' : units.map((u) => unitName(u, knowledge)).join('、');
}

/** `牵头:` or `责任单位:`, the line a task's lead units stand on. */
export function leadLabel(task: Task): string {
  return `${leadWord(task)}:`;
}

/**
 * A task's lead as its note names it, on the line replies show it: the units in bold; a collective the note
 * puts there (`有关部门`, `相关单位`, `各地`) is quoted plainly, never as a unit — and a note naming only such
 * words names no lead at all, which the line says.
 */
export function leadUnitsLine(task: Task, knowledge: PlanKnowledge): Inline[] {
  const named = task.lead.filter((u) => !isPlaceholderUnit(u));
  const collective = task.lead.filter(isPlaceholderUnit);
  if (named.length === 0 && collective.length > 0)
    return [`${leadLabel(task)}方案未点名具体单位(原文为${quotedWords(collective)})`];
  return [
    leadLabel(task),
    { strong: unitList(named, knowledge) },
    ...(collective.length > 0 ? [`,另列${quotedWords(collective)}(方案未点名具体单位)`] : []),
  ];
}

/** Whether the note names a specific unit in the lead's place. */
export const namesLead = (task: Task) => task.lead.some((u) => !isPlaceholderUnit(u));

const quotedWords = (words: readonly string[]) => words.map((w) => `“${w}”`).join('、');

/** Said under a task whose note lists 责任单位 without a lead: nothing more is claimed. */
export const NO_LEAD_NAMED = '方案只列出了责任单位,没有写明其中哪个单位牵头。';

/** `配合:相关处室(方案未点名具体处室)`: a collective is quoted, never expanded into divisions. */
export function supportLine(task: Task, knowledge: PlanKnowledge): string {
  if (task.support.length === 0) return '配合:(方案未写明)';
  const collective = task.support.some(isCollective) ? '(方案未点名具体处室)' : '';
  return `配合:${unitList(task.support, knowledge)}${collective}`;
}

/**
 * Once the plan's period is over (the shipped plan runs 2021—2025), every answer from it says so in
 * one line: the bureau will load the next plan, and until then staff should know what they quote.
 */
export function withPeriodNote(reply: Reply, deps: CoreDeps, at: Date): Reply {
  const period = deps.knowledge.plan.period;
  // An answer from a plan other than the current one says which plan it is from instead (handle-message).
  if (!deps.planIsCurrent) return reply;
  if (!period || Number(calendarDay(at, deps.timeZone).slice(0, 4)) <= period.to) return reply;
  const years = period.from === period.to ? `${period.from} 年` : `${period.from}—${period.to} 年`;
  return {
    ...reply,
    blocks: [
      ...reply.blocks,
      note(
        `本方案实施期为 ${years},已结束;以上依据该方案原文。新一期方案导入并启用后(方案 启用 <编号>)以新方案为准。`,
      ),
    ],
  };
}

/** What naming a task for the user needs: the plan in use, whose own numbering may give a short id to another. */
export type TaskNaming = Pick<CoreDeps, 'plan' | 'knowledge'>;

/**
 * `3.3 聚焦安居工程深入实施(二(三)3)`, numbered as people send it back (askableTaskId): never by a short id
 * the plan's own numbering gives to another task.
 */
export function taskLine(task: Task, deps: TaskNaming): string {
  const id = askableTaskId(task, deps);
  // A table's row has no clause: nothing in brackets then.
  return !task.clause || id === task.clause ? `${id} ${task.title}` : `${id} ${task.title}(${task.clause})`;
}

export function goalLabel(goal: Goal): string {
  return `目标${goal.index} ${goal.title}`;
}

/** `指标6 …`, `指标5-2 …`: numbered as the plan's table numbers it (its 序号), not by row. */
export function indicatorLabel(indicator: Indicator): string {
  return `指标${indicatorRef(indicator)} ${indicator.name}`;
}

/** `指标1、指标2 … 指标5-1、指标5-2、指标6`: every name an indicator can be asked by. */
export function indicatorRefs(knowledge: PlanKnowledge): string {
  return knowledge.plan.indicators.map((i) => `指标${indicatorRef(i)}`).join('、');
}

/** How a found item is named in a list: `任务 3.3 …(二(三)3)`, `指标6 …(一(二))`, `保障措施 三(五) …`. */
export function hitLabel(
  hit: { kind: HitKind; ref: string; clause: string; title: string },
  deps: TaskNaming,
): string {
  const { knowledge } = deps;
  if (hit.kind === 'task') {
    const task = knowledge.taskById(hit.ref);
    return `任务 ${task ? taskLine(task, deps) : `${hit.ref} ${hit.title}(${hit.clause})`}`;
  }
  if (hit.kind === 'indicator') {
    const indicator = knowledge.indicatorByIndex(Number(hit.ref));
    return `${indicator ? indicatorLabel(indicator) : hit.title}(${hit.clause})`;
  }
  if (hit.kind === 'goal') return `目标${hit.ref} ${hit.title}(${hit.clause})`;
  if (hit.kind === 'measure') return `保障措施 ${hit.clause} ${hit.title}`;
  return `${hit.clause} ${hit.title}`;
}

/** `“债务”“税收”`: words quoted as a reply quotes them. */
export function quoted(words: readonly string[]): string {
  return words.map((w) => `“${w}”`).join('');
}

/** Marks every occurrence of the given words in a sentence (longest first, no overlaps). */
export function highlight(sentence: string, words: readonly string[]): Inline[] {
  const sorted = [...new Set(words.filter((w) => w.length > 0))].sort((a, b) => b.length - a.length);
  if (sorted.length === 0) return [sentence];
  // Words found come half-width and lower-case (`gdp`, `8%`): looked for so, marked as the sentence writes them.
  const folded = toHalfWidth(sentence).toLowerCase();
  const haystack = folded.length === sentence.length ? folded : sentence;
  const out: Inline[] = [];
  let i = 0;
  let plain = '';
  while (i < sentence.length) {
    const word = sorted.find((w) => haystack.startsWith(w, i) || sentence.startsWith(w, i));
    if (word) {
      if (plain) out.push(plain);
      plain = '';
      out.push({ strong: sentence.slice(i, i + word.length) });
      i += word.length;
    } else {
      plain += sentence[i];
      i += 1;
    }
  }
  if (plain) out.push(plain);
  return out;
}

/** A label followed by inline content, as one line. */
export function labelled(label: string, content: Line): Line {
  return typeof content === 'string' ? `${label}${content}` : [label, ...content];
}
