import type { PlanKnowledge } from '../plan/knowledge';
import type { Section, Task } from '../plan/model';
import type { Lexicon } from './lexicon';
import { numeralValue } from './numeral-value';
import type { PlanRef } from './plan-ref';
import type { RefWords } from './read-ref';

// What a number names in one plan. The bot's short ids and clauses name what they always named (`3.2`,
// `二(三)2`). A number in the plan's own words (`第7项`, `任务12`, `（八）`, `第二十条`) names the task that
// number belongs to in the plan's running numbering — the one its readers know — else the bot's task of that
// id, else the one task any numbering of the plan gives that number; a heading of that number lists its
// tasks; a numbered paragraph that is no task is shown as such. Several candidates are listed to choose
// from; a number nothing has is said to be missing.

const HAN = '〇一二三四五六七八九';
export const han = (n: number): string =>
  n <= 10
    ? n === 10
      ? '十'
      : (HAN[n] as string)
    : n < 20
      ? `十${HAN[n - 10]}`
      : `${HAN[Math.floor(n / 10)]}十${n % 10 ? HAN[n % 10] : ''}`;

function tasksOf(section: Section, knowledge: PlanKnowledge): Task[] {
  return section.taskIds.flatMap((id) => {
    const t = knowledge.taskById(id);
    return t ? [t] : [];
  });
}

function sectionRef(section: Section, knowledge: PlanKnowledge): PlanRef | undefined {
  const tasks = tasksOf(section, knowledge);
  if (tasks.length === 0) return undefined;
  if (tasks.length === 1) return { task: tasks[0] as Task };
  return { section: section.clause, tasks, title: section.title, number: section.number };
}

/** The value of a number as the plan writes it (`3.`, `（八）`, `第二十条`). */
function numberValue(written: string): number | undefined {
  const m = /(\d+|[一二两三四五六七八九十百]+)/.exec(written);
  if (!m) return undefined;
  const v = numeralValue(m[1] as string);
  return Number.isNaN(v) ? undefined : v;
}

/** The one task of a running numbering with this number; the form tried first when one is given. */
function runningTask(n: number, lexicon: Lexicon, first?: string): Task | undefined {
  const forms = first ? [{ form: first, running: true }, ...lexicon.forms] : lexicon.forms;
  for (const { form, running } of forms) {
    const tasks = lexicon.tasksByMark.get(`${form}:${n}`) ?? [];
    if (tasks.length === 1 && (running || form === first)) return tasks[0];
  }
  return undefined;
}

/** A heading numbered n (items holding items first, then sections, then parts), listing its tasks. */
function headingNumbered(n: number, lexicon: Lexicon, knowledge: PlanKnowledge): PlanRef | undefined {
  const sections = lexicon.sectionsByValue.get(n) ?? [];
  const inner = ['dot', 'paren', 'article', 'plain', 'paren-han', 'part'];
  for (const form of inner) {
    const found = sections.filter((s) => s.number && lexicon.sectionsByMark.get(`${form}:${n}`)?.includes(s));
    const refs = found.flatMap((s) => {
      const r = sectionRef(s, knowledge);
      return r ? [r] : [];
    });
    if (refs.length === 1) return refs[0];
    if (refs.length > 1) break;
  }
  return undefined;
}

/** A paragraph numbered so that is no task (`第十六条 …`). */
function passageNumbered(key: string, lexicon: Lexicon, written: string): PlanRef | undefined {
  const passages = lexicon.passagesByMark.get(key) ?? [];
  return passages.length === 1 ? { passage: passages[0]!, number: written } : undefined;
}

/** Tasks any numbering gives this number, to choose from. */
function choices(n: number, lexicon: Lexicon, asked: string, byId?: Task): PlanRef | undefined {
  const tasks = [...(byId ? [byId] : []), ...(lexicon.tasksByValue.get(n) ?? [])];
  const distinct = [...new Set(tasks)];
  if (distinct.length === 0) return undefined;
  if (distinct.length === 1) return { task: distinct[0] as Task };
  return { choices: distinct, asked };
}

/** Headings numbered n in a form the plan numbers its tasks by (`3.` holding `（1）`, `（2）`). */
function runningHeading(n: number, lexicon: Lexicon, knowledge: PlanKnowledge): PlanRef | undefined {
  for (const { form } of lexicon.forms) {
    const refs = (lexicon.sectionsByMark.get(`${form}:${n}`) ?? []).flatMap((s) => {
      const r = sectionRef(s, knowledge);
      return r ? [r] : [];
    });
    if (refs.length === 1) return refs[0];
  }
  return undefined;
}

/**
 * The plan's own number n, in the form the words name first (`article`, `paren`): a task of a running
 * numbering, a heading of that numbering, the bot's task of that id, the one task any numbering gives n
 * (several to choose from), a heading of another numbering, a numbered paragraph; else missing.
 */
