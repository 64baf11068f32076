import type { Plan } from './model';

/** Every text of a plan a reader can ask about: its title, tasks, goals, indicators, measures, passages. */
export function planTexts(plan: Plan): string[] {
  return [
    plan.title,
    ...plan.tasks.map((t) => t.text),
    ...plan.goals.map((g) => g.text),
    ...plan.indicators.map((i) => `${i.name}${i.target}`),
    ...plan.measures.map((m) => m.text),
    ...plan.passages.map((p) => p.text),
  ];
}
