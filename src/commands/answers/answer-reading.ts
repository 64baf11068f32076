import type { IncomingMessage } from '../../message/incoming-message';
import type { Division } from '../../plan/knowledge';
import { planInUse } from '../../plans/plan-in-use';
import { pointsBackUnknownReply } from '../../reply/points-back-wording';
import { numberingNote, placeInListNote } from '../../reply/reading-note';
import type { Reply } from '../../reply/reply';
import { type Block, note, paragraph } from '../../reply/reply';
import { socialReply } from '../../reply/social-wording';
import { calendarDay } from '../../time/calendar-day';
import { longestShared } from '../../understand/longest-shared';
import { readMessage } from '../../understand/read-message';
import type { Ask, Part, Reading, SubjectEvidence } from '../../understand/reading';
import { askableTaskId } from '../askable-task-id';
import type { CoreDeps } from '../context';
import { combineReplies } from './combine-replies';
import { figureAnswer } from './figure-answer';
import { figureReply } from './figure-reply';
import { indicatorColumnReply } from './indicator-column-reply';
import { leaderTasksReply } from './leader-tasks-reply';
import { leaderYesNoReply } from './leader-yes-no-reply';
import { listReply } from './list-reply';
import { mentionReply } from './mention';
import { askableExamples, notUnderstoodReply } from './not-understood';
import { otherPlanNote } from './other-plan-note';
import { withPeriodNote } from './present';
import { refReply } from './ref-reply';
import { reportReply } from './report-reply';
import { roleReply } from './role-reply';
import { roleUnnamedReply } from './role-unnamed-reply';
import { searchReply } from './search';
import { goalReply, indicatorReply, targetArgsOf, targetsRun } from './targets';
import { tasksReply, tasksShownFor } from './tasks';
import { unlistedUnitReply } from './unlisted-unit-reply';
import { whoAnswer } from './who';
import { choiceReply, yesNoReply } from './yes-no';

// A message read by the understanding layer (src/understand), answered: each question it holds in order,
// from the plan in use; greetings and thanks in kind. The chat's topic is kept for its next message.

interface Answered {
  reply: Reply;
  /** An answer from the plan's text (then the period note applies). */
  fromPlan: boolean;
  /** Another plan answered it: the tasks this plan's reply would list are not what was shown. */
  otherPlan?: true;
}

const fromPlan = (reply: Reply): Answered => ({ reply, fromPlan: true });

/** The message as the understanding layer reads it, against the plan in use and the chat's topic. */
export function readingOf(text: string, msg: IncomingMessage, deps: CoreDeps): Reading {
  const topic = msg.chatId ? deps.conversation.recall(msg.chatId, msg.at) : undefined;
  const division = msg.userId ? deps.store.member(msg.userId)?.division : undefined;
  return readMessage(text, {
    planId: deps.plan.id,
    lexicon: deps.plan.lexicon,
    knowledge: deps.knowledge,
    search: deps.search,
    ...(topic ? { topic } : {}),
    ...(division ? { senderDivision: division } : {}),
  });
}

/** `重点公共工程审计覆盖率要求多少`: the goal or indicator the question's distinctive words name. */
function targetAnswer(about: SubjectEvidence, deps: CoreDeps): Reply | undefined {
  const evidence = deps.search.evidence(about.subject, { kinds: ['indicator', 'goal'] });
  const hit = evidence.hits[0];
  // No owner is named here, only the target's own text: an indicator holding half the words will do.
  if (!hit || hit.covered < hit.missing) return targetNamed(about.subject, deps);
  if (hit.kind === 'indicator') {
    const indicator = deps.knowledge.indicatorByIndex(Number(hit.ref));
    return indicator ? indicatorReply(indicator, deps, hit) : undefined;
  }
  const goal = deps.knowledge.plan.goals.find((g) => String(g.index) === hit.ref);
  return goal ? goalReply(goal, deps, hit) : undefined;
}

/** Least run of an indicator's name or a goal's title a question must hold to name it. */
const NAME_RUN = 4;

/**
 * `重大政策跟踪审计每年要搞几个`: the one indicator (or goal) whose name shares the longest run with the
 * question, when no other comes as close — words common in the plan still name a target by its own name.
 */
function targetNamed(subject: string, deps: CoreDeps): Reply | undefined {
  const { plan } = deps.knowledge;
  const words = subject.replace(/\s+/g, '');
  const scored = [
    ...plan.indicators.map((i) => ({
      run: longestShared(words, i.name),
      reply: () => indicatorReply(i, deps),
    })),
    ...plan.goals.map((g) => ({ run: longestShared(words, g.title), reply: () => goalReply(g, deps) })),
  ].sort((a, b) => b.run - a.run);
  const [best, next] = scored;
  return best && best.run >= NAME_RUN && (!next || next.run < best.run) ? best.reply() : undefined;
}

/**
 * Who leads a subject the plan in use does not speak to, from another plan the bot knows that does: said
 * so, and marked as that plan's.
 */
