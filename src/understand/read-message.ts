import { aboutSubject, subjectOf } from './about-subject';
import { askableId } from './askable-id';
import { leftOver } from './by-number/left-over';
import type { Topic } from './conversation';
import {
  ASKS_CONTENT,
  ASKS_LEADER,
  ASKS_OTHERS,
  ASKS_OWNS,
  ASKS_SUPPORT,
  ASKS_TARGET,
  ASKS_TIME,
  ASKS_WHO,
  ELLIPSIS,
  FIGURE_KINDS,
  FINISHING,
  GENERIC_UNIT,
  LOOKS_LIKE_QUESTION,
  ONLY_AGAIN,
  OWN_AS_OWNER,
  OWN_AS_SUBJECT,
  OWN_DIVISION,
  OWN_UNIT,
  PARTICLES,
  PLACE_IN_LIST,
  POINTS_BACK,
  SOCIAL_WORDS,
  SUPPORT_PHRASE,
  TARGET_BACK,
  TARGET_NOUNS,
  UNIT_BACK,
  YEAR_ASKED,
} from './grammar';
import { indicatorColumnAsked } from './indicator-column-ask';
import { leaderYesNo } from './leader-yes-no';
import { numeralValue } from './numeral-value';
import { readPart } from './read-part';
import { readRef } from './read-ref';
import { readSocial } from './read-social';
import type { Ask, Part, ReadContext, Reading, ReadNote } from './reading';
import { splitParts } from './split-parts';
import { wishSaid } from './wish-said';
import { unitAskedOfNothing } from './yes-no/unit-asked-of-nothing';

// A message → what it says: greetings and thanks, or its questions, each read with what the chat spoke
// of last (`这个`, `那3.3呢`, `谁配合`), and `我们处` as the sender's division. The topic it leaves is kept
// for the chat's next message.

/** A greeting or a wish before a question (`你好,古城项目群谁负责`, `新年快乐,第2条谁牵头`) is manners, not part of the question. */
const OPENING = new RegExp(
  `^(?:${[...SOCIAL_WORDS.greeting, ...SOCIAL_WORDS.wishes].sort((a, b) => b.length - a.length).join('|')})[\\s,，!！~～。、]*`,
  'i',
);

/** What asking words a follow-up's new subject is asked with, by what was asked last. */
function askedAgain(subject: string, topic: Topic | undefined): string {
  switch (topic?.ask) {
    case 'who':
      return `${subject}谁牵头`;
    case 'support':
      return `${subject}谁配合`;
    case 'owns':
      return `${subject}负责哪些任务`;
    case 'target':
      // The year asked before is asked again with the new subject, unless it names its own.
      return `${topic.year && !YEAR_ASKED.test(subject) ? `${topic.year}年` : ''}${subject}要求多少`;
    case 'leader':
      return `${subject}责任领导是谁`;
    case 'time':
      // `老年大学呢` after when a row is due: when that one is due; a number keeps its own reading (第7项 完成时限).
      return readRef(subject) ? `${subject} 完成时限` : `${subject}什么时候完成`;
    case 'card':
      // `那兰亭书法节呢` after a task's card: the task it is in, as a number is asked for its card.
      return readRef(subject) ? subject : `${subject}是哪项任务`;
    default:
      return subject;
  }
}

/** `目标多少`, `目标是多少`, `指标定的多少`: a figure asked, not a list. */
const FIGURE_OF_TOPIC =
  /^(?:那|那么)?(?:它的|这个的|其)?(?:目标|指标)(?:值)?(?:是|定的|定了|要求)?多少(?![个项条])/;

const TIME_WORDS = new RegExp(ASKS_TIME.source, 'g');
const LEADER_WORDS = new RegExp(ASKS_LEADER.source, 'g');

const NOTHING_ASKED = new RegExp(`[\\s的是了么这那有要些${PARTICLES}]`, 'g');

/** Nothing but asking words: `谁配合`, `原文是什么`, `具体内容呢`, `是哪个处牵头的`. */
function asksOfNothing(text: string, ctx: ReadContext): boolean {
  if (readRef(text) || ctx.knowledge.findDivisions(text).length > 0) return false;
  return (
    leftOver(
      subjectOf(text.replace(SUPPORT_PHRASE, ' ').replace(TIME_WORDS, ' ').replace(FINISHING, ' '), ctx),
    )
      .replace(GENERIC_UNIT, '')
      .replace(NOTHING_ASKED, '') === ''
  );
}

