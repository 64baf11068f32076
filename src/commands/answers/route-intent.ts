import type { IncomingMessage } from '../../message/incoming-message';
import type { Reply } from '../../reply/reply';
import { list, note, paragraph } from '../../reply/reply';
import type { CoreDeps } from '../context';
import { combineReplies } from './combine-replies';
import { ASKS_MENTION, mentionReply } from './mention';
import { notUnderstoodReply } from './not-understood';
import { withPeriodNote } from './present';
import { searchReply } from './search';
import { splitQuestion } from './split-question';
import { goalReply, indicatorReply, targetArgsOf, targetsRun } from './targets';
import { planRefReply } from './task-card';
import { taskRefOf } from './task-ref';
import { tasksReply } from './tasks';
import { whoReply, whoSubject } from './who';

// Plain questions, routed by what they ask rather than by a command word. A message holding several
// questions gets every one answered, in order; a part that names no subject of its own
// (`要求覆盖率多少?`) is read with the subject of the part before it.

const ASKS_WHO = /哪个|哪一个|哪些处|哪个部门|那个处|那个部门|谁|牵头|负责单位|责任单位|归口/;
const ASKS_TASKS = /任务|负责(?:哪些|什么)|干(?:什么|啥)|做(?:什么|哪些)|管(?:什么|哪些)|工作有|职责|分工/;
const ASKS_TARGET = /目标|指标|覆盖率|比例|多少|几个|几次|百分之|%|要求|达到|轮审/;
const ASKS_PERSON = /是谁|谁担任|谁当|由谁|哪位/;
const LOOKS_LIKE_QUESTION = /[??吗呢]|哪|谁|什么|多少|怎么|如何|是否|有没有/;
const TARGET_REF =
  /^(目标|指标)\s*(\d+(?:\s*[-－—–]\s*\d+)?)\s*(?:是什么|是啥|的内容|的具体内容|具体内容|内容|要求(?:多少|是什么)?|多少)?[??]?$/;

/** What one question got: a reply, and whether it is an answer from the plan (then the period note applies). */
interface Answer {
  reply: Reply;
  fromPlan: boolean;
}

const answer = (reply: Reply): Answer => ({ reply, fromPlan: true });

/** A measure role named in the text (longest first: `专班组长` before `组长`). */
function roleAsked(text: string, deps: CoreDeps) {
  const roles = deps.knowledge.plan.measures.flatMap((m) => m.roles.map((r) => ({ ...r, measure: m })));
  return roles.filter((r) => text.includes(r.role)).sort((a, b) => b.role.length - a.role.length)[0];
}

function roleReply(role: NonNullable<ReturnType<typeof roleAsked>>): Reply {
  const { measure } = role;
  return {
    title: `${role.role}`,
    colour: 'blue',
    blocks: [
      paragraph([{ strong: `${role.role}:${role.holder}` }]),
      paragraph(`出处:保障措施 ${measure.clause} ${measure.title}`),
      ...(measure.roles.length > 1
        ? [list(measure.roles.filter((r) => r.role !== role.role).map((r) => `${r.role}:${r.holder}`))]
        : []),
    ],
  };
}

/** `重点公共工程审计覆盖率要求多少`: the goal or indicator the question's distinctive words name. */
function targetAnswer(text: string, deps: CoreDeps): Reply | undefined {
  const evidence = deps.search.evidence(text, { kinds: ['indicator', 'goal'] });
  const hit = evidence.hits[0];
  // No owner is named here, only the target's own text: an indicator holding half the words will do.
  if (!hit || hit.covered < hit.missing) return undefined;
  if (hit.kind === 'indicator') {
    const indicator = deps.knowledge.indicatorByIndex(Number(hit.ref));
    return indicator ? indicatorReply(indicator, deps, hit) : undefined;
  }
  const goal = deps.knowledge.plan.goals.find((g) => String(g.index) === hit.ref);
  return goal ? goalReply(goal, deps, hit) : undefined;
}

