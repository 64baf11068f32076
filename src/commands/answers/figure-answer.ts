import { indicatorRef } from '../../plan/build-knowledge';
import type { Plan, Task } from '../../plan/model';
import { planTexts } from '../../plan/plan-texts';
import type { Reply } from '../../reply/reply';
import { list, note, paragraph } from '../../reply/reply';
import type { EvidenceHit } from '../../search/evidence';
import type { HitKind } from '../../search/hit-kind';
import { splitSentences } from '../../search/split-sentences';
import { withoutQuoteMarks } from '../../text/without-quote-marks';
import { type FigureAsk, figureAskOf } from '../../understand/figure-ask';
import type { CheckedFigure } from '../../understand/figure-checked';
import { holdsAsked, holdsFigure } from '../../understand/holds-figure';
import type { SubjectEvidence } from '../../understand/reading';
import type { CoreDeps } from '../context';
import { figureReply } from './figure-reply';
import { withFigureVerdict } from './figure-verdict';
import { highlight, taskLine } from './present';
import { goalReply, indicatorReply } from './targets';

// A figure asked for in words (`政府债务审计覆盖率要求多少`), answered only by an indicator, goal or task that
// states a figure about the thing asked — not by one that merely shares the genre's words (审计, 项目,
// 覆盖率, 每年). Otherwise the reply says the plan gives no such figure, and lists what is related under a
// heading that says it is not the answer. A follow-up's figure (`每年抽几家` after a task's card) is looked
// for in the chat's task first.

const joined = new WeakMap<Plan, string>();

/** Whether the plan writes these words as they are. */
function inPlanText(plan: Plan): (s: string) => boolean {
  let text = joined.get(plan);
  if (text === undefined) {
    text = planTexts(plan).join('\n');
    joined.set(plan, text);
  }
  const all = text;
  return (s) => all.includes(s);
}

interface Found {
  kind: HitKind;
  ref: string;
  sentence: string;
}

/** An item's own number at the start of its text (`4.`, `（八）`) is no figure. */
const OWN_NUMBER = /^\s*(?:[(（][^)）]{1,4}[)）]|第[^条]{1,4}条|[0-9一二三四五六七八九十]+[.、．])\s*/;

/**
 * A task's text as its figures are read: its heading first when the text does not repeat it — a heading is
 * often the target itself (`（一）固定资产投资增长10%以上` over a sentence of how), its note left out.
 */
function taskFigureText(task: Task): string {
  const own = task.note ? task.text.replace(task.note, '') : task.text;
  return task.title && !own.includes(task.title) ? `${task.title}。${own}` : own;
}

/** The sentences of an item's text that state a figure of the kind asked about the thing asked. */
function sentenceHolding(ask: FigureAsk, title: string, text: string, nameHolds: boolean) {
  return splitSentences(text.replace(OWN_NUMBER, '')).find((s) => holdsFigure(ask, title, s, nameHolds));
}