function fromOtherPlan(
  about: SubjectEvidence,
  wants: 'lead' | 'support',
  msg: IncomingMessage,
  deps: CoreDeps,
) {
  const today = calendarDay(msg.at, deps.timeZone);
  for (const entry of deps.plans.list()) {
    if (entry === deps.plan) continue;
    // Most plans do not speak to it either: their evidence first, the rest only for one that does.
    if (entry.search().evidence(about.subject).hits.length === 0) continue;
    const other = { ...deps, ...planInUse(deps.plans, deps.store, today, entry) };
    const reading = readMessage(`${about.subject}谁牵头`, {
      planId: entry.id,
      lexicon: entry.lexicon,
      knowledge: other.knowledge,
      search: other.search,
    });
    const ask = reading.kind === 'questions' ? reading.parts[0]?.ask : undefined;
    const found = ask?.kind === 'who' && ask.about.length === 1 ? ask.about[0] : undefined;
    if (found?.reading.kind !== 'task') continue;
    const reply = whoAnswer([found], wants, other);
    return {
      ...reply,
      blocks: [
        paragraph(`当前方案没有讲到“${about.said}”;另一份方案讲到了,以下出自${planNameOf(other)}:`),
        ...reply.blocks,
        otherPlanNote(other),
      ],
    };
  }
  return undefined;
}

const planNameOf = (deps: CoreDeps) =>
  `《${deps.plan.title || deps.plan.id}》${deps.plan.period ? `(${deps.plan.period.from}—${deps.plan.period.to}年)` : ''}`;

function answerAsk(ask: Ask, msg: IncomingMessage, deps: CoreDeps): Answered {
  const { knowledge } = deps;
  switch (ask.kind) {
    case 'ref':
      return fromPlan(refReply(ask, msg, deps));
    case 'target-ref': {
      const args = targetArgsOf(`${ask.target === 'goal' ? '目标' : '指标'}${ask.ref}`, deps, ask.target);
      if (args) return fromPlan(targetsRun(args, deps));
      return fromPlan(
        listReply(
          ask.target === 'goal' ? 'targets' : 'indicators',
          deps,
          `没有“${ask.target === 'goal' ? '目标' : '指标'}${ask.ref}”这一项。`,
        ),
      );
    }
    case 'list':
      return fromPlan(listReply(ask.of, deps, undefined, ask.year));
    case 'role':
      return fromPlan(roleReply(ask, deps));
    case 'role-unnamed':
      return fromPlan(roleUnnamedReply(ask, deps));
    case 'owns': {
      // A unit the plan never names is answered as assigned nothing, in its place among those asked.
      const replyOf = (d: Division) =>
        ask.unlisted?.includes(d.name) ? unlistedUnitReply(d.name, deps) : tasksReply(d, deps);
      if (ask.divisions.length === 1) return fromPlan(replyOf(ask.divisions[0]!));
      return fromPlan(
        combineReplies(
          `${ask.divisions.map((d) => d.name).join('、')}的任务`,
          ask.divisions.map((d) => ({ label: d.name, reply: replyOf(d) })),
        ),
      );
    }
    case 'leader-owns':
      return fromPlan(leaderTasksReply(ask.leader, knowledge.plan.tasks, deps));
    case 'yes-no':
      return fromPlan(yesNoReply(ask, deps));
    case 'leader-yes-no':
      return fromPlan(leaderYesNoReply(ask.leader, ask.about, deps));
    case 'choice':
      return fromPlan(choiceReply(ask, deps));
    case 'who': {
      const [one] = ask.about;
      // Another plan is looked at only when the question named none (`新方案里呢` asks of that plan alone),
      // and never for words naming a unit of the plan in use: that unit is answered from this plan.
      if (
        ask.about.length === 1 &&
        one &&
        one.reading.kind === 'absent' &&
        !deps.planNamed &&
        knowledge.findDivisions(one.said).length === 0 &&
        deps.plans.list().length > 1
      ) {
        const other = fromOtherPlan(one, ask.wants, msg, deps);
        if (other) return { ...fromPlan(other), otherPlan: true };
      }
      return fromPlan(whoAnswer(ask.about, ask.wants, deps));
    }
    case 'report':
      return fromPlan(reportReply(ask, knowledge.plan));
    case 'mention':
      return fromPlan(mentionReply(ask.subject, deps));
    case 'indicator-column':
      return fromPlan(indicatorColumnReply(ask, deps));
    case 'target': {
      const figure = figureAnswer(ask.subject, ask.about, deps, ask.inTask, ask.checked);
      if (figure) return fromPlan(figure);
      const found = targetAnswer(ask.about, deps);
      if (found) return fromPlan(found);
      // A figure the plan states in a task's text (`研发经费投入强度达到3%`): quoted where it stands.
      const quoted = ['task', 'ambiguous'].includes(ask.about.reading.kind)
        ? figureReply(ask.about, deps)
        : undefined;
      if (quoted) return fromPlan(quoted);
      if (ask.about.evidence.hits.length > 0)
        return fromPlan(searchReply(ask.subject, deps, ask.about.evidence));
      return fromPlan({
        title: '目标与指标',
        colour: 'grey',
        blocks: [
          paragraph(
            knowledge.plan.indicators.length + knowledge.plan.goals.length > 0
              ? `方案的目标和指标中没有找到与“${ask.about.said || ask.subject}”对应的一项。`
              : `方案没有写明与“${ask.about.said || ask.subject}”对应的目标或指标。`,
          ),
          note('发“目标”查看全部目标和指标。'),
        ],
      });
    }
    case 'search':
      return fromPlan(searchReply(ask.subject, deps, ask.about.evidence));
    case 'points-back-unknown': {
      const task = deps.knowledge.plan.tasks[0];
      return {
        fromPlan: false,
        reply: pointsBackUnknownReply(ask.written, task ? askableTaskId(task, deps) : undefined),
      };
    }
    case 'own-division-unknown':
      return {
        fromPlan: false,
        reply: {
          colour: 'orange',
          blocks: [
            paragraph('您还不在审计助手的成员名单中,我不知道“我们处”是哪个处室。'),
            note(
              `请直接写处室名称,例如「${knowledge.divisions.find((d) => !d.external)?.name ?? '<处室>'}负责哪些任务」;或请管理员用「成员 添加」把您加入所在处室。`,
            ),
          ],
        },
      };
    case 'not-understood':
      return { reply: notUnderstoodReply(ask.text, deps), fromPlan: false };
  }
}

