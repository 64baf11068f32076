import { indicatorRef } from '../../plan/build-knowledge';
import type { PlanKnowledge, Relation } from '../../plan/knowledge';
import type { Goal, Indicator } from '../../plan/model';
import type { Block, Inline, Line, Reply } from '../../reply/reply';
import { heading, list, note, paragraph } from '../../reply/reply';
import type { HitKind } from '../../search/plan-search';
import type { TargetKind } from '../../store';
import { calendarDay } from '../../time/calendar-day';
import { rowRef } from '../../understand/by-number/row-ref';
import { readRef } from '../../understand/read-ref';
import type { CoreDeps } from '../context';
import { defineCommand } from '../define-command';
import { indicatorCells } from './indicator-cells';
import { goalLabel, highlight, indicatorLabel, indicatorRefs, labelled, withPeriodNote } from './present';

/** A search or evidence hit: what was found, with the matched words marked in its snippet. */
interface Match {
  kind: HitKind;
  snippet: Inline[];
}

/** The words a search hit marked, to mark them again in a fuller text. */
function matchedWords(hit: Match): string[] {
  return hit.snippet.flatMap((part) => (typeof part === 'object' && 'strong' in part ? [part.strong] : []));
}

/**
 * The goal's sentence a hit was found in, whole and marked: a goal is what was asked, so its sentence is not
 * cut to a window (`到2020年…率先成为特色鲜明、全国领先的信息经济强市`); the snippet where none holds its words.
 */
function goalSentence(goal: Goal, hit: Match): Inline[] {
  const words = matchedWords(hit);
  const plain = hit.snippet
    .map((part) => (typeof part === 'string' ? part : 'strong' in part ? part.strong : ''))
    .join('');
  const sentences = goal.text.split(/(?<=[。；;])/);
  const found = sentences.find((s) => plain.split('…').every((piece) => s.includes(piece.trim())));
  return found ? highlight(found.trim(), words) : hit.snippet;
}

const RELATED_NOTE =
  '方案没有为目标和指标指定责任处室;“相关处室”是根据方案文本推断的,不代表归属;“负责处室”是管理员用“目标 指派”指定的。';

/**
 * How to ask for one goal or indicator, from this plan's own: its first goal, its first indicator and one the
 * table numbers with a dash (`指标 5-1`) — none where the plan has none.
 */
export function targetExamples(knowledge: PlanKnowledge): string[] {
  const { goals, indicators } = knowledge.plan;
  const refs = [indicators[0], indicators.find((i) => indicatorRef(i).includes('-'))].flatMap((i) =>
    i ? [`指标 ${indicatorRef(i)}`] : [],
  );
  return [...(goals[0] ? [`目标 ${goals[0].index}`] : []), ...new Set(refs)];
}

/** `查看单项:目标 1 / 指标 1;记录进展:进展 目标1 <内容>。`, from the plan's own targets (empty: it has none). */
function targetHint(knowledge: PlanKnowledge): string {
  const examples = targetExamples(knowledge);
  if (examples.length === 0) return '';
  const first = examples[0]!.replace(/\s+/g, '');
  return `查看单项:${examples.join(' / ')};记录进展:进展 ${first} <内容>。`;
}

function relatedText(relations: readonly Relation[]): string {
  return relations.length > 0
    ? relations.map((r) => r.division).join('、')
    : '(方案文本中没有与之相近的处室工作,暂无)';
}

function goalRelations(goal: Goal, deps: CoreDeps): Relation[] {
  return deps.knowledge.relations.goals.find((g) => g.goal.index === goal.index)?.relations ?? [];
}

function indicatorRelations(indicator: Indicator, deps: CoreDeps): Relation[] {
  return (
    deps.knowledge.relations.indicators.find((i) => i.indicator.index === indicator.index)?.relations ?? []
  );
}

/** Who answers for a target: the assigned owner when there is one, else the related divisions. */
function ownershipLine(
  kind: TargetKind,
  index: number,
  relations: readonly Relation[],
  deps: CoreDeps,
): string {
  const owner = deps.store.targetOwner(kind, index);
  const related = `相关处室:${relatedText(relations)}`;
  return owner ? `负责处室:${owner.division}(已指派) · ${related}` : related;
}

/** The latest recorded progress on a target, or undefined. */
function latestLine(kind: TargetKind, index: number, deps: CoreDeps): Line | undefined {
  const last = deps.store.lastProgress({ kind, index });
  return last
    ? `最新进展(${calendarDay(new Date(last.at), deps.timeZone)} ${last.division}):${last.text}`
    : undefined;
}

/** `负责处室:X(已指派) · 相关处室:…` for a goal or indicator by its (stored) index. */
export function targetOwnerLine(kind: TargetKind, index: number, deps: CoreDeps): string {
  const relations =
    kind === 'goal'
      ? (deps.knowledge.relations.goals.find((g) => g.goal.index === index)?.relations ?? [])
      : (deps.knowledge.relations.indicators.find((i) => i.indicator.index === index)?.relations ?? []);
  return ownershipLine(kind, index, relations, deps);
}