/** Where the plan states the figure asked: an indicator first, then a goal, then a task, measure or passage. */
function findFigure(ask: FigureAsk, about: SubjectEvidence, deps: CoreDeps, only?: Task): Found | undefined {
  if (only) {
    const sentence = sentenceHolding(ask, only.title, taskFigureText(only), false);
    return sentence ? { kind: 'task', ref: only.id, sentence } : undefined;
  }
  const { plan } = deps.knowledge;
  const ranked = [
    ...deps.search.evidence(about.subject, { kinds: ['indicator', 'goal'] }).hits,
    ...about.evidence.hits,
  ];
  const rank = (kind: HitKind, ref: string) => {
    const i = ranked.findIndex((h) => h.kind === kind && h.ref === ref);
    return i < 0 ? ranked.length : i;
  };
  const byRank = <T>(xs: readonly T[], key: (x: T) => [HitKind, string]) =>
    [...xs].sort((a, b) => rank(...key(a)) - rank(...key(b)));

  for (const i of byRank(plan.indicators, (x) => ['indicator', String(x.index)])) {
    // The year its column names is the year the figure is for (`2030年目标值`).
    if (holdsFigure(ask, i.name, i.year ? `${i.year}年${i.target}` : i.target, true))
      return { kind: 'indicator', ref: String(i.index), sentence: i.target };
  }
  for (const g of byRank(plan.goals, (x) => ['goal', String(x.index)])) {
    const sentence = sentenceHolding(ask, g.title, g.text, false);
    if (sentence) return { kind: 'goal', ref: String(g.index), sentence };
  }
  const items = [
    ...plan.tasks.map((t) => ({
      kind: 'task' as const,
      ref: t.id,
      title: t.title,
      text: taskFigureText(t),
    })),
    ...plan.measures.map((m) => ({
      kind: 'measure' as const,
      ref: String(m.index),
      title: m.title,
      text: m.text,
    })),
    ...plan.passages.map((p) => ({ kind: 'passage' as const, ref: p.id, title: '', text: p.text })),
  ];
  for (const item of byRank(items, (x) => [x.kind, x.ref])) {
    const sentence = sentenceHolding(ask, item.title, item.text, false);
    if (sentence) return { kind: item.kind, ref: item.ref, sentence };
  }
  return undefined;
}

/** The figure found, shown as its indicator, its goal, or quoted where it stands. */
function answerOf(found: Found, ask: FigureAsk, about: SubjectEvidence, deps: CoreDeps): Reply | undefined {
  const { knowledge } = deps;
  const snippet = highlight(found.sentence, ask.thing);
  if (found.kind === 'indicator') {
    const indicator = knowledge.indicatorByIndex(Number(found.ref));
    return indicator ? indicatorReply(indicator, deps, { kind: 'indicator', snippet }) : undefined;
  }
  if (found.kind === 'goal') {
    const goal = knowledge.plan.goals.find((g) => String(g.index) === found.ref);
    return goal ? goalReply(goal, deps, { kind: 'goal', snippet }) : undefined;
  }
  const hit = about.evidence.hits.find((h) => h.kind === found.kind && h.ref === found.ref);
  const task = found.kind === 'task' ? knowledge.taskById(found.ref) : undefined;
  const measure =
    found.kind === 'measure' ? knowledge.plan.measures.find((m) => String(m.index) === found.ref) : undefined;
  const passage =
    found.kind === 'passage' ? knowledge.plan.passages.find((p) => p.id === found.ref) : undefined;
  const standIn: EvidenceHit = hit ?? {
    kind: found.kind,
    ref: found.ref,
    clause: task?.clause ?? measure?.clause ?? passage?.clause ?? '',
    title: task?.title ?? measure?.title ?? (passage?.heading || '方案正文'),
    score: 0,
    terms: [],
    covered: 0,
    missing: 0,
    sentence: found.sentence,
    snippet,
  };
  return figureReply({ ...about, evidence: { ...about.evidence, hits: [standIn] } }, deps, found.sentence);
}

/** What the plan has near the thing asked: its indicators, goals and tasks holding a word of it. */
function relatedLines(ask: FigureAsk, about: SubjectEvidence, deps: CoreDeps): string[] {
  const { knowledge } = deps;
  const near = (text: string) =>
    ask.thing.some(
      (run) =>
        holdsAsked(ask, text, run) &&
        [run, ...(ask.said?.[run] ?? [])].some((form) => text.includes(form.slice(0, 2))),
    );
  const lines: string[] = [];
  for (const i of knowledge.plan.indicators)
    if (near(`${i.name}${i.target}`)) lines.push(`指标${indicatorRef(i)} ${i.name}:${i.target}`);
  for (const g of knowledge.plan.goals) if (near(g.text)) lines.push(`目标${g.index} ${g.title}`);
  for (const h of about.evidence.hits) {
    if (h.kind !== 'task') continue;
    const task = knowledge.taskById(h.ref);
    if (task) lines.push(`任务 ${taskLine(task, deps)}`);
  }
  return [...new Set(lines)].slice(0, 4);
}