/**
 * Kinds of figure only (`覆盖率`, `比例`), which the plan's goals and indicators do not single one out by: several
 * hold them, or none (`移送率` of one indicator names it).
 */
function ofNoOneTarget(words: string, ctx: ReadContext): boolean {
  if (!words.trim() || words.replace(FIGURE_KINDS, '').trim()) return false;
  const hits = ctx.search.evidence(words, { kinds: ['indicator'] }).hits;
  return hits.length !== 1;
}

/** The topic named in words a follow-up points back to: its task, else its subject, else its division. */
function topicWords(topic: Topic, ctx: ReadContext): string | undefined {
  return taskWords(topic, ctx) ?? topic.target ?? topic.subject ?? topic.division;
}

/** The topic's task by a number that reads back to it (the bot's 10 may be the plan's item 10., another task). */
function taskWords(topic: Topic, ctx: ReadContext): string | undefined {
  const task = topic.taskId ? ctx.knowledge.taskById(topic.taskId) : undefined;
  return task ? askableId(task, ctx.lexicon, ctx.knowledge) : topic.taskId;
}

/** The units `他们` stands for: the division spoken of, else the leads of the task spoken of. */
function unitsBack(topic: Topic, ctx: ReadContext): string | undefined {
  if (topic.division) return topic.division;
  const task = topic.taskId ? ctx.knowledge.taskById(topic.taskId) : undefined;
  const leads = (task?.lead ?? []).flatMap((unit) => {
    const division = ctx.knowledge.findDivisions(unit)[0];
    return division ? [division.name] : [];
  });
  return leads.length > 0 ? [...new Set(leads)].join('和') : undefined;
}

/** `第三个是谁牵头` right after a list: that item of the list, by a number that reads back to it. */
function placeInList(
  text: string,
  topic: Topic | undefined,
  ctx: ReadContext,
): { text: string; note: ReadNote } | undefined {
  const m = PLACE_IN_LIST.exec(text);
  if (!m || !topic?.list) return undefined;
  const n = numeralValue(m[1] as string);
  const task = ctx.knowledge.taskById(topic.list[n - 1] ?? '');
  if (!task) return undefined;
  return {
    text: `${askableId(task, ctx.lexicon, ctx.knowledge)} ${text.slice(m[0].length)}`,
    note: { kind: 'place-in-list', written: m[0].replace(/^那么?\s*/, '').trim(), n, taskId: task.id },
  };
}