const present = <T>(xs: (T | undefined)[]): T[] => xs.filter((x): x is T => x !== undefined);

/** The years an indicator's name says it is of (`2022年新建5G基站`, `到2024年累计建成5G基站`). */
const namedYears = (name: string) => [...name.matchAll(/((?:19|20)\d{2})\s*年/g)].map((m) => Number(m[1]));

/**
 * The goals and indicators; asked of a `year` where the plan names its indicators by year (2022年…, 到2024年…),
 * those of that year, the others left out and said so. A plan whose indicators name no year aims them all at
 * its own end: all are shown.
 */
export function targetsOverview(deps: CoreDeps, year?: number): Reply {
  const { plan } = deps.knowledge;
  const blocks: Block[] = [];
  const ofYear = year !== undefined && plan.indicators.some((i) => namedYears(i.name).includes(year));
  const shown = (i: Indicator) => {
    const years = namedYears(i.name);
    return !ofYear || years.length === 0 || years.includes(year as number);
  };
  const years = [...new Set(plan.indicators.flatMap((i) => namedYears(i.name)))].sort();
  if (ofYear) blocks.push(paragraph(`方案按年份给出指标,以下是${year}年的(其他年份的未列出)。`));
  else if (year !== undefined && years.length > 0)
    blocks.push(
      paragraph(`方案按年份给出的指标是${years.join('年、')}年的,没有给出${year}年的;以下是全部目标与指标。`),
    );
  // The plan's own words on what it aims at overall (`到2030年，构建…体系`), before its goals.
  const overall = plan.passages.find((p) => /目标/.test(p.heading) && /\d{4}\s*年|到|力争/.test(p.text));
  if (overall) blocks.push(paragraph(`总体目标(${overall.clause}):${overall.text}`));
  for (const goal of plan.goals) {
    blocks.push(heading(`${goalLabel(goal)}(${goal.clause})`));
    const indicators = plan.indicators.filter((i) => i.goalIndex === goal.index && shown(i));
    blocks.push(
      list(
        present<Line>([
          ...indicators.flatMap((i) => [
            `${indicatorLabel(i)}:${i.target}`,
            latestLine('indicator', i.index, deps),
          ]),
          ownershipLine('goal', goal.index, goalRelations(goal, deps), deps),
          latestLine('goal', goal.index, deps),
        ]),
      ),
    );
  }
  const orphans = plan.indicators.filter((i) => i.goalIndex === undefined && shown(i));
  if (orphans.length > 0) {
    blocks.push(heading('其他指标'));
    blocks.push(
      list(
        orphans.map((i) => {
          const cells = indicatorCells(i);
          return `${indicatorLabel(i)}${cells.length > 0 ? `(${cells.join(';')})` : ''}:${i.target}`;
        }),
      ),
    );
  }
  blocks.push(note(`${RELATED_NOTE}${targetHint(deps.knowledge)}`));
  const counts = [
    ...(plan.goals.length > 0 ? [`目标 ${plan.goals.length} 个`] : []),
    ...(plan.indicators.some(shown) ? [`指标 ${plan.indicators.filter(shown).length} 个`] : []),
  ];
  return {
    // A plan that states only its overall aim (`总体目标`) counts no goal or indicator: no empty `()`.
    title: `${ofYear ? `${year}年的` : '主要'}目标与指标${counts.length > 0 ? `(${counts.join('、')})` : ''}`,
    colour: 'blue',
    blocks,
  };
}

function relationList(relations: readonly Relation[]): Block[] {
  return relations.length > 0 ? [list(relations.map((r) => `${r.division}:${r.reason}`))] : [];
}

export function goalReply(goal: Goal, deps: CoreDeps, hit?: Match): Reply {
  const indicators = deps.knowledge.plan.indicators.filter((i) => i.goalIndex === goal.index);
  const relations = goalRelations(goal, deps);
  const latest = latestLine('goal', goal.index, deps);
  return {
    title: `${goalLabel(goal)}(${goal.clause})`,
    colour: 'blue',
    blocks: [
      paragraph(hit && hit.kind === 'goal' ? labelled('原文:', goalSentence(goal, hit)) : goal.text),
      ...(indicators.length > 0 ? [list(indicators.map((i) => `${indicatorLabel(i)}:${i.target}`))] : []),
      paragraph(ownershipLine('goal', goal.index, relations, deps)),
      ...relationList(relations),
      ...(latest ? [paragraph(latest)] : []),
      note(RELATED_NOTE),
    ],
  };
}