/** One question; `context` is the subject of the question before it, for a part that names none. */
function answerOne(text: string, deps: CoreDeps, msg: IncomingMessage, context = ''): Answer {
  const { knowledge } = deps;
  const ref = taskRefOf(text, knowledge);
  if (ref) return answer(planRefReply(ref, msg, deps));
  const target = TARGET_REF.exec(text);
  if (target) {
    const args = targetArgsOf(`${target[1]}${target[2]}`, deps, 'goal');
    if (args) return answer(targetsRun(args, deps));
  }

  const role = ASKS_PERSON.test(text) || /组长|负责人/.test(text) ? roleAsked(text, deps) : undefined;
  if (role) return answer(roleReply(role));

  const divisions = knowledge.findDivisions(text);
  if (
    divisions.length > 0 &&
    (ASKS_TASKS.test(text) || text.replace(/[??的和与及、\s]/g, '') === divisions.map((d) => d.name).join(''))
  ) {
    if (divisions.length === 1) return answer(tasksReply(divisions[0]!, deps));
    return answer(
      combineReplies(
        `${divisions.map((d) => d.name).join('、')}的任务`,
        divisions.map((d) => ({ label: d.name, reply: tasksReply(d, deps) })),
      ),
    );
  }

  if (ASKS_MENTION.test(text)) return answer(mentionReply(text, deps));
  if (ASKS_WHO.test(text)) return answer(whoReply(text, deps, msg));
  if (ASKS_TARGET.test(text)) {
    const found =
      targetAnswer(text, deps) ?? (context ? targetAnswer(`${context} ${text}`, deps) : undefined);
    if (found) return answer(found);
  }
  if (divisions[0]) return answer(tasksReply(divisions[0], deps));

  const evidence = deps.search.evidence(text);
  if (evidence.hits.length > 0 || (evidence.unknown.length > 0 && LOOKS_LIKE_QUESTION.test(text))) {
    return answer(searchReply(text, deps));
  }
  if (context && evidence.unknown.length === 0) {
    const withContext = answerOne(`${context} ${text}`, deps, msg);
    if (withContext.fromPlan) return withContext;
  }
  if (ASKS_TARGET.test(text)) {
    return answer({
      title: '目标与指标',
      colour: 'grey',
      blocks: [
        paragraph(`方案的目标指标表里没有找到与“${text}”对应的指标。`),
        note('发“目标”查看全部目标和指标。'),
      ],
    });
  }
  return { reply: notUnderstoodReply(text, deps), fromPlan: false };
}

export function routeIntent(text: string, deps: CoreDeps, message?: IncomingMessage): Reply {
  // The message's own instant decides whether the plan's period is over; a caller without one uses the clock.
  const msg = message ?? { text, userId: '', chatId: '', at: deps.clock.now() };
  const parts = splitQuestion(text);
  if (parts.length === 1) {
    const one = answerOne(text, deps, msg);
    return one.fromPlan ? withPeriodNote(one.reply, deps, msg.at) : one.reply;
  }
  let context = '';
  let asksWho = false;
  const answers = parts.map((part) => {
    // `古城项目群呢?` after a who-question asks the same of another subject.
    const follows = asksWho && !ASKS_WHO.test(part) && !ASKS_TARGET.test(part) && !ASKS_MENTION.test(part);
    asksWho = ASKS_WHO.test(part) || follows;
    const one = follows ? answer(whoReply(part, deps, msg)) : answerOne(part, deps, msg, context);
    const subject = deps.search.evidence(whoSubject(part)).hits.length > 0 ? whoSubject(part) : '';
    if (subject) context = subject;
    return { label: part, ...one };
  });
  const reply = combineReplies(
    `${parts.length} 个问题`,
    answers.map((a) => ({ label: a.label, reply: a.reply })),
  );
  return answers.some((a) => a.fromPlan) ? withPeriodNote(reply, deps, msg.at) : reply;
}