function ownNumber(
  n: number,
  lexicon: Lexicon,
  knowledge: PlanKnowledge,
  written: string,
  form?: string,
): PlanRef {
  const running = runningTask(n, lexicon, form);
  if (running) return { task: running };
  const runningSection = runningHeading(n, lexicon, knowledge);
  if (runningSection) return runningSection;
  const byId = knowledge.taskById(String(n));
  // The plan's own numbering wins over a bot's short id: a numbering that runs on through the plan (its
  // item 6. against the bot's 6 of a later part) gives the task; where it gives n to several (a number
  // written twice), those are offered with the bot's — never one of them taken silently.
  const own = [
    ...new Set(
      lexicon.forms
        .filter((f) => f.onward && (!form || f.form === form || form === 'ordinal'))
        .flatMap((f) => lexicon.tasksByMark.get(`${f.form}:${n}`) ?? []),
    ),
  ];
  if (own.length === 1) return { task: own[0] as Task };
  if (own.length > 1) return { choices: [...new Set([...own, ...(byId ? [byId] : [])])], asked: written };
  if (byId) return { task: byId };
  const tasks = choices(n, lexicon, written);
  if (tasks) return tasks;
  const heading = headingNumbered(n, lexicon, knowledge);
  if (heading) return heading;
  const passage =
    passageNumbered(`${form ?? 'article'}:${n}`, lexicon, written) ??
    passageNumbered(`article:${n}`, lexicon, written) ??
    passageNumbered(`dot:${n}`, lexicon, written);
  return passage ?? { missing: written };
}

export function resolveRef(words: RefWords, lexicon: Lexicon, knowledge: PlanKnowledge): PlanRef | undefined {
  const { plan } = knowledge;
  switch (words.kind) {
    case 'target':
      return undefined;
    case 'id': {
      const task = knowledge.taskById(words.id);
      if (task) return { task };
      // `2.1` when the plan has 2.1.1 and 2.1.2: the item holding them.
      const under = plan.tasks.filter((t) => t.id.startsWith(`${words.id}.`));
      if (under.length > 0) {
        const section = plan.sections.find(
          (s) => s.taskIds.length === under.length && under.every((t) => s.taskIds.includes(t.id)),
        );
        return {
          section: section?.clause ?? words.id,
          tasks: under,
          ...(section ? { title: section.title } : {}),
        };
      }
      return { missing: words.id };
    }
    case 'sub': {
      // `3（1）`: the sub-item (1) among the tasks of the plan's item 3.
      const heading = headingNumbered(words.n, lexicon, knowledge);
      const tasks =
        heading && 'section' in heading ? heading.tasks : heading && 'task' in heading ? [heading.task] : [];
      const found = tasks.filter((t) => {
        const value = t.number
          ? /[(（]\s*(\d+|[一二三四五六七八九十]+)\s*[)）]/.exec(t.number)?.[1]
          : undefined;
        return value !== undefined && (value === String(words.sub) || value === han(words.sub));
      });
      return found.length === 1 ? { task: found[0] as Task } : { missing: words.written };
    }
    case 'clause': {
      const { part, section, item } = words;
      const partHan = part === undefined ? lexicon.taskPart : han(part);
      const key = `${partHan}(${han(section)})`;
      const exact = plan.tasks.find((t) => t.clause === `${key}${item ?? ''}`);
      if (exact) return { task: exact };
      // Without its part, `(八)` is also the plan's own number of a task or heading (numbered on across parts).
      if (part === undefined && item === undefined) {
        const own = lexicon.tasksByMark.get(`paren-han:${section}`) ?? [];
        if (own.length === 1) return { task: own[0] as Task };
        const headings = (lexicon.sectionsByMark.get(`paren-han:${section}`) ?? []).filter((s) =>
          s.clause.startsWith(lexicon.taskPart),
        );
        const heading = headings.length === 1 ? sectionRef(headings[0]!, knowledge) : undefined;
        if (heading) return heading;
      }
      const missing =
        part === undefined || partHan === lexicon.taskPart ? { missing: words.written } : undefined;
      // `二(二)1` where the items number on across sections (二(二)3, 二(二)4): the section's first item.
      if (item !== undefined) {
        const nth = plan.tasks.filter((t) => t.clause.startsWith(key) && t.clause !== key)[item - 1];
        return nth ? { task: nth } : missing;
      }
      const measure = plan.measures.find((m) => m.clause === key);
      if (measure) return { measure };
      const inSection = plan.tasks.filter((t) => t.clause.startsWith(key));
      if (inSection.length === 1) return { task: inSection[0] as Task };
      if (inSection.length > 1) {
        const heading = plan.sections.find((s) => s.clause === key);
        return { section: key, tasks: inSection, ...(heading ? { title: heading.title } : {}) };
      }
      return missing;
    }
    case 'part-item': {
      // The part's task numbered n in the plan's own numbering, else its n-th task.
      const inPart = plan.tasks.filter((t) => t.clause.startsWith(han(words.part)));
      const own = inPart.filter((t) => t.number && numberValue(t.number) === words.n);
      const task = own.length === 1 ? own[0] : inPart[words.n - 1];
      return task ? { task } : { missing: words.written };
    }
    case 'own': {
      const { n, form } = words;
      if (form === 'part') {
        const sections = (lexicon.sectionsByMark.get(`part:${n}`) ?? []).filter((s) => s.taskIds.length > 0);
        if (sections.length === 1) return sectionRef(sections[0]!, knowledge) ?? { missing: words.written };
        // The safeguards part: its measures.
        const measures = plan.measures.filter(
          (m) =>
            m.clause.startsWith(han(n)) && !/^[一二三四五六七八九十]/.test(m.clause.slice(han(n).length)),
        );
        if (measures.length > 0) return { measures, title: `${words.written} 保障措施` };
        return { missing: words.written };
      }
      return ownNumber(n, lexicon, knowledge, words.written, form === 'ordinal' ? undefined : form);
    }
    case 'bare':
      return ownNumber(words.n, lexicon, knowledge, words.written);
  }
}