/** A follow-up read against the topic: the text as it would have been asked in full. */
function withTopic(typed: string, topic: Topic | undefined, ctx: ReadContext): string {
  if (!topic) return typed;
  // `那他们还管什么`: the unit spoken of.
  const units = UNIT_BACK.test(typed) ? unitsBack(topic, ctx) : undefined;
  const text = units ? typed.replace(UNIT_BACK, units) : typed;
  const words = topicWords(topic, ctx);
  // `那现在的方案里它牵头啥`, `这个处还管什么`: a pointer asked a unit's verb stands for the unit spoken of (the
  // division asked about, else the task's lead), not for the task — a task leads nothing. Verbs a task is
  // asked with as well (`它具体要干啥`, `做什么`) ask of the task.
  const unitVerb = text
    .replace(new RegExp(POINTS_BACK.source, 'g'), ' ')
    .replace(/^\s*那么?/, '')
    .replace(/^\s*(?:还|又|都)/, '')
    .trim();
  if (
    POINTS_BACK.test(text) &&
    ASKS_OWNS.test(unitVerb) &&
    !ASKS_CONTENT.test(unitVerb) &&
    asksOfNothing(unitVerb, ctx)
  ) {
    const unit = unitsBack(topic, ctx);
    if (unit) return `${unit}${unitVerb}`;
  }
  // `谁配合`, `它的配合单位呢`, `那配合科室呢`, `原文呢`, `完成时限呢`, `它什么时候完成`: a question asked of
  // nothing (a pronoun pointing back at most) is asked of the topic, whatever it asks.
  const bare = text
    .replace(new RegExp(POINTS_BACK.source, 'g'), ' ')
    .replace(/^\s*那么?/, '')
    .trim();
  // `责任领导是谁`, `分管领导呢`: the person the plan names for the topic's task.
  if (words && ASKS_LEADER.test(bare) && asksOfNothing(bare.replace(LEADER_WORDS, ' '), ctx))
    return `${words} ${bare}`;
  if (
    words &&
    asksOfNothing(bare, ctx) &&
    (ASKS_SUPPORT.test(bare) || ASKS_WHO.test(bare) || ASKS_CONTENT.test(bare) || ASKS_TIME.test(bare))
  )
    return `${words} ${bare}`;
  // `这项是冯冬昌副区长分管吗`: the person asked as the leader of the topic.
  if (words && leaderYesNo(bare, ctx)?.rest === '') return `${words} ${bare}`;
  // `审计局在里面吗`, `是财政局牵头吗`: the unit asked about the topic.
  if (words && unitAskedOfNothing(bare, ctx)) return `${words} ${bare}`;
  // `还有呢`, `还有谁` after a task's lead: who else works on it.
  if (topic.taskId && ASKS_OTHERS.test(text)) return `${taskWords(topic, ctx)} 谁配合`;
  // `那3.3呢`, `古城项目群呢`: the last question again, of something else.
  const ellipsis = ELLIPSIS.exec(text);
  if (ellipsis && !LOOKS_LIKE_QUESTION.test((ellipsis[1] as string).replace(/[呢?？]/g, ''))) {
    const subject = (ellipsis[1] as string).trim();
    const division = ctx.knowledge.findDivisions(subject)[0];
    // `那农环处呢` after `企金处牵头什么` asks what that unit does.
    if (division && topic.ask === 'owns') return `${subject}负责哪些任务`;
    // `覆盖率呢` after `经济责任审计谁牵头`: that kind of figure of the subject spoken of.
    if (topic.subject && ofNoOneTarget(subject, ctx)) return `${topic.subject}${subject}要求多少`;
    return askedAgain(subject, topic);
  }
  if (!words) return text;
  // `这个是哪个处牵头的`, `它谁配合`: the pronoun stands for the topic.
  const pointing = POINTS_BACK.exec(text);
  // `这个目标下有哪些指标`, `该指标谁负责`: the pointer and its noun stand for the goal or indicator spoken of.
  const target = TARGET_BACK.exec(text) ?? pointing;
  if (target && topic.target) {
    const after = text.slice(target.index + target[0].length).replace(/^\s*(?:目标|指标)/, '');
    return `${text.slice(0, target.index)}${topic.target}${after}`.replace(/^\s*那么?/, '').trim();
  }
  if (pointing) {
    const rest = `${text.slice(0, pointing.index)} ${text.slice(pointing.index + pointing[0].length)}`;
    if (asksOfNothing(rest, ctx)) return `${words} ${rest.trim()}`;
    // `它是什么属性的指标` after a figure of an indicator: the column asked of the subject spoken of.
    if (topic.ask === 'target' && indicatorColumnAsked(rest)) return `${words} ${rest.trim()}`;
  }
  if (topic.division && !topic.taskId && ASKS_OWNS.test(text) && asksOfNothing(text, ctx))
    return `${topic.division}${text}`;
  // `今年要做几个`, `要求多少`: a figure asked of nothing is asked of the subject spoken of; so is a kind of figure
  // asked of nothing (`社保基金审计谁负责 覆盖率多少`: 社保基金审计覆盖率), joined to it as one phrase.
  if (topic.subject && ASKS_TARGET.test(text)) {
    const asked = subjectOf(text.replace(TARGET_NOUNS, ' '), ctx);
    if (!asked) return `${topic.subject} ${text}`;
    if (ofNoOneTarget(asked, ctx)) return `${topic.subject}${text.replace(/^\s*那么?/, '').trim()}`;
  }
  return text;
}

