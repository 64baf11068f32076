import type { PlanKnowledge } from '../../plan/knowledge';
import type { Measure, Task } from '../../plan/model';
import { stripQuestionWords } from '../../search/strip-question-words';

// A task (or section, or safeguard measure) named by its number or clause: `3.2`, `任务 3.2`,
// `第3.2项`, `3.2是什么任务`, `二(三)2`, `(四)`, `三(一)`. Only when nothing but question words follows.

export type PlanRef =
  | { task: Task }
  | { section: string; tasks: Task[] }
  | { measure: Measure }
  /** A number or clause written as a task's (`9.9`, `二(三)9`) that no task of the plan has. */
  | { missing: string };

const NUMBER = /^(?:任务|第)?\s*(\d{1,2}(?:\s*[.．\-－]\s*\d{1,2})?)\s*(?:项|条|号)?/;
const CLAUSE =
  /^第?([一二三四五六七八九十]{1,3})?\s*[(（]([一二三四五六七八九十]{1,3})[)）]\s*(\d{1,2})?(?:项|条)?/;
/** What may follow a reference in a question about it: `的具体内容`, `是什么任务`, `谁牵头`. */
const ONLY_ASKING = /^[\s任务项条号节部分的是这该一个其它?!。,、]*$/;

function onlyAsking(rest: string): boolean {
  return ONLY_ASKING.test(stripQuestionWords(rest));
}

export function taskRefOf(text: string, knowledge: PlanKnowledge): PlanRef | undefined {
  const t = text.trim();
  const number = NUMBER.exec(t);
  if (number && onlyAsking(t.slice(number[0].length))) {
    const id = number[1]!.replace(/\s+/g, '').replace(/[．\-－]/g, '.');
    const task = knowledge.taskById(id);
    if (task) return { task };
    // `3.9` is written as a task's number; a bare `9` may be a section's, looked for below.
    if (id.includes('.') && !CLAUSE.test(t)) return { missing: id };
  }
  const clause = CLAUSE.exec(t);
  if (!clause || !onlyAsking(t.slice(clause[0].length))) return undefined;
  const [, part, section, item] = clause;
  const { tasks, measures } = knowledge.plan;
  // Without its part (`(四)`), a section is one of the task part's, where staff mostly look.
  const taskPart = tasks[0]?.clause.match(/^[一二三四五六七八九十]+/)?.[0] ?? '';
  const key = `${part ?? taskPart}(${section})`;
  const exact = tasks.find((x) => x.clause === `${key}${item ?? ''}`);
  if (exact) return { task: exact };
  // Only the task part's clauses are tasks': another part's (`一(二)`, the goals) is left to the answers.
  const missing = part === undefined || part === taskPart ? { missing: clause[0].trim() } : undefined;
  if (item) return missing;
  const measure = measures.find((m) => m.clause === key);
  if (measure) return { measure };
  const inSection = tasks.filter((x) => x.clause.startsWith(key));
  if (inSection.length === 1) return { task: inSection[0]! };
  if (inSection.length > 1) return { section: key, tasks: inSection };
  return missing;
}
