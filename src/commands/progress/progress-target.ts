import type { Indicator } from '../../plan/model';
import { list, paragraph, type Reply } from '../../reply/reply';
import { targetLabel } from '../../reports/target-label';
import type { ProgressTarget } from '../../store/types';
import { aboutSubject } from '../../understand/about-subject';
import { readRef } from '../../understand/read-ref';
import { resolveRef } from '../../understand/resolve-ref';
import { indicatorLabel, indicatorRefs, taskLine } from '../answers/present';
import { unknownTaskReply } from '../answers/unknown-task-reply';
import type { CoreDeps } from '../context';
import { planLabels } from '../plan-labels';
import { readContextOf } from '../read-context-of';
import { taskReadNote } from '../task-read-note';
import { type WriteOn, writeTargetChoice } from '../write-target-choice';

// What `进展 <任务编号或关键词>` points at: a task by id or keyword, or `目标3` / `指标6` / `指标5-1`.
// Indicators are named as the plan's table numbers them (序号); the target stored is the indicator's
// running index, as records made before refs existed store it, so old and new records meet.

export type TargetResolution =
  /** `readAs`: how a number was read, when it is not the bot's short id of the task (see task-read-note.ts). */
  { ok: true; target: ProgressTarget; label: string; readAs?: string } | { ok: false; reply: Reply };

export function validIdsReply(word: string, deps: CoreDeps): Reply {
  const { plan } = deps.knowledge;
  const unknown = unknownTaskReply(word, deps);
  // The plan's own goals and indicators, none where it has none.
  const goals =
    plan.goals.length > 1 ? `目标1–目标${plan.goals.length}` : plan.goals.length === 1 ? '目标1' : '';
  const targets = [goals, plan.indicators.length > 0 ? indicatorRefs(deps.knowledge) : ''].filter(Boolean);
  return {
    ...unknown,
    blocks: [
      ...unknown.blocks,
      ...(targets.length > 0
        ? [
            paragraph(
              `也可以写目标或指标:${targets.join('、')}(需先由管理员或秘书处用「目标 指派」指定责任处室)。`,
            ),
          ]
        : []),
    ],
  };
}

/** `指标5` when the table's 序号 5 holds two indicators: which one. */
function severalIndicatorsReply(word: string, group: Indicator[]): Reply {
  return {
    blocks: [
      paragraph(`目标指标表序号 ${group[0]?.number ?? ''} 下有 ${group.length} 项指标,请写明是哪一项:`),
      list(group.map(indicatorLabel)),
      paragraph(`例如「进展 ${word.replace(/\s+/g, '')}-1 <内容>」。`),
    ],
    colour: 'orange',
  };
}

/**
 * The target a word names in the plan this message is on (the current plan, or the one it names): the
 * target carries that plan, so what is recorded, confirmed and journalled is that plan's task.
 */
function onPlan(target: ProgressTarget, deps: CoreDeps): TargetResolution {
  const withPlan = { ...target, plan: deps.plan.id };
  return { ok: true, target: withPlan, label: targetLabel(withPlan, planLabels(deps)) };
}

/** A task by the bot's id, as a progress target on the plan in use. */
export function taskTarget(id: string, deps: CoreDeps): TargetResolution {
  return onPlan({ kind: 'task', id }, deps);
}

/**
 * `tasksOnly`: a slot that takes a task (`任务:<编号>`), whose refusal lists tasks only. `writing`: the command
 * records on the task, so a number that names two tasks is not guessed (write-target-choice.ts).
 */