/** The topic a question leaves: the task, division or subject it was about. */
function topicOf(ask: Ask, before: Topic | undefined, ctx: ReadContext): Topic | undefined {
  const base = { planId: ctx.planId };
  switch (ask.kind) {
    case 'ref':
      // Its heading, for `旧方案里这个归谁`: a task of one plan is asked of another in its words.
      if ('task' in ask.ref)
        return {
          ...base,
          taskId: ask.ref.task.id,
          words: ask.ref.task.title.split(/[，,；;]/)[0] as string,
          ask: ask.wants === 'support' || ask.wants === 'leader' || ask.wants === 'time' ? ask.wants : 'card',
        };
      return { ...base, ask: 'card' };
    case 'owns': {
      const division = ask.divisions[0]?.name as string;
      // A unit that leads one task: `这个任务` after asking what it does is that task. Else the task spoken of
      // before, when this unit leads it, stays the chat's task beside the unit (`3.3谁牵头` → `它牵头啥` →
      // `它谁配合` asks of 3.3); another unit's task is no longer what `这个任务` means.
      const led = ctx.knowledge.tasksLedBy(division);
      const kept = led.find((t) => t.id === before?.taskId);
      const taskId = led.length === 1 ? led[0]!.id : kept?.id;
      return { ...base, division, ...(taskId ? { taskId } : {}), ask: 'owns' };
    }
    case 'who': {
      const one = ask.about.length === 1 ? ask.about[0] : undefined;
      const ask2 = ask.wants === 'support' ? 'support' : 'who';
      if (!one) return { ...base, ask: ask2 };
      const task = one.reading.kind === 'task' ? one.reading.task.id : undefined;
      return {
        ...base,
        ...(task ? { taskId: task } : {}),
        subject: one.subject,
        words: one.subject,
        ask: ask2,
      };
    }
    case 'yes-no':
    case 'leader-yes-no':
    case 'choice': {
      const task = ask.about.reading.kind === 'task' ? ask.about.reading.task.id : undefined;
      return { ...base, ...(task ? { taskId: task } : {}), subject: ask.about.subject, ask: 'who' };
    }
    case 'target': {
      // `目标多少` of the task just spoken of: the topic stays that task.
      if (!ask.about.subject.trim() && ask.inTask) return { ...base, taskId: ask.inTask, ask: 'target' };
      const year = YEAR_ASKED.exec(ask.subject)?.[1];
      return {
        ...base,
        subject: ask.about.subject,
        words: ask.about.subject,
        ask: 'target',
        ...(year ? { year: Number(year) } : {}),
      };
    }
    case 'target-ref':
      return { ...base, target: `${ask.target === 'goal' ? '目标' : '指标'}${ask.ref}`, ask: 'target' };
    case 'indicator-column':
      // `那重大政策跟踪审计项目数呢` after one indicator's 属性: that indicator's card, as a figure asked of it.
      return 'indicator' in ask
        ? { ...base, subject: ask.indicator.name, words: ask.indicator.name, ask: 'target' }
        : { ...base, ask: 'target' };
    default:
      return before;
  }
}

/** A message that reads as a follow-up to the chat's last question (`那3.3呢`, `这个谁牵头`, `谁配合`, `第二个呢`). */
export function followsUp(text: string): boolean {
  const t = text.trim();
  return (
    ELLIPSIS.test(t) ||
    POINTS_BACK.test(t) ||
    PLACE_IN_LIST.test(t) ||
    ([...t].length <= 8 && (ASKS_SUPPORT.test(t) || ASKS_CONTENT.test(t)) && !readRef(t))
  );
}