export function indicatorReply(indicator: Indicator, deps: CoreDeps, hit?: Match): Reply {
  const relations = indicatorRelations(indicator, deps);
  const latest = latestLine('indicator', indicator.index, deps);
  const cells = indicatorCells(indicator);
  const row = indicator.number || indicatorRef(indicator);
  return {
    title: `${indicatorLabel(indicator)}`,
    colour: 'blue',
    blocks: [
      paragraph(
        cells.length > 0
          ? `${cells.join(';')}(目标指标表序号 ${row},${indicator.clause})`
          : `目标指标表序号 ${row}(${indicator.clause})`,
      ),
      paragraph(labelled('工作目标:', highlight(indicator.target, hit ? matchedWords(hit) : []))),
      paragraph(ownershipLine('indicator', indicator.index, relations, deps)),
      ...relationList(relations),
      ...(latest ? [paragraph(latest)] : []),
      note(RELATED_NOTE),
    ],
  };
}

export type TargetArgs =
  | { kind: 'all' }
  | { kind: 'goal'; goal: Goal }
  | { kind: 'indicators'; indicators: Indicator[] };

/** `3`, `目标 3`, `指标 6`, `指标5-1`: goals by position, indicators as the table numbers them (序号). */
export function targetArgsOf(
  rest: string,
  deps: CoreDeps,
  prefer: 'goal' | 'indicator',
): Exclude<TargetArgs, { kind: 'all' }> | undefined {
  const { knowledge } = deps;
  const m = /^(目标|指标)?\s*(?:第\s*)?(\d+(?:\s*[-－—–]\s*\d+)?)\s*(?:项|个)?$/.exec(rest);
  if (!m) return undefined;
  const kind = m[1] === '指标' ? 'indicator' : m[1] === '目标' ? 'goal' : prefer;
  const ref = m[2]!;
  const goal = kind === 'goal' ? knowledge.plan.goals.find((g) => String(g.index) === ref) : undefined;
  if (goal) return { kind: 'goal', goal };
  const one = kind === 'indicator' ? knowledge.indicatorByRef(ref) : undefined;
  const indicators = one ? [one] : kind === 'indicator' ? knowledge.indicatorsByNumber(ref) : [];
  return indicators.length > 0 ? { kind: 'indicators', indicators } : undefined;
}

function parseTarget(rest: string, deps: CoreDeps, prefer: 'goal' | 'indicator'): TargetArgs | Reply {
  const { knowledge } = deps;
  const { plan } = knowledge;
  if (!rest) return { kind: 'all' };
  const found = targetArgsOf(rest, deps, prefer);
  if (found) return found;
  // `指标表第3行`, `目标指标表第1行`: a row of the table by its place.
  const row = readRef(`${prefer === 'goal' ? '目标' : '指标'}${rest}`);
  if (row?.ref.kind === 'target' && row.ref.row && !row.rest) {
    const byRow = targetArgsOf(`指标${rowRef(row.ref.ref, knowledge)}`, deps, 'indicator');
    if (byRow) return byRow;
  }
  return {
    blocks: [
      paragraph(
        `没有“${rest}”这一项。方案有 ${plan.goals.length} 个目标、${plan.indicators.length} 个指标(${indicatorRefs(knowledge)})。`,
      ),
      note(['可以这样查:目标(全部)', ...targetExamples(knowledge)].join('、')),
    ],
  };
}

/** One indicator, or every indicator under one 序号 of the table, one after the other. */
export function indicatorsReply(indicators: readonly Indicator[], deps: CoreDeps): Reply {
  const [first, ...rest] = indicators;
  if (!first) return targetsOverview(deps);
  if (rest.length === 0) return indicatorReply(first, deps);
  const replies = indicators.map((i) => indicatorReply(i, deps));
  return {
    title: `目标指标表序号 ${first.number}(${indicators.length} 项指标)`,
    colour: 'blue',
    blocks: [
      ...replies.flatMap((r) => [heading(r.title ?? ''), ...r.blocks.filter((b) => b.type !== 'note')]),
      note(RELATED_NOTE),
    ],
  };
}

export function targetsRun(args: TargetArgs, deps: CoreDeps): Reply {
  if (args.kind === 'goal') return goalReply(args.goal, deps);
  if (args.kind === 'indicators') return indicatorsReply(args.indicators, deps);
  return targetsOverview(deps);
}

export const targetsCommand = defineCommand<TargetArgs>({
  name: '目标',
  aliases: ['targets', 'goals'],
  usage: '目标 / 指标 [序号] — 主要目标和指标、负责或相关处室、最新进展',
  examples: ['目标', '指标 4'],
  parse: (rest, _msg, deps) => parseTarget(rest, deps, 'goal'),
  run: (args, msg, deps) => withPeriodNote(targetsRun(args, deps), deps, msg.at),
});

export const indicatorsCommand = defineCommand<TargetArgs>({
  name: '指标',
  aliases: ['indicators'],
  usage: '指标 [序号] — 指标表(序号同方案的目标指标表,如 指标 6、指标 5-1)',
  examples: ['指标 3', '指标 5-2'],
  parse: (rest, _msg, deps) => parseTarget(rest, deps, 'indicator'),
  run: (args, msg, deps) => withPeriodNote(targetsRun(args, deps), deps, msg.at),
});