/** The plan gives no such figure: said plainly, with what is related marked as not the answer. */
function notGivenReply(
  subject: string,
  ask: FigureAsk,
  about: SubjectEvidence,
  deps: CoreDeps,
  related = relatedLines(ask, about, deps),
): Reply {
  return {
    title: `目标与指标:${subject}`,
    colour: 'grey',
    blocks: [
      // The year asked is said with it: the plan may give the thing's figure for other years (listed below).
      paragraph(
        `方案没有给出${ask.year && !subject.includes(String(ask.year.year)) ? `${ask.year.year}年` : ''}“${subject}”的目标或数值。`,
      ),
      ...(related.length > 0
        ? [paragraph('■ 可能相关(讲到相近内容,但不是所问的数值,仅供参考):'), list(related)]
        : []),
      note('发“目标”查看全部目标和指标。'),
    ],
  };
}

/**
 * A figure the plan gives for another year than the one asked (`审计整改完成率2027年要到多少` where the table gives
 * 95%以上 as the 2030 target): said plainly that the year asked has none, the figure shown with its own year.
 */
function otherYearReply(
  subject: string,
  ask: FigureAsk,
  about: SubjectEvidence,
  deps: CoreDeps,
): Reply | undefined {
  if (!ask.year) return undefined;
  const { year, ...anyYear } = ask;
  const found = findFigure(anyYear, about, deps);
  if (found?.kind !== 'indicator') return undefined;
  const indicator = deps.knowledge.indicatorByIndex(Number(found.ref));
  if (!indicator?.year || indicator.year === year.year) return undefined;
  return {
    title: `目标与指标:${subject}`,
    colour: 'grey',
    blocks: [
      paragraph(`方案给出的是到${indicator.year}年的目标,没有给出${year.year}年的:`),
      list([
        `指标${indicatorRef(indicator)} ${indicator.name}:${indicator.target}(${indicator.year}年目标值)`,
      ]),
      note('发“目标”查看全部目标和指标。'),
    ],
  };
}

/** The genre's countable things (`审计项目`, `项目`): asked with no thing of their own, all of them. */
const GENRE_COUNTED = /审计项目|项目/;

/** The words asked, as the reply repeats them. */
const saidOf = (about: SubjectEvidence) =>
  about.said.replace(/\s+/g, '').replace(/(?:[是的了吗呢啊呀要]|达?到)+$/, '');

/**
 * A count or total of the genre's own things (`审计项目总数`, `审计项目数要多少`): all of them, answered only by an
 * indicator counting all of them (its name no kind of its own); one counting a kind of them (重大政策跟踪审计
 * 项目数) is related, not the answer. Other questions naming no thing are left to the targets' own reading.
 */
function genreAnswer(ask: FigureAsk, about: SubjectEvidence, deps: CoreDeps): Reply | undefined {
  const genre = GENRE_COUNTED.exec(about.subject)?.[0];
  if (!genre || !(ask.total || ask.measures.some((m) => m.kind === 'count'))) return undefined;
  const all: FigureAsk = { ...ask, total: true };
  const { indicators } = deps.knowledge.plan;
  const named = indicators.filter((i) => i.name.includes(genre));
  const found = named.find((i) =>
    holdsFigure(all, i.name, i.year ? `${i.year}年${i.target}` : i.target, true),
  );
  if (found) return indicatorReply(found, deps);
  const related = named.map((i) => `指标${indicatorRef(i)} ${i.name}:${i.target}`).slice(0, 4);
  return notGivenReply(saidOf(about), ask, about, deps, related);
}

/** The requirement asked in words (`有啥要求`, `要求是什么`), and a number asked (`多少`, `几`). */
const REQUIREMENT_ASKED = /(?:什么|啥|哪些)要求|要求(?:是|有)?(?:什么|啥|哪些)/;
const NUMBER_ASKED = /多少|几|多大|百分之/;

const bareText = new WeakMap<Plan, string>();