export function readMessage(text: string, ctx: ReadContext): Reading {
  const trimmed = text.trim();
  if (!trimmed) return { kind: 'empty' };
  const social = readSocial(trimmed);
  if (social) {
    const wish = social === 'wishes' ? wishSaid(trimmed) : undefined;
    return { kind: 'social', act: social, ...(wish ? { wish } : {}) };
  }
  let body = trimmed.replace(OPENING, '') || trimmed;
  if (OWN_DIVISION.test(body) || (!ctx.senderDivision && OWN_AS_SUBJECT.test(body))) {
    if (!ctx.senderDivision)
      return { kind: 'questions', parts: [{ text: body, ask: { kind: 'own-division-unknown' } }] };
    body = body.replace(OWN_DIVISION, ctx.senderDivision);
  } else if (ctx.senderDivision?.endsWith(OWN_UNIT.exec(body)?.[1] ?? '\0'))
    body = body.replace(OWN_UNIT, ctx.senderDivision);
  else if (ctx.senderDivision)
    body = body.replace(OWN_AS_OWNER, ctx.senderDivision).replace(OWN_AS_SUBJECT, ctx.senderDivision);
  // `旧方案呢`, `那新方案里呢` (the plan named is set apart before): the last question again, of this plan.
  const again = ctx.topic;
  if (again?.words && again.ask && ONLY_AGAIN.test(body)) body = askedAgain(again.words, again);
  // `新方案里有没有这项` after a question of another plan: what `这项` stands for is asked of this plan.
  else if (again?.words && again.planId !== ctx.planId && POINTS_BACK.test(body))
    body = body.replace(POINTS_BACK, ` ${again.words} `);
  // `旧方案的国资国企改革呢` after a question of another plan: the last question again, of this in this plan.
  else if (again?.ask && again.planId !== ctx.planId) {
    const ellipsis = ELLIPSIS.exec(body);
    const subject = ellipsis?.[1]?.trim();
    if (subject && !LOOKS_LIKE_QUESTION.test(subject.replace(/[呢?？]/g, '')))
      body = askedAgain(subject, again);
  }
  const parts: Part[] = [];
  // Another plan's topic: its tasks, subjects and lists are that plan's, but a unit is the bureau's and is the
  // same unit in this plan (`旧方案里教科文处牵头哪些` → `那现在的方案里它牵头啥`).
  let topic =
    ctx.topic && ctx.topic.planId === ctx.planId
      ? ctx.topic
      : ctx.topic?.division
        ? { planId: ctx.planId, division: ctx.topic.division }
        : undefined;
  for (const part of splitParts(body, ctx.knowledge)) {
    const placed = placeInList(part, topic, ctx);
    const read = withTopic(placed?.text ?? part, topic, ctx);
    const read0 = pointsBackUnknown(read, topic, ctx) ?? readPart(read, ctx);
    // `目标多少` right after a task was spoken of asks that task's figure, not the plan's list of targets.
    const read1 =
      read0.kind === 'list' && read0.of === 'targets' && topic?.taskId && FIGURE_OF_TOPIC.test(read)
        ? ({
            kind: 'target',
            subject: read,
            about: aboutSubject(read.replace(TARGET_NOUNS, ' '), ctx),
          } as const)
        : read0;
    // A figure asked right after a task was spoken of is looked for in that task first.
    const ask = read1.kind === 'target' && topic?.taskId ? { ...read1, inTask: topic.taskId } : read1;
    const note: ReadNote | undefined =
      placed?.note ??
      (ask.kind === 'ref' && ask.readAs ? { kind: 'numbering', written: ask.readAs } : undefined);
    parts.push({ text: part, ask, ...(note ? { note } : {}) });
    const list = topic?.list;
    topic = topicOf(ask, topic, ctx);
    // The list shown stays for the next `第二个` until a reply shows another.
    if (topic && list && !topic.list) topic = { ...topic, list };
  }
  return { kind: 'questions', parts, ...(topic ? { topic } : {}) };
}

/**
 * `它谁配合`, `它具体讲什么` with no topic (nothing spoken of in the chat within its span): the pointer is all the
 * subject there is, so the reply says what it stands for is not known — it is never searched for as words.
 */
function pointsBackUnknown(text: string, topic: Topic | undefined, ctx: ReadContext): Ask | undefined {
  if (topic) return undefined;
  const pointing = POINTS_BACK.exec(text);
  if (!pointing) return undefined;
  const bare = text
    .replace(new RegExp(POINTS_BACK.source, 'g'), ' ')
    .replace(/^\s*那么?/, '')
    .trim();
  const asks = [ASKS_SUPPORT, ASKS_WHO, ASKS_CONTENT, ASKS_TIME].some((a) => a.test(bare));
  return asks && asksOfNothing(bare, ctx) ? { kind: 'points-back-unknown', written: pointing[0] } : undefined;
}
