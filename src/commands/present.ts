import { indicatorRef } from '../plan/build-knowledge';
import type { PlanKnowledge } from '../plan/knowledge';
import type { Goal, Indicator, Task } from '../plan/model';
import type { Inline, Line } from '../reply/reply';

// Shared wording for plan things, so every command names tasks, units and targets the same way.

/** A unit as people say it: the canonical division name when it is one (`局投资处` → `投资处`), else as written. */
export function unitName(unit: string, knowledge: PlanKnowledge): string {
  return knowledge.resolveDivision(unit)?.name ?? unit;
}

export function unitList(units: readonly string[], knowledge: PlanKnowledge): string {
  return units.length === 0 ? '(方案未写明)' : units.map((u) => unitName(u, knowledge)).join('、');
}

/** `3.3 聚焦安居工程深入实施(二(三)3)` */
export function taskLine(task: Task): string {
  return `${task.id} ${task.title}(${task.clause})`;
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

/** Marks every occurrence of the given words in a sentence (longest first, no overlaps). */
export function highlight(sentence: string, words: readonly string[]): Inline[] {
  const sorted = [...new Set(words.filter((w) => w.length > 0))].sort((a, b) => b.length - a.length);
  if (sorted.length === 0) return [sentence];
  const out: Inline[] = [];
  let i = 0;
  let plain = '';
  while (i < sentence.length) {
    const word = sorted.find((w) => sentence.startsWith(w, i));
    if (word) {
      if (plain) out.push(plain);
      plain = '';
      out.push({ strong: word });
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