/** Hits listed one a line: their tasks, when every line is a task (else no `第N个` can be read of them). */
const hitTasks = (hits: readonly { kind: string; ref: string }[]) =>
  hits.every((h) => h.kind === 'task') ? hits.map((h) => h.ref) : [];

/**
 * The tasks a reply to this question lists, in the order shown: a section's, a division's, the choices
 * for a number, the tasks a subject could be (哪一项?) or those 可能相关. Empty when it lists other things
 * (a list shown before is then no longer the one `第二个` speaks of); undefined when it lists nothing.
 */
function tasksShown(ask: Ask, deps: CoreDeps): string[] | undefined {
  if (ask.kind === 'ref' && 'section' in ask.ref) return ask.ref.tasks.map((t) => t.id);
  if (ask.kind === 'ref' && 'choices' in ask.ref) return ask.ref.choices.map((t) => t.id);
  if (ask.kind === 'owns' && ask.divisions.length === 1 && !ask.unlisted)
    return tasksShownFor(ask.divisions[0]!, deps);
  if (ask.kind === 'who' && ask.about.length === 1) {
    const { reading } = ask.about[0]!;
    if (reading.kind === 'ambiguous') return hitTasks(reading.hits);
    if (reading.kind === 'absent' && reading.near.length > 0) return hitTasks(reading.near);
  }
  return undefined;
}

/** The line saying how a number was read where it reads several ways. */
function noteOf(part: Part, deps: CoreDeps): Block | undefined {
  const { note: read } = part;
  if (!read) return undefined;
  if (read.kind === 'place-in-list') {
    const task = deps.knowledge.taskById(read.taskId);
    return placeInListNote(read.written, read.n, task ? `${askableTaskId(task, deps)} ${task.title}` : '');
  }
  const { ask } = part;
  const shown =
    ask.kind !== 'ref'
      ? ''
      : 'task' in ask.ref
        ? `${askableTaskId(ask.ref.task, deps)} ${ask.ref.task.title}`
        : 'section' in ask.ref
          ? `${ask.ref.number ?? ask.ref.section} ${ask.ref.title ?? ''}`.trim()
          : '';
  return numberingNote(read.written, shown);
}

/** The reply to a message read: each question answered, in order, under one reply. */
export function answerReading(reading: Reading, msg: IncomingMessage, deps: CoreDeps): Reply {
  if (reading.kind === 'empty') return notUnderstoodReply('', deps);
  if (reading.kind === 'social') return socialReply(reading.act, askableExamples(deps), reading.wish);
  const answers = reading.parts.map((p) => {
    const answered = answerAsk(p.ask, msg, deps);
    const note = noteOf(p, deps);
    return {
      label: p.text,
      ...answered,
      reply: note ? { ...answered.reply, blocks: [...answered.reply.blocks, note] } : answered.reply,
    };
  });
  if (reading.topic && msg.chatId) {
    const last = reading.parts[reading.parts.length - 1];
    const lastAnswer = answers[answers.length - 1];
    const shown = !last ? undefined : lastAnswer?.otherPlan ? [] : tasksShown(last.ask, deps);
    deps.conversation.remember(msg.chatId, shown ? { ...reading.topic, list: shown } : reading.topic, msg.at);
  }
  const [only] = answers;
  const reply =
    answers.length === 1 && only
      ? only.reply
      : combineReplies(
          `${answers.length} 个问题`,
          answers.map((a) => ({ label: a.label, reply: a.reply })),
        );
  return answers.some((a) => a.fromPlan) ? withPeriodNote(reply, deps, msg.at) : reply;
}

/** A text read and answered as a typed question is (the 谁牵头 command hands its argument here). */
export function answerText(text: string, msg: IncomingMessage, deps: CoreDeps): Reply {
  return answerReading(readingOf(text, msg, deps), msg, deps);
}