/**
 * A rate asked after a task was spoken of, by a word the plan does not use (`一网通办谁牵头，办理率要达到多少`):
 * the rate the plan states of that task's own term (`“一网通办”率`), the longest run of the task's heading
 * the plan writes with 率 after it.
 */
function ownRateAsk(ask: FigureAsk, task: Task, plan: Plan): FigureAsk | undefined {
  if (ask.thing.length > 0 || !ask.measures.some((m) => m.kind === 'rate')) return undefined;
  let text = bareText.get(plan);
  if (text === undefined) {
    text = withoutQuoteMarks(planTexts(plan).join('\n'));
    bareText.set(plan, text);
  }
  const all = text;
  const title = [...withoutQuoteMarks(task.title)];
  if (ask.measures.some((m) => m.kind === 'rate' && all.includes(m.word))) return undefined;
  for (let n = title.length; n >= 2; n -= 1) {
    for (let i = 0; i + n <= title.length; i += 1) {
      const run = title.slice(i, i + n).join('');
      if (all.includes(`${run}率`))
        return {
          ...ask,
          thing: [run],
          measures: [{ kind: 'rate', word: `${run.slice(-1)}率` }],
        };
    }
  }
  return undefined;
}

/**
 * The answer to a figure question, or undefined when the question names no thing of its own (`要求多少`,
 * `到2030年要达到什么目标`): those are left to the targets' own reading.
 */
export function figureAnswer(
  question: string,
  about: SubjectEvidence,
  deps: CoreDeps,
  inTask?: string,
  checked?: CheckedFigure,
): Reply | undefined {
  const foundReply = (found: Found, ask: FigureAsk, about: SubjectEvidence, deps: CoreDeps) => {
    const reply = answerOf(found, ask, about, deps);
    return reply && withFigureVerdict(reply, found.sentence, ask.thing, checked, question);
  };
  const saidAs = about.evidence.hits.flatMap((h) => h.terms.filter((t) => t.paraphrase));
  const { plan } = deps.knowledge;
  const ask = figureAskOf(question, about.subject, inPlanText(plan), saidAs, plan.period);
  const task = inTask ? deps.knowledge.taskById(inTask) : undefined;
  if (task) {
    const found = findFigure(ask, about, deps, task);
    if (found) return foundReply(found, ask, about, deps);
    const own = ownRateAsk(ask, task, deps.knowledge.plan);
    const rated = own ? findFigure(own, about, deps) : undefined;
    if (own && rated) return foundReply(rated, own, about, deps);
  }
  if (ask.thing.length === 0) return genreAnswer(ask, about, deps);
  const found = findFigure(ask, about, deps);
  if (found) return foundReply(found, ask, about, deps);
  // The task the thing is the subject of (`居民收入增长目标多少`: 城乡居民人均可支配收入分别增长6%、6.5%), its
  // words read there as a who question reads them.
  const { reading } = about;
  if (reading.kind === 'task' && reading.unused.length === 0) {
    const loose: FigureAsk = { ...ask, loose: true };
    const own = findFigure(loose, about, deps, reading.task);
    if (own) return foundReply(own, loose, about, deps);
    // The requirement asked, no number (`居民收入增长有啥要求`): it may have none (`与经济增长基本同步`), and
    // the task whose subject the thing is states it in its own words — quoted, when its heading holds the thing.
    const { task } = reading;
    if (
      REQUIREMENT_ASKED.test(question) &&
      !NUMBER_ASKED.test(question) &&
      ask.thing.every((run) => holdsAsked(ask, task.title, run))
    ) {
      const text = taskFigureText(task).replace(OWN_NUMBER, '');
      const sentence =
        splitSentences(text).find((s) => ask.thing.every((run) => holdsAsked(ask, s, run))) ?? task.title;
      return foundReply({ kind: 'task', ref: task.id, sentence }, ask, about, deps);
    }
  }
  const said = saidOf(about);
  return otherYearReply(said, ask, about, deps) ?? notGivenReply(said, ask, about, deps);
}