export function resolveTarget(
  word: string,
  deps: CoreDeps,
  tasksOnly = false,
  writing?: WriteOn,
): TargetResolution {
  const { plan } = deps.knowledge;
  const found = (target: ProgressTarget): TargetResolution => onPlan(target, deps);
  const invalid = (): TargetResolution => ({
    ok: false,
    reply: tasksOnly ? unknownTaskReply(word, deps) : validIdsReply(word, deps),
  });
  const goalRef = /^目标\s*(\d+)$/.exec(word);
  if (goalRef) {
    const goal = plan.goals.find((g) => g.index === Number(goalRef[1]));
    if (!goal) return { ok: false, reply: validIdsReply(word, deps) };
    return found({ kind: 'goal', index: goal.index });
  }
  const indicatorWord = /^指标\s*(\d+(?:\s*[-－—–.．]\s*\d+)?)$/.exec(word);
  if (indicatorWord) {
    const ref = indicatorWord[1]!;
    const indicator = deps.knowledge.indicatorByRef(ref);
    if (indicator) return found({ kind: 'indicator', index: indicator.index });
    const group = deps.knowledge.indicatorsByNumber(ref);
    if (group.length > 1) return { ok: false, reply: severalIndicatorsReply(word, group) };
    return { ok: false, reply: validIdsReply(word, deps) };
  }
  // A number as the plan or the bot writes it (`3.2`, `第4项`, `（九）`, `3(1)`, `十`), read as questions read it.
  const read = readRef(word);
  const ref =
    read && !read.rest && read.ref.kind !== 'target'
      ? resolveRef(read.ref, deps.plan.lexicon, deps.knowledge)
      : undefined;
  const task = ref && 'task' in ref ? ref.task : deps.knowledge.taskById(word);
  if (task && writing && read?.ref.kind === 'id') {
    const choice = writeTargetChoice(read.ref.id, task, writing, deps);
    if ('reply' in choice) return { ok: false, reply: choice.reply };
    const readAs = choice.readAs ?? taskReadNote('任务', word, choice.task, deps);
    return { ...found({ kind: 'task', id: choice.task.id }), ...(readAs ? { readAs } : {}) };
  }
  if (task) {
    const readAs = ref ? taskReadNote('任务', word, task, deps) : undefined;
    return { ...found({ kind: 'task', id: task.id }), ...(readAs ? { readAs } : {}) };
  }
  if (ref && ('choices' in ref || 'section' in ref)) {
    const tasks = 'choices' in ref ? ref.choices : ref.tasks;
    return {
      ok: false,
      reply: severalTasksReply(
        word,
        tasks.map((t) => t.id),
        deps,
      ),
    };
  }
  if (ref || /^[\d.．-]+$/.test(word)) return invalid();

  // A keyword: title matches first, then the task's text, then the search index.
  const byTitle = plan.tasks.filter((t) => t.title.includes(word));
  const byText =
    byTitle.length > 0 ? byTitle : plan.tasks.filter((t) => t.text.replace(t.note, '').includes(word));
  let ids = byText.map((t) => t.id);
  if (ids.length === 0) {
    // As a question reads it (`GDP`, `社零`: the plan's 地区生产总值, 社会消费品零售总额): one task that holds
    // every word of it, said how it was read.
    const named = namedTask(word, deps);
    if (named)
      return { ...found({ kind: 'task', id: named.id }), ...(named.readAs ? { readAs: named.readAs } : {}) };
    ids = [...new Set(deps.search.search(word, { kinds: ['task'], limit: 5 }).map((h) => h.ref))];
  }
  if (ids.length === 1) return found({ kind: 'task', id: ids[0]! });
  if (ids.length === 0) return invalid();
  return { ok: false, reply: severalTasksReply(word, ids, deps) };
}

/** The one task a phrase names as questions read it, every word of it the task's, and how it was read. */
function namedTask(word: string, deps: CoreDeps): { id: string; readAs?: string } | undefined {
  const about = aboutSubject(word, readContextOf(deps));
  const { reading, evidence } = about;
  if (reading.kind !== 'task' || evidence.unknown.length > 0 || reading.unused.length > 0) return undefined;
  const read = new Map<string, Set<string>>();
  for (const c of about.corrections) read.set(c.typed, new Set([c.read]));
  for (const t of reading.hit.terms)
    if (t.paraphrase) read.set(t.asked, (read.get(t.asked) ?? new Set()).add(t.found));
  // As typed (`GDP`), not as the search folds it (`gdp`).
  const asTyped = (w: string) => {
    const at = word.toLowerCase().indexOf(w);
    return at < 0 ? w : word.slice(at, at + w.length);
  };
  const said = [...read].map(
    ([typed, found]) => `“${asTyped(typed)}”按方案的说法“${[...found].join('”“')}”理解`,
  );
  return { id: reading.task.id, ...(said.length > 0 ? { readAs: said.join(';') } : {}) };
}

function severalTasksReply(word: string, ids: readonly string[], deps: CoreDeps): Reply {
  return {
    blocks: [
      paragraph(`“${word}”对应多项任务,请用任务编号再发一次,例如「进展 ${ids[0]} …」:`),
      list(ids.map((id) => taskLine(deps.knowledge.taskById(id)!, deps))),
    ],
    colour: 'orange',
  };
}
