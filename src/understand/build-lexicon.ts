import { fiveYearName } from '../plan/five-year-name';
import type { Passage, Plan, Section, Task } from '../plan/model';
import { planTexts } from '../plan/plan-texts';
import type { Lexicon } from './lexicon';
import { numberMark } from './number-mark';
import { soundOf } from './sound-of';
import { QUESTION_VOCABULARY } from './strip-question-words';

// Built once per plan, when it is loaded (src/plans/load-plans.ts): every task and heading under every
// numbering the plan uses, and the words that name the plan.

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key) ?? [];
  if (!list.includes(value)) list.push(value);
  map.set(key, list);
}

export function buildLexicon(plan: Plan, id = plan.id): Lexicon {
  const tasksByMark = new Map<string, Task[]>();
  const tasksByValue = new Map<number, Task[]>();
  for (const task of plan.tasks) {
    const mark = task.number ? numberMark(task.number) : undefined;
    if (!mark) continue;
    push(tasksByMark, mark.key, task);
    push(tasksByValue, mark.value, task);
  }
  const counts = new Map<string, { count: number; values: Set<number>; repeated: boolean }>();
  for (const [key, tasks] of tasksByMark) {
    const [form, value] = key.split(':') as [string, string];
    const c = counts.get(form) ?? { count: 0, values: new Set<number>(), repeated: false };
    c.count += tasks.length;
    if (tasks.length > 1 || c.values.has(Number(value))) c.repeated = true;
    c.values.add(Number(value));
    counts.set(form, c);
  }
  // Whether a form's numbers only go on in reading order (a numbering that restarts per section goes back).
  const last = new Map<string, number>();
  const back = new Set<string>();
  for (const task of plan.tasks) {
    const mark = task.number ? numberMark(task.number) : undefined;
    if (!mark) continue;
    const form = mark.key.split(':')[0] as string;
    if (mark.value < (last.get(form) ?? 0)) back.add(form);
    last.set(form, mark.value);
  }
  const forms = [...counts]
    .sort((a, b) => b[1].count - a[1].count)
    .map(([form, c]) => ({ form, running: !c.repeated, onward: c.count >= 3 && !back.has(form) }));
  const passagesByMark = new Map<string, Passage[]>();
  for (const passage of plan.passages) {
    const mark = numberMark(passage.text.slice(0, 12));
    if (mark && !mark.key.startsWith('part:')) push(passagesByMark, mark.key, passage);
  }
  const sectionsByMark = new Map<string, Section[]>();
  const sectionsByValue = new Map<number, Section[]>();
  for (const section of plan.sections) {
    const mark = numberMark(section.number);
    if (!mark) continue;
    push(sectionsByMark, mark.key, section);
    push(sectionsByValue, mark.value, section);
  }
  const taskPart = plan.tasks[0]?.clause.match(/^[一二三四五六七八九十]+/)?.[0] ?? '';
  const years = plan.period
    ? Array.from({ length: plan.period.to - plan.period.from + 1 }, (_, i) => String(plan.period!.from + i))
    : [];
  const names = [id, fiveYearName(plan) ?? '', ...years].filter((n) => n.length > 0);
  let bySound: Map<string, string[]> | undefined;
  const charsSounding = (sound: string): readonly string[] => {
    if (!bySound) {
      bySound = new Map();
      const text = [...planTexts(plan), ...QUESTION_VOCABULARY].join('');
      for (const ch of new Set(text)) for (const s of soundOf(ch, false)) push(bySound, s, ch);
    }
    return bySound.get(sound) ?? [];
  };
  return {
    plan,
    tasksByMark,
    sectionsByMark,
    tasksByValue,
    sectionsByValue,
    forms,
    passagesByMark,
    taskPart,
    names,
    charsSounding,
  };
}
